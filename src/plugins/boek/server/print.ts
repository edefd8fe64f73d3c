/**
 * The book as one HTML document for Chromium's paged-media engine: A4 pages,
 * a running footer (title, edition, page number) in @page margin boxes, Dutch
 * hyphenation (lang="nl" + hyphens: auto), and a table of contents whose page
 * numbers come from the previous pass (see pdf.ts). Rendered with React like
 * the site (the fixed pages are the components in parts/). Pure.
 */
import * as cheerio from 'cheerio';
import type {ReactElement} from 'react';
import type {Book, TocEntry} from './book';
import {Colophon} from './parts/Colophon';
import {Contents} from './parts/Contents';
import {Cover} from './parts/Cover';
import {Glossary} from './parts/Glossary';
import {h, markup} from './parts/render';
import {Sources} from './parts/Sources';

/** Where the page loads its fonts from; pdf.ts answers these URLs from node_modules. */
export const FONT_URL = '/__boek/fonts/';

export function tocHtml(toc: readonly TocEntry[], pages: ReadonlyMap<string, number> | undefined): string {
  return markup(h(Contents, {toc, pages}));
}

/** A CSS string literal: quotes and backslashes escaped, and no "<" that could end the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3c ').replace(/\s+/g, ' ')}"`;
}

export function printCss(book: Book): string {
  const footer = cssString(`${book.meta.title} · ${book.meta.editionLabel}`);
  return `
@font-face { font-family: 'Boek Serif'; src: url('${FONT_URL}DejaVuSerif.ttf'); font-weight: 400; font-style: normal; }
@font-face { font-family: 'Boek Serif'; src: url('${FONT_URL}DejaVuSerif-Italic.ttf'); font-weight: 400; font-style: italic; }
@font-face { font-family: 'Boek Serif'; src: url('${FONT_URL}DejaVuSerif-Bold.ttf'); font-weight: 700; font-style: normal; }
@font-face { font-family: 'Boek Serif'; src: url('${FONT_URL}DejaVuSerif-BoldItalic.ttf'); font-weight: 700; font-style: italic; }
@font-face { font-family: 'Boek Sans'; src: url('${FONT_URL}DejaVuSans.ttf'); font-weight: 400; }
@font-face { font-family: 'Boek Sans'; src: url('${FONT_URL}DejaVuSans-Bold.ttf'); font-weight: 700; }

@page {
  size: A4;
  margin: 22mm 20mm 24mm 22mm;
  @bottom-left { content: ${footer}; font: 8pt 'Boek Sans'; color: #444; }
  @bottom-right { content: counter(page); font: 8pt 'Boek Sans'; color: #444; }
}
@page :first {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}

html { font: 10.5pt/1.5 'Boek Serif', serif; color: #111; }
body { margin: 0; hyphens: auto; text-align: left; orphans: 3; widows: 3; }
h1, h2, h3, h4, h5, h6, .omslag, .toc-titel, th, caption, dt { font-family: 'Boek Sans', sans-serif; hyphens: manual; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 12pt; break-before: page; color: #143f5e; }
h2 { font-size: 13.5pt; line-height: 1.25; margin: 18pt 0 6pt; break-after: avoid; color: #143f5e; }
h3 { font-size: 11.5pt; margin: 14pt 0 4pt; break-after: avoid; }
h4, h5, h6 { font-size: 10.5pt; margin: 12pt 0 4pt; break-after: avoid; }
/* Sub-chapters (a sub-page of the sidebar) start on a new page too. */
section.hoofdstuk > h2:first-child { font-size: 17pt; break-before: page; margin-top: 0; }
p, li, dd { margin: 0 0 6pt; }
ul, ol { padding-left: 16pt; margin: 0 0 8pt; }
a { color: #143f5e; }
a[data-boek="begrip"] { color: inherit; text-decoration: underline dotted; }
/* On paper a link cannot be clicked: where it goes is printed after it (real text, so it is tagged too). */
.url { font-size: 8.5pt; overflow-wrap: anywhere; hyphens: none; }
blockquote { margin: 8pt 0 8pt 12pt; padding-left: 10pt; border-left: 2pt solid #8aa; font-style: italic; }
aside { border-left: 3pt solid #1d5b87; background: #eef4f9; padding: 6pt 10pt; margin: 8pt 0 10pt; break-inside: avoid; }
aside p { margin: 0 0 4pt; }
table { border-collapse: collapse; width: 100%; margin: 8pt 0 12pt; font-size: 9.5pt; break-inside: avoid; }
caption { text-align: left; font-size: 9pt; padding-bottom: 4pt; caption-side: top; }
th, td { border: 0.75pt solid #888; padding: 4pt 5pt; vertical-align: top; text-align: left; hyphens: auto; }
thead th { background: #e3ecf3; }
tbody th { background: #f3f6f9; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }
section[aria-labelledby$="bronnen-van-deze-pagina"], section[aria-labelledby$="literatuur-van-deze-pagina"] { font-size: 8.5pt; margin-top: 14pt; border-top: 0.5pt solid #aaa; }
section[aria-labelledby$="bronnen-van-deze-pagina"] h2, section[aria-labelledby$="bronnen-van-deze-pagina"] h3,
section[aria-labelledby$="literatuur-van-deze-pagina"] h2, section[aria-labelledby$="literatuur-van-deze-pagina"] h3 { font-size: 9.5pt; margin-top: 8pt; }

.omslag { height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.omslag h1 { break-before: auto; font-size: 30pt; margin: 0 0 16pt; }
.omslag-sub { display: block; font-size: 20pt; font-weight: 400; margin-top: 6pt; }
.omslag-reeks { font-size: 11pt; color: #444; margin-bottom: 18pt; }
.omslag-editie { font-size: 16pt; font-weight: 700; margin: 0 0 4pt; }
.omslag-revisie { font-size: 11pt; margin: 0 0 30mm; }
.omslag-datum, .omslag-url { font-size: 10pt; margin: 0 0 4pt; }
.colofon { font-size: 9.5pt; }
.colofon h2 { font-size: 11pt; }
.citeer { padding-left: 12pt; text-indent: -12pt; }

.inhoud ol { list-style: none; padding: 0; margin: 0; }
.inhoud a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
.inhoud .toc-titel { flex: 1; }
.inhoud .toc-nr { width: 4ch; text-align: right; font-variant-numeric: tabular-nums; font-family: 'Boek Sans', sans-serif; }
.inhoud li { margin: 0; line-height: 1.35; }
.inhoud .toc-1 { margin-top: 6pt; }
.inhoud .toc-1 > a { font-weight: 700; }
.inhoud .toc-2 { padding-left: 14pt; font-size: 9.5pt; }
.inhoud .toc-3 { padding-left: 14pt; font-size: 9pt; margin: 0; }
.inhoud .toc-2 > a .toc-titel, .inhoud .toc-3 > a .toc-titel { font-family: 'Boek Serif', serif; }
.inhoud li li { break-inside: avoid; }

dl.begrippen dt { font-weight: 700; margin-top: 8pt; break-after: avoid; }
dl.begrippen dd { margin: 2pt 0 0 0; }
.online { font-size: 8.5pt; color: #333; }
.referenties { padding-left: 0; list-style: none; }
.referenties li { padding-left: 14pt; text-indent: -14pt; }
.noot, .context { font-size: 9pt; color: #333; }
`;
}

/** After every link that leaves the book, its full address in brackets, unless the link text already is it. */
export function printUrls(html: string): string {
  const $ = cheerio.load(html, null, false);
  $('a[data-boek="extern"]').each((_, el) => {
    const a = $(el);
    const href = a.attr('href') ?? '';
    if (a.text().trim() === href || !/^https?:/.test(href)) return;
    a.after(' ', $('<span class="url"></span>').text(`(${href})`));
  });
  return $.html();
}

function PrintDocument({book, pages}: {book: Book; pages: ReadonlyMap<string, number> | undefined}): ReactElement {
  const {meta} = book;
  return h(
    'html',
    {lang: 'nl'},
    h(
      'head',
      null,
      h('meta', {charSet: 'utf-8'}),
      h('title', null, `${meta.title} ${meta.subtitle} — ${meta.editionLabel}`.replace(/\s+/g, ' ')),
      h('meta', {name: 'author', content: meta.maker}),
      h('style', {dangerouslySetInnerHTML: {__html: printCss(book)}}),
    ),
    h(
      'body',
      null,
      h(Cover, {meta}),
      h(Colophon, {book}),
      h(Contents, {toc: book.toc, pages}),
      h(
        'main',
        null,
        book.chapters.map((c) =>
          // The chapter is the built page's own HTML (chapter.ts), placed as it is.
          h('section', {
            key: c.key,
            className: 'hoofdstuk',
            'data-diepte': c.depth,
            dangerouslySetInnerHTML: {__html: printUrls(c.html)},
          }),
        ),
      ),
      h(Glossary, {book}),
      h(Sources, {book}),
    ),
  );
}

export function renderPrintHtml(book: Book, pages?: ReadonlyMap<string, number>): string {
  return `<!doctype html>\n${markup(h(PrintDocument, {book, pages}))}`;
}
