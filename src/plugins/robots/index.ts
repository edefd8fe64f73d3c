/**
 * robots.txt for search engines, from SITE_URL and BASE_URL: it names the
 * sitemap of every locale. Written once, into the default locale's output (the
 * site's root); a copy hosted under a sub-path serves it from there too.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {LOCALE_PREFIXES} from '../../content/vocabulary';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {robotsTxt} from './server/robotsTxt';

export {validateOptions} from './options';

export default function robotsPlugin(context: LoadContext, _options: PluginOptions): Plugin<void> {
  const {i18n, siteConfig} = context;
  return {
    name: PLUGIN_NAME,
    async postBuild({outDir}) {
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      await fs.writeFile(
        path.join(outDir, 'robots.txt'),
        robotsTxt(siteConfig.url, siteConfig.baseUrl, LOCALE_PREFIXES),
        'utf8',
      );
    },
  };
}
