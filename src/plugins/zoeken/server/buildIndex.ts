/**
 * Pure: pages in, SearchIndexFile out. No file system here (see collect.ts).
 */
import {compoundParts, MIN_COMPOUND_LENGTH} from '../shared/compounds';
import {encodeForIndex, encodeQuery, stem} from '../shared/encoder';
import {normalize, words} from '../shared/normalize';
import {DUTCH_STOPWORDS} from '../shared/stopwords';
import {INDEX_FORMAT, type IndexedPageEntry, type IndexedSection, type SearchIndexFile} from '../shared/types';
import {markdownSections, type MarkdownSection} from './markdown';
import {ContentError} from '../../../content/problems';
import {doelProblemen, type Zoekvraag} from '../../../content/zoekvragen';

export interface PageInput {
  /** Path below baseUrl, no leading slash. */
  path: string;
  title: string;
  description?: string;
  type: string;
  /** Markdown body (front matter may stay: it is not page text). */
  body: string;
  /** How the body is written: "mdx" for .mdx files, else CommonMark. */
  format?: 'md' | 'mdx';
}

/** A glossary entry: the term and the other words readers use for it. */
export interface SynonymGroup {
  term: string;
  aliases: string[];
}

function containsPhrase(haystack: string, phrase: string): boolean {
  const p = ` ${words(phrase).join(' ')} `;
  return p.trim().length > 0 && haystack.includes(p);
}

/** Sections whose link words are at least this share of their words are lists of links ("Zie ook", "Lees meer"). */
export const LINK_SHARE = 0.5;

const contentWords = (text: string) => words(text).filter((w) => !DUTCH_STOPWORDS.has(w)).length;

/** Whether a section mostly links elsewhere: its link words name other pages, it answers little itself. */
export function isLinkList(section: Pick<MarkdownSection, 'text' | 'linkText'>): boolean {
  const linkWords = contentWords(section.linkText);
  return linkWords > 0 && linkWords >= LINK_SHARE * contentWords(section.text);
}

/** The page path a link on the site points to ("/a/b/#c" → "a/b"); undefined for any other link. */
export function linkTarget(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  return (url.split(/[?#]/)[0] as string).replace(/^\/+|\/+$/g, '');
}

/**
 * Anchor text: what a list of links ("Zie ook") calls a page says what that page is about, so the
 * distinct texts of such links become extra words of the page they point to (ranked with its
 * description: they lift the page, they do not choose its section). Links in prose stay with their text.
 */
function addAnchorText(
  linkLists: ReadonlyArray<{from: string; links: MarkdownSection['links']}>,
  pages: IndexedPageEntry[],
): void {
  const pageByPath = new Map(pages.map((p, i) => [p.u, i]));
  const texts = new Map<number, Set<string>>();
  for (const {from, links} of linkLists) {
    for (const link of links) {
      const target = pageByPath.get(linkTarget(link.url) ?? '\0');
      if (target === undefined || target === pageByPath.get(from)) continue;
      const set = texts.get(target) ?? new Set<string>();
      set.add(normalize(link.text));
      texts.set(target, set);
    }
  }
  texts.forEach((set, p) => {
    const entry = pages[p] as IndexedPageEntry;
    entry.k = [entry.k, ...set].filter(Boolean).join(' ');
  });
}

/**
 * Reader questions become extra words of their target: of a section (they choose it and lift its page), or,
 * without an anchor, of the page (they lift it, like its description). A target that does not exist stops the
 * build with the file, line and the anchors the page does have: a question must never silently find nothing.
 */
function addZoekvragen(
  zoekvragen: readonly Zoekvraag[],
  pages: IndexedPageEntry[],
  sections: IndexedSection[],
  extraWords: (text: string) => string,
): void {
  // Checked as `npm run check` checks them, against this index's pages and heading ids.
  const ids = new Map<string, Set<string>>(pages.map((p) => [`/${p.u}`, new Set<string>()]));
  for (const s of sections) if (s.a !== '') ids.get(`/${(pages[s.p] as IndexedPageEntry).u}`)?.add(s.a);
  const problems = doelProblemen(zoekvragen, ids);
  if (problems.length > 0) throw new ContentError(problems);
  const pageByPath = new Map(pages.map((p, i) => [p.u, i]));
  for (const {doel, vragen} of zoekvragen) {
    const [pad = '', anker] = doel.split('#');
    const p = pageByPath.get(pad) as number;
    const text = normalize(vragen.join(' '));
    const words = `${text} ${extraWords(text)}`.trim();
    const target =
      anker === undefined ? (pages[p] as IndexedPageEntry) : sections.find((s) => s.p === p && s.a === anker);
    if (target) target.k = [target.k, words].filter(Boolean).join(' ');
  }
}

export function buildSearchIndex(input: {
  locale: string;
  version: string;
  edition: string;
  pages: readonly PageInput[];
  synonyms?: readonly SynonymGroup[];
  /** Everyday words: words readers type, and the words or phrases of the site they also find. */
  zoekwoorden?: readonly {woorden: readonly string[]; vindt: readonly string[]}[];
  /** Heading ids of sections that ask the reader questions to think about rather than answer (options.ts). */
  reflectionAnchors?: readonly string[];
  /** Reader questions per page or section (src/content/zoekvragen.ts): extra words of their target. */
  zoekvragen?: readonly Zoekvraag[];
}): SearchIndexFile {
  const asks = new Set(input.reflectionAnchors ?? []);
  const pages: IndexedPageEntry[] = [];
  const sections: IndexedSection[] = [];
  const all = input.pages.map((page) => ({page, sections: markdownSections(page.body, page.format)}));

  // The site's own vocabulary: stems of every content word of at least 4 letters.
  const vocabulary = new Set<string>();
  for (const {page, sections: secs} of all) {
    for (const text of [page.title, page.description ?? '', ...secs.flatMap((s) => [s.path, s.text])]) {
      for (const w of words(text)) if (w.length >= 4 && !DUTCH_STOPWORDS.has(w)) vocabulary.add(stem(w));
    }
  }
  const groups = (input.synonyms ?? []).map((g) => [g.term, ...g.aliases]);
  const partsCache = new Map<string, string[]>();

  /** Index-only words for a text: the known parts of its compounds, and glossary synonyms it does not use itself. */
  const extraWords = (text: string): string => {
    const extra = new Set<string>();
    for (const term of new Set(encodeForIndex(text))) {
      if (term.length < MIN_COMPOUND_LENGTH) continue;
      let parts = partsCache.get(term);
      if (!parts) {
        parts = compoundParts(term, vocabulary);
        partsCache.set(term, parts);
      }
      for (const part of parts) extra.add(part);
    }
    const normalised = ` ${words(text).join(' ')} `;
    for (const group of groups) {
      if (group.some((member) => containsPhrase(normalised, member))) {
        for (const member of group) if (!containsPhrase(normalised, member)) extra.add(normalize(member));
      }
    }
    return [...extra].join(' ');
  };

  /** The sections that are lists of links, with the page they are on: their link texts are anchor text. */
  const linkLists: {from: string; links: MarkdownSection['links']}[] = [];
  for (const {page, sections: secs} of all) {
    const p = pages.length;
    const d = page.description ?? '';
    // Title and description say what the whole page is about: they are indexed with the page, not its intro.
    pages.push({u: page.path, t: page.title, y: page.type, d, k: extraWords(`${page.title} ${d}`)});
    const withIntro =
      secs.length > 0 && secs[0]?.anchor === ''
        ? secs
        : [{anchor: '', path: '', text: '', linkText: '', links: []}, ...secs];
    for (const s of withIntro) {
      const section: IndexedSection = {p, a: s.anchor, h: s.path, x: s.text, k: extraWords(`${s.path} ${s.text}`)};
      if (s.anchor !== '' && asks.has(s.anchor)) section.r = 1;
      if (isLinkList(s)) {
        section.l = s.linkText;
        linkLists.push({from: page.path, links: s.links});
      }
      sections.push(section);
    }
  }
  addAnchorText(linkLists, pages);
  addZoekvragen(input.zoekvragen ?? [], pages, sections, extraWords);
  // What a query word also finds, as encoded terms (a phrase: its terms joined by spaces).
  const also: Record<string, string[]> = {};
  const addAlso = (key: string, targets: readonly string[]) => {
    const list = targets.filter((t) => t !== '' && t !== key);
    if (list.length > 0) also[key] = [...new Set([...(also[key] ?? []), ...list])];
  };
  const encoded = (phrase: string) => encodeQuery(phrase).join(' ');
  // Glossary groups: each single-word member finds the others.
  for (const group of groups) {
    const members = [...new Set(group.map(encoded))];
    for (const key of members) if (!key.includes(' ')) addAlso(key, members);
  }
  // Everyday words: each word finds what its entry says, not the other way round.
  for (const {woorden, vindt} of input.zoekwoorden ?? []) {
    const targets = vindt.map(encoded);
    for (const w of woorden) {
      const key = encoded(w);
      if (key !== '' && !key.includes(' ')) addAlso(key, targets);
    }
  }
  return {
    format: INDEX_FORMAT,
    locale: input.locale,
    version: input.version,
    edition: input.edition,
    pages,
    sections,
    also,
    parts: Object.fromEntries(Array.from(partsCache.entries()).filter(([, parts]) => parts.length > 0)),
  };
}
