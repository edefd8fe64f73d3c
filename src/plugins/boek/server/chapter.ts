/**
 * One book chapter from one built page: the article's text as the web page
 * has it (same components, same words), made fit for a book. Pure: HTML in,
 * HTML out, so it is tested on small fixtures without a build.
 *
 * - What a screen reader would skip (aria-hidden) and what only works on a
 *   screen (heading anchor links, term tooltips) is left out.
 * - Ids get the chapter's prefix, so "bronnen-van-deze-pagina" is unique in the book.
 * - Links to a page of the book go to its chapter; links to a glossary term go
 *   to the appendix; other links of the site become full URLs (a book has no
 *   "current host"), external links stay as they are.
 * - Heading levels shift by the page's depth in the sidebar, so a sub-page's
 *   h1 is an h2 in the book and the outline nests like the sidebar.
 */
import * as cheerio from 'cheerio';
import type {AnyNode} from 'domhandler';

export interface LinkContext {
  /** Site origin without slash, e.g. "https://kennisbank.example". */
  siteUrl: string;
  baseUrl: string;
  /** Route path (with base URL, no trailing slash) → chapter key, for every chapter of this book. */
  chapterKeys: ReadonlyMap<string, string>;
  /** Route path of a glossary term → term id, for this edition's terms. */
  termPaths: ReadonlyMap<string, string>;
}

export interface ChapterHeading {
  level: number;
  id: string;
  text: string;
}

export interface ExtractedChapter {
  key: string;
  /** Inner HTML of the chapter (its h1 included), ready to place in a <section>. */
  html: string;
  headings: ChapterHeading[];
  /** Glossary term ids linked from this chapter, in order of first use. */
  terms: string[];
  /** Full URLs of links that leave the book (site pages not in the book, other sites). */
  externalLinks: string[];
}

export function chapterKey(docId: string): string {
  return `h-${docId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

export function termAnchor(id: string): string {
  return `begrip-${id}`;
}

function normalizePath(p: string): string {
  const decoded = decodeURI(p);
  return decoded.length > 1 ? decoded.replace(/\/+$/, '').replace(/\.html$/, '') : decoded;
}

export interface ResolvedLink {
  href: string;
  kind: 'hoofdstuk' | 'begrip' | 'site' | 'extern' | 'anker';
  termId?: string;
}

/** Where a link of a built page goes in the book. */
export function resolveLink(href: string, ownKey: string, ctx: LinkContext): ResolvedLink {
  if (href.startsWith('#'))
    return {href: href.length > 1 ? `#${ownKey}--${href.slice(1)}` : `#${ownKey}`, kind: 'anker'};
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith(ctx.siteUrl)) return {href, kind: 'extern'};
  const url = new URL(href, `${ctx.siteUrl}${ctx.baseUrl}`);
  const p = normalizePath(url.pathname);
  const hash = url.hash.slice(1);
  const key = ctx.chapterKeys.get(p);
  if (key) return {href: hash ? `#${key}--${decodeURIComponent(hash)}` : `#${key}`, kind: 'hoofdstuk'};
  const termId = ctx.termPaths.get(p);
  if (termId) return {href: `#${termAnchor(termId)}`, kind: 'begrip', termId};
  return {href: `${ctx.siteUrl}${url.pathname}${url.hash}`, kind: 'site'};
}

export function extractChapter(
  pageHtml: string,
  opts: {key: string; depth: number; source: string; ctx: LinkContext},
): ExtractedChapter {
  const $ = cheerio.load(pageHtml);
  const root = $('article .theme-doc-markdown').first();
  if (root.length === 0) {
    throw new Error(
      `Boek: ${opts.source} heeft geen artikeltekst (article .theme-doc-markdown); is de pagina-opmaak (src/theme/DocItem) veranderd?`,
    );
  }
  const {key, ctx} = opts;
  root.find('[aria-hidden="true"], .hash-link, [role="tooltip"], script, style, noscript').remove();
  // A <details> right after a table is that table's text alternative (RouteOverzicht): on paper the table is enough.
  // Decide for all before removing any: a removed <details> would make the next one follow the table.
  const alternatives = root
    .find('details')
    .toArray()
    .map((el) => ({el, afterTable: $(el).prev().is('table') || $(el).prev().find('table').length > 0}));
  for (const {el, afterTable} of alternatives) {
    if (afterTable) $(el).remove();
    // Any other collapsible is printed open: a summary with nothing under it is no use on paper.
    else $(el).attr('open', '');
  }
  root
    .find('[role="table"],[role="rowgroup"],[role="row"],[role="columnheader"],[role="rowheader"],[role="cell"]')
    .removeAttr('role');
  root.find('[aria-describedby]').removeAttr('aria-describedby');
  root.find('[class]').removeAttr('class');

  for (const el of root.find('[id]').toArray()) {
    $(el).attr('id', `${key}--${$(el).attr('id')}`);
  }
  root.find('[aria-labelledby]').each((_, el) => {
    const ids = ($(el).attr('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    $(el).attr('aria-labelledby', ids.map((i) => `${key}--${i}`).join(' '));
  });

  const terms: string[] = [];
  const externalLinks: string[] = [];
  root.find('a[href]').each((_, el) => {
    const a = $(el);
    const link = resolveLink(a.attr('href')!, key, ctx);
    a.attr('href', link.href);
    if (link.kind === 'begrip') {
      a.attr('data-boek', 'begrip');
      if (!terms.includes(link.termId!)) terms.push(link.termId!);
    } else if (link.kind === 'site' || link.kind === 'extern') {
      a.attr('data-boek', 'extern');
      if (link.href.startsWith('http')) externalLinks.push(link.href);
    }
  });

  // Sub-pages nest one level deeper; levels never go past h6.
  const shift = opts.depth;
  if (shift > 0) {
    root.find('h1, h2, h3, h4, h5, h6').each((_, el) => {
      const level = Number(el.tagName.slice(1));
      el.tagName = `h${Math.min(6, level + shift)}`;
    });
  }
  const h1 = root.find('h1, h2, h3, h4, h5, h6').first();
  h1.attr('id', key);
  // Header wrapper around the title adds nothing in the book.
  const header = root.children('header').first();
  if (header.length > 0) header.replaceWith(header.contents() as cheerio.Cheerio<AnyNode>);

  const headings: ChapterHeading[] = root
    .find('h1, h2, h3, h4, h5, h6')
    .toArray()
    .map((el) => ({
      level: Number(el.tagName.slice(1)),
      id: $(el).attr('id') ?? '',
      text: $(el).text().replace(/\s+/g, ' ').trim(),
    }));

  // React's text-joining comments are noise in the book's HTML.
  root
    .find('*')
    .contents()
    .filter((_, n) => n.type === 'comment')
    .remove();
  return {key, html: root.html() ?? '', headings, terms, externalLinks};
}
