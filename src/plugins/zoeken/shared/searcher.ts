/**
 * Search over one or more editions whose index arrives in pieces (see
 * shared/types.ts), in three parts:
 * - the shard store (shardStore.ts) loads and holds the pieces;
 * - the query planner (planner.ts) turns what the reader typed into the
 *   terms to look up per query word, loading the shards it needs to decide;
 * - the scorer (scorer.ts) ranks the best section of each page.
 * The build did the counting (server/terms.ts: each term's BM25F weights per
 * page title and per section, shared/fields.ts); the browser only fetches the
 * shards a query needs, adds up and saturates.
 */
import {planQuery} from './planner';
import {rank} from './scorer';
import {createShardStore, type EditionSource, type RecordFilter, type SearchRecord} from './shardStore';

export type {EditionSource, SearchRecord} from './shardStore';

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

export interface SearchOptions extends RecordFilter {
  limit?: number;
}

/**
 * A search's hits, and the encoded terms (after corrections and expansion) for highlighting.
 * `searched` is false when the query held nothing to search yet: only stopwords, or a word of one or
 * two letters still being typed (the dialog then keeps what it showed).
 */
export interface SearchResult {
  hits: SearchHit[];
  terms: string[];
  searched: boolean;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** The text of a hit's section, for its snippet: fetched only when asked for (its result is on screen). */
  text(record: SearchRecord): Promise<string>;
  /** Number of records (sections) over all editions. */
  readonly size: number;
}

export function createSearcher(sources: readonly EditionSource[]): Searcher {
  const store = createShardStore(sources);
  return {
    size: store.size,
    text: (record) => store.text(record.id),
    search(query, options = {}) {
      return planQuery(store, query).then((groups) => {
        const terms = groups.flat().flatMap((a) => a.terms);
        if (groups.length === 0) return {hits: [], terms, searched: false};
        const ranked = rank(store, groups, options, options.limit ?? 10);
        return Promise.all(
          ranked.map((r) => store.record(r.id).then((record): SearchHit => ({record, score: r.score}))),
        ).then((hits) => ({hits, terms, searched: true}));
      });
    },
  };
}
