/**
 * Which page needs which stylesheet, read from the built files: a page needs a stylesheet when
 * one of its selectors names only classes that the page's HTML uses. The CSS is read with
 * postcss and postcss-selector-parser, the HTML with cheerio; the page is then changed only
 * where a stylesheet link goes or comes, so the rest of its HTML stays byte for byte as built.
 */
import fs from 'node:fs';
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import * as cheerio from 'cheerio';
import postcss, {type AtRule} from 'postcss';
import selectorParser from 'postcss-selector-parser';

/**
 * The classes a page must use for one selector to match anything in it: every `.name`, except
 * inside `:not(…)` (a class the element must not have) and inside a list of alternatives such as
 * `:is(.a, .b)` (either will do, so neither is required).
 */
function requiredClasses(selector: string): string[] {
  const found = new Set<string>();
  selectorParser((root) => {
    root.walkClasses((node) => {
      for (let up = node.parent; up; up = up.parent) {
        if (up.type !== 'pseudo') continue;
        if (up.value.toLowerCase() === ':not' || up.nodes.length > 1) return;
      }
      found.add(node.value);
    });
  }).processSync(selector);
  return [...found];
}

/**
 * For each selector of a stylesheet, the class names it requires: a rule can only style a page
 * that uses all of them. Selectors without a class are left out (the shared stylesheet is where
 * element rules belong), and so are the steps of @keyframes.
 */
export function selectorClasses(css: string): string[][] {
  const out: string[][] = [];
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    for (const selector of rule.selectors) {
      const classes = requiredClasses(selector);
      if (classes.length > 0) out.push(classes);
    }
  });
  return out;
}

interface StylesheetLink {
  href: string;
  /** Where the <link> tag starts and ends in the page's HTML. */
  start: number;
  end: number;
}

/** What this module needs of a built page, from one parse. */
export interface ParsedPage {
  html: string;
  /** Class names used anywhere in the page. */
  classes: Set<string>;
  links: StylesheetLink[];
  /** Where a new link goes: before `</head>` (or the body when the head's end tag is left out). */
  headEnd: number;
}

export function parsePage(html: string): ParsedPage {
  const $ = cheerio.load(html, {sourceCodeLocationInfo: true});
  const classes = new Set<string>();
  $('[class]').each((_, el) => {
    for (const c of ($(el).attr('class') ?? '').split(/\s+/)) if (c) classes.add(c);
  });
  const links: StylesheetLink[] = [];
  $('link[rel~="stylesheet" i][href]').each((_, el) => {
    const at = el.sourceCodeLocation;
    if (at) links.push({href: $(el).attr('href')!, start: at.startOffset, end: at.endOffset});
  });
  const head = $('head').get(0)?.sourceCodeLocation;
  const body = $('body').get(0)?.sourceCodeLocation;
  const headEnd = head?.endTag?.startOffset ?? body?.startOffset ?? html.length;
  return {html, classes, links, headEnd};
}

/** Class names used in an HTML page's class attributes. */
export function htmlClasses(html: string): Set<string> {
  return parsePage(html).classes;
}

/** Stylesheets (hrefs) the page's HTML links. */
export function linkedStylesheets(html: string): Set<string> {
  return new Set(parsePage(html).links.map((l) => l.href));
}

const linkTag = (href: string) => `<link rel="stylesheet" href="${href}">`;

/**
 * The page's HTML with exactly the separate stylesheets it needs: links to the needed ones are
 * added at the end of its head, links to the others removed (with the line break after them).
 * Docusaurus links every CSS file of every chunk group that shares a chunk with the page
 * (react-loadable-ssr-addon's "siblings"), so a page with a heading would link the worksheets'
 * CSS as well; webpack itself loads only the page's own chunk group.
 */
export function withOnly(
  page: string | ParsedPage,
  needed: readonly string[],
  all: readonly string[],
  urlOf: (file: string) => string,
): string {
  const {html, links, headEnd} = typeof page === 'string' ? parsePage(page) : page;
  const unwanted = new Set(all.filter((f) => !needed.includes(f)).map(urlOf));
  const linked = new Set(links.map((l) => l.href));
  const added = needed
    .map(urlOf)
    .filter((href) => !linked.has(href))
    .map(linkTag)
    .join('');
  // Cut from the end, so earlier offsets stay right.
  const cuts = links
    .filter((l) => unwanted.has(l.href))
    .map((l) => ({...l, end: l.end + (html[l.end] === '\n' ? 1 : 0)}));
  const edits = [
    ...cuts.map((c) => ({start: c.start, end: c.end, text: ''})),
    {start: headEnd, end: headEnd, text: added},
  ]
    .filter((e) => e.text !== '' || e.end > e.start)
    .sort((a, b) => b.start - a.start || b.end - a.end);
  return edits.reduce((h, e) => h.slice(0, e.start) + e.text + h.slice(e.end), html);
}

/** The page's HTML with a stylesheet link at the end of its head, unless it links it already. */
export function withStylesheet(html: string, href: string): string {
  return withOnly(html, [href], [href], (f) => f);
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

/** The split stylesheets a page needs: those with a selector whose classes the page all uses. */
export function neededBy(page: string | ParsedPage, sheets: readonly SplitStylesheet[]): string[] {
  const used = (typeof page === 'string' ? parsePage(page) : page).classes;
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
  const urlOf = (f: string) => normalizeUrl([baseUrl, 'assets/css', f]);
  for (const file of htmlFiles(outDir)) {
    const page = parsePage(fs.readFileSync(file, 'utf8'));
    const linked = withOnly(page, neededBy(page, sheets), all, urlOf);
    if (linked !== page.html) fs.writeFileSync(file, linked);
  }
}
