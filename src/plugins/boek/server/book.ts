/**
 * The book of one edition as data: front matter (cover, colophon), chapters
 * extracted from the built pages, the glossary appendix and the list of
 * sources and literature, plus the table of contents that the PDF outline and
 * the EPUB navigation mirror. Pure; rendering is in print.ts and epub.ts.
 */
import {formatApa} from '../../../lib/cite';
import type {Bron} from '../../../content/siteData';
import type {Referentie} from '../../literatuur/shared';
import type {BookEdition, BookTerm} from './collect';
import {termAnchor, type ExtractedChapter} from './chapter';

export interface TocEntry {
  /** Id of the heading the entry points at (a named destination in the PDF). */
  id: string;
  title: string;
  children: TocEntry[];
}

export interface BookMeta {
  title: string;
  subtitle: string;
  maker: string;
  editionLabel: string;
  year: string;
  /** Build date, e.g. "29 november 2026". */
  dateText: string;
  isoDate: string;
  /** Stable URL of the edition online. */
  url: string;
  /** Site origin, e.g. "https://kennisbank.example". */
  siteUrl: string;
  license: {name: string; url: string};
  /** APA reference to the edition. */
  citation: string;
  /** Unique id of this edition's book (EPUB dc:identifier). */
  identifier: string;
}

export interface BookChapterPart extends ExtractedChapter {
  depth: number;
  title: string;
}

export interface Book {
  meta: BookMeta;
  chapters: BookChapterPart[];
  /** Terms linked in the chapters, alphabetical. */
  glossary: BookTerm[];
  /** Sources the chapters name, sorted by key (src/data/bronnen/<sleutel>.yml). */
  bronnen: Bron[];
  /** Every source of the site, for the colophon. */
  alleBronnen: Bron[];
  literatuur: Referentie[];
  toc: TocEntry[];
}

/** Section headings that every page has; they stay in the chapter but not in the table of contents. */
const NOT_IN_TOC = /--(bronnen-van-deze-pagina|literatuur-van-deze-pagina)$/;

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

export function dutchDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export const COLOFON_ID = 'colofon';
export const BEGRIPPEN_ID = 'bijlage-begrippen';
export const BRONNEN_ID = 'bronnen-en-literatuur';

export interface BuildBookInput {
  edition: BookEdition;
  chapters: (ExtractedChapter & {depth: number; title: string})[];
  bronnen: readonly Bron[];
  literatuur: readonly Referentie[];
  options: {title: string; subtitle: string; maker: string; license: {name: string; url: string}};
  siteUrl: string;
  siteName: string;
  date: Date;
}

function chapterToc(ch: BookChapterPart): TocEntry {
  const own = ch.headings[0]!;
  const sectionLevel = own.level + 1;
  return {
    id: ch.key,
    title: ch.title,
    children: ch.headings
      .filter((h) => h.level === sectionLevel && h.id && !NOT_IN_TOC.test(h.id))
      .map((h) => ({id: h.id, title: h.text, children: []})),
  };
}

/** Chapters nest like the sidebar: a depth-1 chapter goes under the depth-0 chapter before it. */
export function buildToc(chapters: readonly BookChapterPart[]): TocEntry[] {
  const top: TocEntry[] = [{id: COLOFON_ID, title: 'Colofon', children: []}];
  const stack: TocEntry[] = [];
  for (const ch of chapters) {
    const entry = chapterToc(ch);
    stack.length = Math.min(stack.length, ch.depth);
    const parent = stack[stack.length - 1];
    (parent ? parent.children : top).push(entry);
    stack.push(entry);
  }
  top.push(
    {id: BEGRIPPEN_ID, title: 'Bijlage: Begrippen', children: []},
    {id: BRONNEN_ID, title: 'Bronnen en literatuur', children: []},
  );
  return top;
}

export function buildBook(input: BuildBookInput): Book {
  const {edition, options} = input;
  const url = `${input.siteUrl}${edition.homePath}`;
  const chapters: BookChapterPart[] = input.chapters.map((c) => ({...c}));
  const used = new Set(chapters.flatMap((c) => c.terms));
  const glossary = [...used]
    .map((id) => {
      const t = edition.terms[id];
      if (!t)
        throw new Error(
          `Boek (${edition.label}): een pagina linkt naar begrip "${id}", maar dat begrip bestaat niet in deze editie.`,
        );
      return t;
    })
    .sort((a, b) => a.term.localeCompare(b.term, 'nl', {sensitivity: 'base'}));
  const named = new Set(edition.chapters.flatMap((c) => c.bronnen));
  const bronnen = input.bronnen.filter((b) => named.has(b.key));
  const fullTitle = options.subtitle ? `${options.title} ${options.subtitle}` : options.title;
  const meta: BookMeta = {
    title: options.title,
    subtitle: options.subtitle,
    maker: options.maker,
    editionLabel: edition.label,
    year: edition.year,
    dateText: dutchDate(input.date),
    isoDate: input.date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    url,
    siteUrl: input.siteUrl,
    license: options.license,
    citation: formatApa({
      title: fullTitle,
      siteName: input.siteName,
      url,
      edition: edition.label,
      date: input.date,
      locale: 'nl',
    }),
    identifier: `${url}#boek-${edition.year}`,
  };
  return {
    meta,
    chapters,
    glossary,
    bronnen,
    alleBronnen: [...input.bronnen],
    literatuur: [...input.literatuur],
    toc: buildToc(chapters),
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "https://kennisbank.example/handleiding" → "kennisbank.example/handleiding": how a URL is read aloud or typed. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** Cover, colophon: the same HTML in the PDF and the EPUB. */
export function coverHtml(book: Book): string {
  const {meta} = book;
  return `<section class="omslag" id="omslag" aria-label="Omslag">
<p class="omslag-reeks">${escapeHtml(meta.maker)}</p>
<h1 class="omslag-titel">${escapeHtml(meta.title)}${meta.subtitle ? ` <span class="omslag-sub">${escapeHtml(meta.subtitle)}</span>` : ''}</h1>
<p class="omslag-editie">${escapeHtml(meta.editionLabel)}</p>
<p class="omslag-datum">Gemaakt op ${escapeHtml(meta.dateText)}</p>
<p class="omslag-url">Online: <a href="${escapeHtml(meta.url)}">${escapeHtml(displayUrl(meta.url))}</a></p>
</section>`;
}

export function colophonHtml(book: Book): string {
  const allBronnen = book.alleBronnen;
  const {meta} = book;
  return `<section class="colofon" aria-labelledby="${COLOFON_ID}">
<h1 id="${COLOFON_ID}">Colofon</h1>
<p><strong>${escapeHtml(meta.title)} ${escapeHtml(meta.subtitle)}</strong>, ${escapeHtml(meta.editionLabel)}.</p>
<p>Gemaakt door de ${escapeHtml(meta.maker)}. Dit boek is op ${escapeHtml(meta.dateText)} gemaakt uit dezelfde pagina’s als de website, in dezelfde volgorde. Online staat deze editie op <a href="${escapeHtml(meta.url)}">${escapeHtml(meta.url)}</a>.</p>
<h2 id="colofon-bronnen">Waar de tekst op rust</h2>
<p>De kennisbank schrijft in eigen woorden, op basis van deze bronnen. Elk hoofdstuk noemt achteraan de bronnen waar het op rust; de volledige lijst staat in <a href="#${BRONNEN_ID}">Bronnen en literatuur</a>.</p>
<ul>
${allBronnen.map((b) => `<li><cite>${escapeHtml(b.titel)}</cite>. ${escapeHtml(b.maker)}.</li>`).join('\n')}
</ul>
<h2 id="colofon-licentie">Licentie</h2>
<p>De eigen tekst van de kennisbank valt onder de licentie ${escapeHtml(meta.license.name)}: <a href="${escapeHtml(meta.license.url)}">${escapeHtml(meta.license.url)}</a>. Je mag de tekst delen en bewerken, ook voor je organisatie, als je de kennisbank noemt. Dat geldt niet voor de bronnen en voor citaten daaruit: die blijven van hun makers.</p>
<h2 id="colofon-citeren">Zo verwijs je naar deze editie</h2>
<p>Noem de editie en de vaste URL, zodat iedereen precies deze tekst terugvindt (APA):</p>
<p class="citeer">${escapeHtml(meta.citation)}</p>
</section>`;
}

export function glossaryHtml(book: Book): string {
  return `<section class="bijlage" aria-labelledby="${BEGRIPPEN_ID}">
<h1 id="${BEGRIPPEN_ID}">Bijlage: Begrippen</h1>
<p>De begrippen die in dit boek voorkomen, met de korte uitleg van de kennisbank. In de tekst zijn ze onderstreept met een stippellijn. Meer uitleg per begrip staat online.</p>
<dl class="begrippen">
${book.glossary
  .map(
    (t) =>
      `<dt id="${termAnchor(t.id)}">${escapeHtml(t.term)}</dt>\n<dd>${escapeHtml(t.definitie)} <span class="online">Online: <a href="${escapeHtml(book.meta.siteUrl + t.permalink)}">${escapeHtml(displayUrl(book.meta.siteUrl + t.permalink))}</a></span></dd>`,
  )
  .join('\n')}
</dl>
</section>`;
}

export function sourcesHtml(book: Book): string {
  const bron = (b: Bron) =>
    `<li><cite>${escapeHtml(b.titel)}</cite>. ${escapeHtml(b.maker)}. ${escapeHtml(b.soort)}${b.vindplaats ? `. Te vinden via ${escapeHtml(b.vindplaats)}` : ''}.</li>`;
  const lit = (e: Referentie) => {
    const genoemd = e.bronTitel;
    return `<li id="ref-${escapeHtml(e.id)}">${e.html}${e.note ? ` <span class="noot">(${escapeHtml(e.note)})</span>` : ''}${
      genoemd || e.context
        ? ` <span class="context">Genoemd in: ${genoemd ? `<cite>${escapeHtml(genoemd)}</cite>` : escapeHtml(e.bron ?? '')}${e.context ? `, over: ${escapeHtml(e.context)}` : ''}.</span>`
        : ''
    }</li>`;
  };
  return `<section class="bijlage" aria-labelledby="${BRONNEN_ID}">
<h1 id="${BRONNEN_ID}">Bronnen en literatuur</h1>
<h2 id="bronnen-lijst">Bronnen</h2>
<p>De documenten waarop de hoofdstukken van dit boek rusten. Ze zijn niet van de kennisbank en staan niet in dit boek.</p>
<ul class="referenties">
${book.bronnen.map(bron).join('\n')}
</ul>
<h2 id="literatuur-lijst">Literatuur</h2>
<p>De publicaties die de bronnen noemen, in APA-stijl.</p>
<ul class="referenties">
${book.literatuur.map(lit).join('\n')}
</ul>
</section>`;
}
