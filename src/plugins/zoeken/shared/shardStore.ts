/**
 * The shard store: what the browser holds of one or more editions' indexes.
 * It loads shards on request (each at most once; a failed fetch may be
 * retried), merges what they hold into one view over all editions (editions
 * share one id space, in edition order), and answers only from shards that
 * are fully loaded. It knows nothing of queries or scores: the planner asks
 * it what is loaded and what a term's rows say; the scorer reads postings.
 */
// Spread of Map/Set iterators is avoided (Array.from): the site's Babel build compiles spread loosely.
import {decodePostings, type Decoded} from './postings';
import {shardOf, shardsForPrefix} from './routing';
import type {IndexedPage, IndexMeta, RecordCard, ShardData} from './types';

/** Where an edition's pieces come from: fetch in the browser, memory or disk in Node. */
export interface EditionSource {
  meta: IndexMeta;
  shard(i: number): Promise<ShardData>;
  record(id: number): Promise<RecordCard>;
  text(id: number): Promise<string>;
}

/** A piece of the index a query needs: the shard of one term, or every shard of a prefix. */
export type Need = {exact: string} | {prefix: string};

export interface SearchRecord {
  /** Global record id (editions in one id space): what `text` is asked for. */
  id: number;
  page: IndexedPage;
  section: {a: string; h: string};
  /** Docs version of the edition this record came from. */
  version: string;
  edition: string;
  /** Path below baseUrl including anchor ("handleiding/houding#gastvrij"). */
  path: string;
}

/** Which records a search may return. */
export interface RecordFilter {
  /** Only these content types. */
  types?: readonly string[];
  /** Only these docs versions. */
  versions?: readonly string[];
}

interface Edition {
  source: EditionSource;
  /** Global id of the edition's first record. */
  offset: number;
  /** Global id of the first record of each page. */
  firstOfPage: number[];
  /** Page index of each local record. */
  pageOfRecord: Int32Array;
  /** Local ids of the records that ask rather than answer (IndexMeta.asks). */
  asks: ReadonlySet<number>;
  shards: Map<number, Promise<void>>;
  loaded: Set<number>;
  rows: Map<number, ShardData['rows']>;
  completions: Map<number, NonNullable<ShardData['completions']>>;
}

export interface ShardStore {
  /** Number of records (sections) over all editions. */
  readonly size: number;
  /** Every edition's shard bounds (routing.ts). */
  readonly bounds: readonly (readonly string[])[];
  isLoaded(need: Need): boolean;
  /** Loads every shard the needs name that is not loaded yet. */
  load(needs: readonly Need[]): Promise<unknown>;
  /** Whether a loaded shard lists `term` as a word of the site (count > 0). */
  known(term: string): boolean;
  /** How often a word occurs over all editions (from loaded shards; 0 if unknown). */
  count(term: string): number;
  /**
   * Vocabulary words starting with `prefix`, from its loaded shards, with their counts over all
   * editions; with `readerWords`, also the words only readers use (rows with `also`), counted once.
   */
  wordsWithPrefix(prefix: string, readerWords?: boolean): Map<string, number>;
  /** The words each edition's build filed as completions of a wide `prefix` (from loaded shards). */
  filedCompletions(prefix: string): string[][];
  /** What the rows say a query for `term` also looks for: terms, or phrases of terms separated by spaces. */
  alsoOf(term: string): readonly string[];
  /** The parts the build indexed the compound `term` by; [] for other words. */
  partsOf(term: string): readonly string[];
  /** Number of pages over all editions (idf's document count). */
  readonly pages: number;
  /** On how many pages `term` occurs, over all editions (0 if unknown). */
  df(term: string): number;
  /** The first record of each page whose title holds `term`, with the title's BM25F weight. */
  titlePostings(term: string): ReadonlyArray<readonly [id: number, weight: number]>;
  /** Pages whose description (or its extra words) holds the term, by their first record id, with its BM25F weight. */
  aboutPostings(term: string): ReadonlyArray<readonly [id: number, weight: number]>;
  /** The records whose own fields hold `term`, with their BM25F weight and the place it first stands. */
  sectionPostings(term: string): readonly Decoded[];
  /** Global id of the first record of the page that holds record `id`: the page's key. */
  pageKey(id: number): number;
  /** Every record of the page whose first record is `id`. */
  recordsOfPage(firstId: number): number[];
  /** Whether record `id` asks the reader questions rather than answers (IndexMeta.asks). */
  asks(id: number): boolean;
  /** Whether record `id` passes the filter. */
  passes(id: number, filter: RecordFilter): boolean;
  /** The record as a result line names it. */
  record(id: number): Promise<SearchRecord>;
  /** The record's text, for its snippet. */
  text(id: number): Promise<string>;
}

export function createShardStore(sources: readonly EditionSource[]): ShardStore {
  const editions: Edition[] = [];
  let total = 0;
  for (const source of sources) {
    const firstOfPage: number[] = [];
    const pageOfRecord = new Int32Array(source.meta.sections.reduce((a, n) => a + n, 0));
    let local = 0;
    source.meta.sections.forEach((n, page) => {
      firstOfPage.push(total + local);
      pageOfRecord.fill(page, local, local + n);
      local += n;
    });
    editions.push({
      source,
      offset: total,
      firstOfPage,
      pageOfRecord,
      asks: new Set(source.meta.asks),
      shards: new Map(),
      loaded: new Set(),
      rows: new Map(),
      completions: new Map(),
    });
    total += local;
  }

  // What the loaded shards say about each term, over all editions.
  const counts = new Map<string, number>();
  const dfs = new Map<string, number>();
  const titles = new Map<string, Array<[number, number]>>();
  const abouts = new Map<string, Array<[number, number]>>();
  const sections = new Map<string, Decoded[]>();
  const also = new Map<string, string[]>();
  const parts = new Map<string, string[]>();
  const pages = editions.reduce((n, e) => n + e.firstOfPage.length, 0);
  // A second edition's list for a term joins the first, in id order.
  const merge = <T extends readonly number[]>(map: Map<string, T[]>, key: string, values: readonly T[]) => {
    if (values.length === 0) return;
    const before = map.get(key);
    map.set(key, before ? before.concat(values).sort((a, b) => (a[0] as number) - (b[0] as number)) : values.slice());
  };
  const append = <T>(map: Map<string, T[]>, key: string, values: readonly T[]) => {
    if (values.length === 0) return;
    const before = map.get(key);
    map.set(key, before ? Array.from(new Set(before.concat(values))) : values.slice());
  };

  const shardsFor = (edition: Edition, need: Need): number[] => {
    const b = edition.source.meta.shards;
    return 'exact' in need ? [shardOf(need.exact, b)] : shardsForPrefix(need.prefix, b);
  };

  function importShard(edition: Edition, i: number, data: ShardData): void {
    for (const [term, count, df, pageLists, sectionList, alsoList = [], partList = []] of data.rows) {
      if (count > 0) counts.set(term, (counts.get(term) ?? 0) + count);
      if (df > 0) dfs.set(term, (dfs.get(term) ?? 0) + df);
      // Editions share one id space in edition order; a page list names pages, kept by their first record.
      const byFirstRecord = (list: string) =>
        decodePostings(list).map(([page, w]): [number, number] => [edition.firstOfPage[page] as number, w]);
      const [titleList = '', aboutList = ''] = pageLists.split(';');
      merge(titles, term, byFirstRecord(titleList));
      merge(abouts, term, byFirstRecord(aboutList));
      merge(sections, term, decodePostings(sectionList, edition.offset, true));
      append(also, term, alsoList);
      append(parts, term, partList);
    }
    edition.rows.set(i, data.rows);
    if (data.completions) edition.completions.set(i, data.completions);
    edition.loaded.add(i);
  }

  function loadShard(edition: Edition, i: number): Promise<void> {
    let p = edition.shards.get(i);
    if (!p) {
      p = edition.source.shard(i).then((data) => importShard(edition, i, data));
      // A failed fetch may be retried by the next query.
      p.catch(() => edition.shards.delete(i));
      edition.shards.set(i, p);
    }
    return p;
  }

  function editionOf(id: number): Edition {
    for (let k = editions.length - 1; k >= 0; k--)
      if (id >= (editions[k] as Edition).offset) return editions[k] as Edition;
    return editions[0] as Edition;
  }

  const pageIndex = (e: Edition, id: number) => e.pageOfRecord[id - e.offset] as number;

  return {
    size: total,
    bounds: editions.map((e) => e.source.meta.shards),
    isLoaded: (need) => editions.every((e) => shardsFor(e, need).every((i) => e.loaded.has(i))),
    // Promise chains, not async functions: the site's Babel build would turn those into a state-machine runtime.
    load(needs) {
      const pending: Promise<void>[] = [];
      for (const e of editions) {
        const wanted = new Set<number>();
        for (const need of needs) for (const i of shardsFor(e, need)) wanted.add(i);
        wanted.forEach((i) => {
          if (!e.loaded.has(i)) pending.push(loadShard(e, i));
        });
      }
      return Promise.all(pending);
    },
    known: (term) => counts.has(term),
    count: (term) => counts.get(term) ?? 0,
    wordsWithPrefix(prefix, readerWords = false) {
      const out = new Map<string, number>();
      for (const e of editions) {
        for (const i of shardsFor(e, {prefix})) {
          for (const [term, count, , , , alsoList] of e.rows.get(i) ?? []) {
            if (!term.startsWith(prefix)) continue;
            if (count > 0) out.set(term, counts.get(term) ?? count);
            else if (readerWords && alsoList && alsoList.length > 0 && !out.has(term)) out.set(term, 1);
          }
        }
      }
      return out;
    },
    filedCompletions: (prefix) =>
      editions.map((e) => e.completions.get(shardOf(prefix, e.source.meta.shards))?.[prefix] ?? []),
    alsoOf: (term) => also.get(term) ?? [],
    partsOf: (term) => parts.get(term) ?? [],
    pages,
    df: (term) => dfs.get(term) ?? 0,
    titlePostings: (term) => titles.get(term) ?? [],
    aboutPostings: (term) => abouts.get(term) ?? [],
    sectionPostings: (term) => sections.get(term) ?? [],
    pageKey(id) {
      const e = editionOf(id);
      return e.firstOfPage[pageIndex(e, id)] as number;
    },
    recordsOfPage(firstId) {
      const e = editionOf(firstId);
      const n = e.source.meta.sections[pageIndex(e, firstId)] ?? 1;
      return Array.from({length: n}, (_, k) => firstId + k);
    },
    asks(id) {
      const e = editionOf(id);
      return e.asks.has(id - e.offset);
    },
    passes(id, filter) {
      const e = editionOf(id);
      const meta = e.source.meta;
      if (filter.types && !filter.types.includes(meta.types[meta.pageTypes[pageIndex(e, id)] as number] as string))
        return false;
      return !filter.versions || filter.versions.includes(meta.version);
    },
    record(id) {
      const e = editionOf(id);
      return e.source.record(id - e.offset).then(([u, t, y, a, h]) => ({
        id,
        page: {u, t, y},
        section: {a, h},
        version: e.source.meta.version,
        edition: e.source.meta.edition,
        path: `${u}${a ? `#${a}` : ''}`,
      }));
    },
    text(id) {
      const e = editionOf(id);
      return e.source.text(id - e.offset);
    },
  };
}
