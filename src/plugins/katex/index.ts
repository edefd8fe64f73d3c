/**
 * katex: formulas typeset by rehype-katex at build time, styled by KaTeX's own
 * stylesheet and fonts from node_modules — never from a CDN. The fonts stay
 * separate files (./server/fonts.ts). The stylesheet (3.5 KiB gzip) is imported
 * only by pages with a formula (./remark); the paginastijl plugin keeps it out of
 * the stylesheet every page loads and links it in the HTML of those pages (its
 * option `separateStylesheets` in docusaurus.config.ts names it).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {keepFontsAsFiles} from './server/fonts';

export {validateOptions} from './options';

export default function katexPlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  return {
    name: PLUGIN_NAME,
    configureWebpack(config) {
      keepFontsAsFiles(config);
      return {};
    },
  };
}
