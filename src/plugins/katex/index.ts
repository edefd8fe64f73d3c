/**
 * katex: formulas typeset by rehype-katex at build time, styled by KaTeX's own
 * stylesheet and fonts from node_modules — never from a CDN.
 *
 * Docusaurus inlines every asset under 10 kB as a data URI, and all CSS of the
 * site goes into one render-blocking stylesheet. For KaTeX that meant about
 * 100 kB of base64 fonts (woff, woff2 and ttf of the same faces) on every page,
 * while formulas are rare and a browser fetches a font file only when a page
 * uses its glyphs. So KaTeX's fonts stay separate files.
 *
 * The stylesheet itself (3.5 KiB gzip) is imported only by pages with a formula (./remark.ts);
 * the paginastijl plugin keeps it out of the stylesheet every page loads and links it in the
 * HTML of those pages (its option `losseStijlen` in docusaurus.config.ts names it).
 */
import type {Plugin} from '@docusaurus/types';
import {createOptionsValidator} from '../shared/options';

interface RuleLike {
  test?: unknown;
  use?: unknown;
}
interface LoaderLike {
  loader?: string;
  options?: Record<string, unknown>;
}

/** The url-loader entries of the rule that loads font files. */
export function fontLoaders(rules: readonly unknown[]): LoaderLike[] {
  const found: LoaderLike[] = [];
  for (const rule of rules as RuleLike[]) {
    if (!(rule?.test instanceof RegExp) || !rule.test.test('KaTeX_Main-Regular.woff2')) continue;
    for (const use of Array.isArray(rule.use) ? (rule.use as LoaderLike[]) : []) {
      if (typeof use?.loader === 'string' && use.loader.includes('url-loader')) found.push(use);
    }
  }
  return found;
}

/** No options: the stylesheet and fonts come from the katex package. */
export const {validateOptions} = createOptionsValidator({plugin: 'katex', shape: {}});

export default function katexPlugin(): Plugin<void> {
  return {
    name: 'katex',
    configureWebpack(config) {
      const loaders = fontLoaders(config.module?.rules ?? []);
      if (loaders.length === 0) {
        // A Docusaurus upgrade changed its font rule: say so rather than quietly inline fonts again.
        throw new Error(
          '[katex] De webpack-regel voor lettertypen is niet gevonden; pas src/plugins/katex/index.ts aan de nieuwe Docusaurus-versie aan.',
        );
      }
      // url-loader: `limit: false` never inlines, the file loader writes assets/fonts/….
      for (const l of loaders) l.options = {...l.options, limit: false};
      return {};
    },
  };
}
