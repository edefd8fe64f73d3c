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
 * The stylesheet itself (3.5 KiB gzip) is imported only by pages with a formula (./remark.ts),
 * and kept out of Docusaurus's single `styles` CSS chunk, so it loads with those pages' own
 * chunk: Docusaurus links a rendered page's chunk CSS in its HTML, and webpack loads it before
 * a client-side navigation shows the page. Its rules do not compete with the site's CSS, so
 * the order of the two files does not matter (Docusaurus's reason for one chunk, issue 2006).
 * Docusaurus does not link that chunk's CSS in the built HTML, so postBuild does, on the pages
 * with a formula: they are styled before (and without) JavaScript, and webpack, finding the
 * link, does not load the file twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {createOptionsValidator} from '../shared/options';

interface RuleLike {
  test?: unknown;
  use?: unknown;
}
interface CacheGroupLike {
  type?: unknown;
  test?: unknown;
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

/** KaTeX's stylesheet as a CSS module of mini-css-extract (its identifier names the file). */
export function isKatexCss(module: {identifier?: () => string}): boolean {
  return /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css/.test(module.identifier?.() ?? '');
}

/** The built CSS file (under assets/css) that holds KaTeX's rules, if any. */
export function katexStylesheetIn(cssDir: string): string | undefined {
  if (!fs.existsSync(cssDir)) return undefined;
  return fs
    .readdirSync(cssDir)
    .filter((f) => f.endsWith('.css') && !f.startsWith('styles.'))
    .find((f) => fs.readFileSync(path.join(cssDir, f), 'utf8').includes('.katex{'));
}

/** The page's HTML with a stylesheet link at the end of its head, unless it has it already. */
export function withStylesheet(html: string, href: string): string {
  const link = `<link rel="stylesheet" href="${href}">`;
  return html.includes(link) ? html : html.replace('</head>', `${link}</head>`);
}

/** HTML files of this locale's build (a nested locale build has its own assets folder). */
function htmlFiles(dir: string, top = true): string[] {
  if (!top && fs.existsSync(path.join(dir, 'assets'))) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'assets' ? [] : htmlFiles(p, false);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** No options: the stylesheet and fonts come from the katex package. */
export const {validateOptions} = createOptionsValidator({plugin: 'katex', shape: {}});

export default function katexPlugin(): Plugin<void> {
  return {
    name: 'katex',
    configureWebpack(config, isServer) {
      const splitChunks = config.optimization?.splitChunks;
      const styles = (splitChunks ? splitChunks.cacheGroups?.styles : undefined) as CacheGroupLike | undefined;
      if (!isServer) {
        if (styles?.type !== 'css/mini-extract') {
          throw new Error(
            '[katex] De webpack-groep "styles" (alle CSS in één bestand) is niet gevonden; pas src/plugins/katex/index.ts aan de nieuwe Docusaurus-versie aan.',
          );
        }
        styles.test = (module: {identifier?: () => string}) => !isKatexCss(module);
      }
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
    async postBuild({outDir, siteConfig}) {
      const file = katexStylesheetIn(path.join(outDir, 'assets/css'));
      const pages = htmlFiles(outDir).filter((f) => fs.readFileSync(f, 'utf8').includes('class="katex"'));
      if (pages.length === 0) return;
      if (!file) {
        throw new Error('[katex] Pagina\'s met een formule, maar geen CSS-bestand met de regels van KaTeX in assets/css: controleer src/plugins/katex/remark.ts.');
      }
      const href = `${siteConfig.baseUrl}assets/css/${file}`;
      for (const page of pages) fs.writeFileSync(page, withStylesheet(fs.readFileSync(page, 'utf8'), href));
    },
  };
}
