/**
 * The book of one edition as data: what the cover and colophon say (edition,
 * content revision, build date, citation), chapters extracted from the built
 * pages, the glossary appendix and the list of sources and literature, plus
 * the table of contents that the PDF outline and the EPUB navigation mirror.
 * Pure; the fixed pages are React components in parts/, the documents are
 * made in print.ts and epub.ts.
 */
import {formatApa} from '../../../lib/cite';
import type {Bron} from '../../../content/siteData';
import type {Referentie} from '../../literatuur/shared';
import type {BookChapter, BookEdition, BookTerm} from './collect';
import type {ExtractedChapter} from './chapter';

export interface TocEntry {
  /** Id of the heading the entry points at (a named destination in the PDF). */
  id: string;
  title: string;
  children: TocEntry[];
}

/** The content revision of an edition: its newest major change (front matter `wijzigingen`). */
export interface ContentRevision {
  /** "5 december 2026". */
  dateText: string;
  /** "2026-12-05". */
  date: string;
  /** Title of the page that changed. */
  chapter: string;
  /** What changed, as the change note says it. */
  note: string;
}

export interface BookMeta {
  title: string;
  subtitle: string;
  maker: string;
  editionLabel: string;
  year: string;
  /** The edition's last major change; undefined when no page of the book records one. */
  revision: ContentRevision | undefined;
  /** Build date, e.g. "29 november 2026". */
  dateText: string;
  isoDate: string;
  /** Stable URL of the edition online. */
  url: string;
  /** A frozen edition's errata page online, where corrections made after this copy are listed. */
  errataUrl: string | undefined;
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
  /**
   * The source documents the whole site rests on, for the colophon; not the web pages (extern) a few
   * pages refer readers to, which the chapters that use them name in their own sources.
   */
  alleBronnen: Bron[];
  literatuur: Referentie[];
  toc: TocEntry[];
}

/** Section headings that every page has; they stay in the chapter but not in the table of contents. */
const NOT_IN_TOC = /--(bronnen-van-deze-pagina|literatuur-van-deze-pagina)$/;

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

/** "29 november 2026". */
export function dutchDate(d: Date): string {
  return DUTCH_DATE.format(d);
}

/**
 * The edition's content revision: the newest change note of its pages. Only major changes have a
 * note (a typo fix has none), so this is the date the text last changed in a way a reader should know.
 */
export function contentRevision(
  chapters: readonly Pick<BookChapter, 'title' | 'wijzigingen'>[],
): ContentRevision | undefined {
  let newest: ContentRevision | undefined;
  for (const ch of chapters) {
    for (const w of ch.wijzigingen) {
      if (!newest || w.datum > newest.date) {
        newest = {
          date: w.datum,
          dateText: dutchDate(new Date(`${w.datum}T00:00:00Z`)),
          chapter: ch.title,
          note: w.tekst,
        };
      }
    }
  }
  return newest;
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
    revision: contentRevision(edition.chapters),
    dateText: dutchDate(input.date),
    isoDate: input.date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    url,
    errataUrl: edition.errataPath ? `${input.siteUrl}${edition.errataPath}` : undefined,
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
    alleBronnen: input.bronnen.filter((b) => b.extern !== true),
    literatuur: [...input.literatuur],
    toc: buildToc(chapters),
  };
}

/** "https://kennisbank.example/handleiding" → "kennisbank.example/handleiding": how a URL is read aloud or typed. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
