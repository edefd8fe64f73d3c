/**
 * Pure: pages in, SearchIndexFile out. No file system here (see collect.ts).
 */
import {compoundParts, MIN_COMPOUND_LENGTH} from '../shared/compounds';
import {encodeForIndex, encodeQuery, stem} from '../shared/encoder';
import {normalize, words} from '../shared/normalize';
import {DUTCH_STOPWORDS} from '../shared/stopwords';
import {INDEX_FORMAT, type IndexedPageEntry, type IndexedSection, type SearchIndexFile} from '../shared/types';
import {markdownSections} from './markdown';

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

export function buildSearchIndex(input: {
  locale: string;
  version: string;
  edition: string;
  pages: readonly PageInput[];
  synonyms?: readonly SynonymGroup[];
  /** Everyday words: words readers type, and the words or phrases of the site they also find. */
  zoekwoorden?: readonly {woorden: readonly string[]; vindt: readonly string[]}[];
}): SearchIndexFile {
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

  for (const {page, sections: secs} of all) {
    const p = pages.length;
    const d = page.description ?? '';
    // Title and description say what the whole page is about: they are indexed with the page, not its intro.
    pages.push({u: page.path, t: page.title, y: page.type, d, k: extraWords(`${page.title} ${d}`)});
    const withIntro =
      secs.length > 0 && secs[0]?.anchor === '' ? secs : [{anchor: '', path: '', text: '', linkText: ''}, ...secs];
    for (const s of withIntro) {
      const section: IndexedSection = {p, a: s.anchor, h: s.path, x: s.text, k: extraWords(`${s.path} ${s.text}`)};
      if (s.linkText) section.l = s.linkText;
      sections.push(section);
    }
  }
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
