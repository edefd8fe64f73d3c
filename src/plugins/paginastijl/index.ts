/**
 * paginastijl: CSS that only some pages use travels with those pages, not in the one
 * stylesheet every page loads.
 *
 * Docusaurus puts all CSS of the site into one render-blocking `styles` chunk, so a
 * handleiding page also downloads the styles of the worksheets, the route table, the
 * glossary index, the blog and KaTeX. The stylesheets named in `separateStylesheets` stay with the
 * code of the pages that import them instead (configureWebpack, ./server/webpack.ts):
 * webpack loads that CSS before a client-side navigation shows the page. In the built HTML,
 * Docusaurus links some of these files where they are not used and misses others, so
 * postBuild decides (./server/stylesheets.ts): a page links each separate file that has a
 * rule which may style one of its elements (the page uses every class the selector names),
 * and no other. Pages are styled before (and without) JavaScript, and webpack, finding the
 * link, does not load the file twice. `tests/browser/paginastijl.test.ts` lets Chromium
 * check every built page.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {linkNeededStylesheets} from './server/stylesheets';
import {splitListedStylesheets} from './server/webpack';

export {validateOptions} from './options';

export default function paginastijlPlugin(_context: LoadContext, options: PluginOptions): Plugin<void> {
  return {
    name: PLUGIN_NAME,
    configureWebpack(config, isServer) {
      if (!isServer) splitListedStylesheets(config, options.separateStylesheets);
      return {};
    },
    postBuild: ({outDir, siteConfig}) => linkNeededStylesheets(outDir, siteConfig.baseUrl),
  };
}
