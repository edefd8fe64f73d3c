/**
 * Which page needs which stylesheet, read from the built files: a page needs a stylesheet when
 * one of its selectors names only classes that the page's HTML uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';

/**
 * For each selector of a stylesheet, the class names it requires (`.name` outside `:not(…)`):
 * a rule can only style a page that uses all of them. Selectors without a class are left out
 * (the shared stylesheet is where element rules belong).
 */
export function selectorClasses(css: string): string[][] {
  const bare = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/url\((?:[^()"']|"[^"]*"|'[^']*')*\)/g, '')
    .replace(/"[^"]*"|'[^']*'/g, '');
  const out: string[][] = [];
  for (const block of bare.split('{')) {
    // Only the part after the previous "}" or ";" is a selector list (or an at-rule prelude).
    const list = block.split(/[};]/).pop() ?? '';
    if (list.trim().startsWith('@')) continue;
    for (const selector of list.split(',')) {
      const required = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
      const classes = [...required.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
      if (classes.length > 0) out.push([...new Set(classes)]);
    }
  }
  return out;
}

/** Class names used in an HTML page's class attributes. */
export function htmlClasses(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) out.add(c);
  return out;
}

const STYLESHEET_LINK = /<link\b[^>]*\brel="?stylesheet"?[^>]*>\n?/g;

/** The href of a <link> tag; Docusaurus's HTML minifier drops quotes where it can. */
function hrefOf(tag: string): string | undefined {
  const m = /\bhref=(?:"([^"]+)"|([^\s">]+))/.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Stylesheets (hrefs) the page's HTML links. */
export function linkedStylesheets(html: string): Set<string> {
  const out = new Set<string>();
  for (const [tag] of html.matchAll(STYLESHEET_LINK)) {
    const href = hrefOf(tag);
    if (href) out.add(href);
  }
  return out;
}

/** The page's HTML with a stylesheet link at the end of its head, unless it links it already. */
export function withStylesheet(html: string, href: string): string {
  if (linkedStylesheets(html).has(href)) return html;
  return html.replace('</head>', `<link rel="stylesheet" href="${href}"></head>`);
}

/**
 * The page's HTML with exactly the separate stylesheets it needs: links to the needed ones are
 * added at the end of its head, links to the others removed. Docusaurus links every CSS file of
 * every chunk group that shares a chunk with the page (react-loadable-ssr-addon's "siblings"),
 * so a page with a heading would link the worksheets' CSS as well; webpack itself loads only the
 * page's own chunk group.
 */
export function withOnly(
  html: string,
  needed: readonly string[],
  all: readonly string[],
  urlOf: (file: string) => string,
): string {
  const unwanted = new Set(all.filter((f) => !needed.includes(f)).map(urlOf));
  const pruned = html.replace(STYLESHEET_LINK, (tag) => (unwanted.has(hrefOf(tag) ?? '') ? '' : tag));
  return needed.reduce((h, f) => withStylesheet(h, urlOf(f)), pruned);
}

export interface SplitStylesheet {
  /** File name under assets/css. */
  file: string;
  /** Per selector, the classes it requires. */
  selectors: string[][];
}

/** The stylesheets under assets/css other than Docusaurus's shared `styles.*.css`. */
export function splitStylesheets(cssDir: string): SplitStylesheet[] {
  if (!fs.existsSync(cssDir)) return [];
  return fs
    .readdirSync(cssDir)
    .filter((f) => f.endsWith('.css') && !f.startsWith('styles.'))
    .map((file) => ({file, selectors: selectorClasses(fs.readFileSync(path.join(cssDir, file), 'utf8'))}));
}

/** The split stylesheets a page's HTML needs: those with a selector whose classes the page all uses. */
export function neededBy(html: string, sheets: readonly SplitStylesheet[]): string[] {
  const used = htmlClasses(html);
  return sheets.filter((s) => s.selectors.some((classes) => classes.every((c) => used.has(c)))).map((s) => s.file);
}

/** HTML files of one locale's build (a nested locale build has its own assets folder). */
export function htmlFiles(dir: string, top = true): string[] {
  if (!top && fs.existsSync(path.join(dir, 'assets'))) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'assets' ? [] : htmlFiles(p, false);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/**
 * postBuild: every page of one locale's output links exactly the separate stylesheets
 * it needs (under `baseUrl`), and no other.
 */
export function linkNeededStylesheets(outDir: string, baseUrl: string): void {
  const sheets = splitStylesheets(path.join(outDir, 'assets/css'));
  if (sheets.length === 0) return;
  const all = sheets.map((s) => s.file);
  for (const page of htmlFiles(outDir)) {
    const html = fs.readFileSync(page, 'utf8');
    const linked = withOnly(html, neededBy(html, sheets), all, (f) => normalizeUrl([baseUrl, 'assets/css', f]));
    if (linked !== html) fs.writeFileSync(page, linked);
  }
}
