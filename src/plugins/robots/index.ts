/**
 * robots: robots.txt for search engines, from SITE_URL and BASE_URL, naming the
 * sitemap of every locale (./server/robotsTxt.ts). Written once in postBuild,
 * into the default locale's output (the site's root); a copy hosted under a
 * sub-path serves it from there too.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {LOCALE_PREFIXES} from '../../content/vocabulary';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {ROBOTS_FILE} from './server/publicFiles';
import {robotsTxt} from './server/robotsTxt';

export {validateOptions} from './options';

export default function robotsPlugin(context: LoadContext, _options: PluginOptions): Plugin<void> {
  const {i18n, siteConfig} = context;
  return {
    name: PLUGIN_NAME,
    async postBuild({outDir}) {
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      const text = robotsTxt(siteConfig.url, siteConfig.baseUrl, LOCALE_PREFIXES);
      await fs.writeFile(path.join(outDir, ROBOTS_FILE), text, 'utf8');
    },
  };
}
