/**
// Spread of Map/Set iterators is avoided (Array.from): the site's Babel build compiles spread loosely.
 * Search over one or more SearchIndexFiles with FlexSearch. Each field gets its
 * own FlexSearch Index (forward tokenizer, our Dutch encoder); a query is
 * looked up term by term in every field and scored here, so that:
 * - a title match outweighs a heading match, which outweighs the text;
 * - records that match more of the query's words come first;
 * - a word of five letters or more that the index does not know is replaced by
 *   its one-typo neighbours from the index vocabulary.
 * One result per page: its best section.
 */
import {Index} from 'flexsearch';
import {encodeForIndex, encodeQuery, stem} from './encoder';
import {corrections} from './typo';
import type {IndexedPage, IndexedSection, SearchIndexFile} from './types';

export const FIELD_WEIGHTS = {title: 10, heading: 4, text: 1, extra: 0.8} as const;
type Field = keyof typeof FIELD_WEIGHTS;
const PER_TERM_LIMIT = 100;
const MAX_COMPLETIONS = 4;

interface Alternative {
  term: string;
  weight: number;
}

export interface SearchRecord {
  page: IndexedPage;
  section: IndexedSection;
  /** Docs version of the file this record came from. */
  version: string;
  edition: string;
  /** Path below baseUrl including anchor ("handleiding/houding#gastvrij"). */
  path: string;
}

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Only these content types. */
  types?: readonly string[];
  /** Only these docs versions. */
  versions?: readonly string[];
}

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Query terms after encoding and typo correction, for highlighting. */
  terms(query: string): string[];
  readonly size: number;
}

export function createSearcher(files: readonly SearchIndexFile[]): Searcher {
  const records: SearchRecord[] = [];
  const vocabulary = new Map<string, number>();
  // FlexSearch runs `encode` on queries too; our query terms arrive already
  // encoded, so while searching the encoder passes them through unchanged.
  let searching = false;
  const countingEncode = (text: string): string[] => {
    if (searching) return [text];
    const terms = encodeForIndex(text);
    for (const t of terms) vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
    return terms;
  };
  const make = (tokenize: 'forward' | 'strict') => new Index({tokenize, encode: countingEncode, resolution: 9});
  const indexes: Record<Field, Index> = {title: make('forward'), heading: make('forward'), text: make('strict'), extra: make('strict')};
  // Title is indexed once per page, under the page's first record.
  const firstRecordOfPage = new Map<string, number>();
  const recordsOfPage = new Map<number, number[]>();

  for (const file of files) {
    const pageKey = (p: number) => `${file.version}:${p}`;
    for (const section of file.sections) {
      const page = file.pages[section.p];
      if (!page) continue;
      const id = records.length;
      const path = `${page.u}${section.a ? `#${section.a}` : ''}`;
      records.push({page, section, version: file.version, edition: file.edition, path});
      const key = pageKey(section.p);
      if (!firstRecordOfPage.has(key)) {
        firstRecordOfPage.set(key, id);
        indexes.title.add(id, page.t);
        recordsOfPage.set(id, []);
      }
      recordsOfPage.get(firstRecordOfPage.get(key) as number)?.push(id);
      if (section.h) indexes.heading.add(id, section.h);
      if (section.x) indexes.text.add(id, section.x);
      if (section.k) indexes.extra.add(id, section.k);
    }
  }

  const pageOf = new Map<number, number>();
  for (const [first, ids] of recordsOfPage) for (const id of ids) pageOf.set(id, first);

  const sortedVocabulary = Array.from(vocabulary.keys()).sort();
  const synonymsOf = new Map<string, string[]>();
  for (const file of files) {
    for (const group of file.synonyms ?? []) {
      for (const member of group) {
        const others = group.filter((m) => m !== member);
        synonymsOf.set(member, Array.from(new Set((synonymsOf.get(member) ?? []).concat(others))));
      }
    }
  }

  function completions(prefix: string): string[] {
    // Binary search for the first vocabulary word >= prefix, then walk while it still starts with it.
    let lo = 0;
    let hi = sortedVocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sortedVocabulary[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < sortedVocabulary.length && found.length < 200; i++) {
      const w = sortedVocabulary[i] as string;
      if (!w.startsWith(prefix)) break;
      if (w !== prefix) found.push(w);
    }
    return found.sort((a, b) => (vocabulary.get(b) ?? 0) - (vocabulary.get(a) ?? 0)).slice(0, MAX_COMPLETIONS);
  }

  function expandTerms(query: string): Alternative[][] {
    const encoded = encodeQuery(query);
    const typing = !/\s$/.test(query);
    return encoded.map((term, i) => {
      const alternatives: Alternative[] = [];
      if (vocabulary.has(term)) alternatives.push({term, weight: 1});
      else {
        // "ij" typed as "y" is a spelling variant, not a typo.
        const ij = term.includes('y') ? stem(term.replace(/y/g, 'ij')) : term;
        if (vocabulary.has(ij)) alternatives.push({term: ij, weight: 1});
        else for (const fixed of corrections(ij, vocabulary)) alternatives.push({term: fixed, weight: 0.8});
      }
      // Complete the word being typed, unless it already is a word of the site.
      if (typing && i === encoded.length - 1 && term.length >= 2 && !vocabulary.has(term)) {
        for (const c of completions(term)) alternatives.push({term: c, weight: 0.7});
      }
      if (alternatives.length === 0) alternatives.push({term, weight: 1});
      for (const a of alternatives.slice()) {
        for (const syn of synonymsOf.get(a.term) ?? []) alternatives.push({term: syn, weight: a.weight * 0.6});
      }
      return alternatives;
    });
  }

  return {
    size: records.length,
    terms(query) {
      return expandTerms(query).flat().map((a) => a.term);
    },
    search(query, options = {}) {
      const groups = expandTerms(query);
      if (groups.length === 0) return [];
      searching = true;
      try {
        return rank(groups, options);
      } finally {
        searching = false;
      }
    },
  };

  function rank(groups: Alternative[][], options: SearchOptions): SearchHit[] {
    {
      const scores = new Map<number, number>();
      const matched = new Map<number, number>();
      for (const alternatives of groups) {
        const termScore = new Map<number, number>();
        for (const {term, weight} of alternatives) {
          let df = 0;
          const perField: Array<[Field, number[]]> = [];
          for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
            const ids = indexes[field].search(term, {limit: PER_TERM_LIMIT}) as number[];
            df += ids.length;
            perField.push([field, ids]);
          }
          const idf = Math.log(1 + records.length / (1 + df));
          // Fields add up for one word; its alternatives (typo fixes, completions, synonyms) do not.
          const altScore = new Map<number, number>();
          for (const [field, ids] of perField) {
            ids.forEach((id, rank) => {
              const s = weight * FIELD_WEIGHTS[field] * idf * (1 / (1 + rank * 0.01));
              const targets = field === 'title' ? (recordsOfPage.get(id) ?? [id]) : [id];
              for (const target of targets) {
                altScore.set(target, (altScore.get(target) ?? 0) + s);
              }
            });
          }
          for (const [id, v] of altScore) termScore.set(id, Math.max(termScore.get(id) ?? 0, v));
        }
        for (const [id, s] of termScore) {
          scores.set(id, (scores.get(id) ?? 0) + s);
          matched.set(id, (matched.get(id) ?? 0) + 1);
        }
      }
      const n = groups.length;
      const bestPerPage = new Map<number, SearchHit>();
      for (const [id, raw] of scores) {
        const record = records[id];
        if (!record) continue;
        if (options.types && !options.types.includes(record.page.y)) continue;
        if (options.versions && !options.versions.includes(record.version)) continue;
        const coverage = (matched.get(id) ?? 0) / n;
        // Earlier sections win ties: the intro of a page whose title matched.
        const score = raw * coverage * coverage - id * 1e-9;
        const page = pageOf.get(id) ?? id;
        const prev = bestPerPage.get(page);
        if (!prev || prev.score < score) bestPerPage.set(page, {record, score});
      }
      return Array.from(bestPerPage.values()).sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
    }
  }
}
