/**
 * doorverwijzingen: a moved page's old address keeps working, with the reader's anchor.
 *
 * Replaces @docusaurus/plugin-client-redirects, whose pages answered 200 with a meta refresh that
 * dropped "#anker" and carried an inline script the site's CSP blocks. From the one list in
 * src/config/redirects.ts come server rules (nginx: deploy/redirects.conf; Netlify: `_redirects`),
 * which answer 301 and so keep the anchor in every browser, and, for hosts without rules, a small
 * page at each old address whose external script goes on with query and anchor (server/regels.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {LOCALE_PREFIXES} from '../../content/vocabulary';
import {bundleBrowserScript} from '../shared/browserScript';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {expandRedirects, fallbackFile, fallbackPage, listProblems, netlifyRedirects, withBase} from './server/regels';

export {validateOptions} from './options';

/** The fallback pages' script, at the root of each locale's build. */
export const SCRIPT_FILE = 'doorverwijzing.js';
export const CLIENT_ENTRY = path.join(__dirname, 'client/doorverwijzing.ts');

/** Reader-visible texts of the fallback page: Dutch here, English in i18n/en/code.json. */
export const TEXTS = {
  'kennisbank.doorverwijzing.titel': 'Deze pagina is verhuisd',
  'kennisbank.doorverwijzing.tekst': 'Je vindt haar nu hier: {link}.',
} as const;

export default function doorverwijzingenPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  const {siteConfig, i18n, codeTranslations} = context;
  const t = (id: keyof typeof TEXTS) => codeTranslations[id] ?? TEXTS[id];
  return {
    name: PLUGIN_NAME,
    async postBuild({outDir, routesPaths}) {
      // This locale's addresses: its base URL has the locale in it ("/kennisbank/en/").
      const base = siteConfig.baseUrl;
      const pairs = expandRedirects(options.redirects, ['']);
      const problems = listProblems(pairs);
      const routes = new Set(routesPaths);
      for (const {from, to} of pairs) {
        if (routes.has(withBase(base, from))) {
          problems.push(`"${from}" is nog een pagina van de site: haal de redirect weg, of de pagina.`);
        }
        if (!routes.has(withBase(base, to)))
          problems.push(`"${from}" verwijst naar "${to}", maar die pagina bestaat niet.`);
      }
      if (problems.length) {
        throw new Error(
          `[${PLUGIN_NAME}] De redirects in src/config/redirects.ts kloppen niet (${i18n.currentLocale}):\n${problems
            .map((p) => `  ✗ ${p}`)
            .join('\n')}`,
        );
      }

      await fs.writeFile(path.join(outDir, SCRIPT_FILE), await bundleBrowserScript(CLIENT_ENTRY));
      for (const {from, to} of pairs) {
        const file = path.join(outDir, fallbackFile(from));
        const newUrl = withBase(base, to);
        await fs.mkdir(path.dirname(file), {recursive: true});
        await fs.writeFile(
          file,
          fallbackPage({
            to: newUrl,
            canonical: siteConfig.url + newUrl,
            lang: i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale,
            title: t('kennisbank.doorverwijzing.titel'),
            text: t('kennisbank.doorverwijzing.tekst'),
            linkText: siteConfig.url + newUrl,
            scriptSrc: `${base}${SCRIPT_FILE}`,
          }),
        );
      }

      // Netlify reads one `_redirects`, at the root: written with the default locale, for every
      // locale (the others have the same pages below their prefix).
      if (i18n.currentLocale === i18n.defaultLocale) {
        const pages = routesPaths
          .filter((r) => r.startsWith(base) && !/\.[a-z]+$/.test(r))
          .map((r) => `/${r.slice(base.length)}`);
        await fs.writeFile(
          path.join(outDir, '_redirects'),
          netlifyRedirects({list: options.redirects, baseUrl: base, localePrefixes: LOCALE_PREFIXES, pages}),
        );
      }
    },
  };
}
