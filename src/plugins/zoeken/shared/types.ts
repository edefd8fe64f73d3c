/**
 * What travels from the build to the browser.
 *
 * At build time an edition's index is one SearchIndexFile in memory. It is
 * written as a folder of small files (see server/writeIndex.ts), so that the
 * first search downloads only what the query needs:
 * - `meta.json`: the edition's shape (sections per page, page types,
 *   synonyms) and the first term of every shard;
 * - `s<i>.json`: one shard of the term index, an alphabetical range of terms
 *   with their postings per field;
 * - `r<i>.json`: section (record) i as a result line names it (page,
 *   title, heading), fetched for each hit shown;
 * - `t<i>.json`: its text, for the snippet, fetched only once its result
 *   line is on screen.
 */
export const INDEX_FORMAT = 5;

export interface IndexedPage {
  /** Path below the locale's baseUrl, without leading slash ("spanningsvelden/breder-netwerk"). */
  u: string;
  /** Page title. */
  t: string;
  /** Content type (front matter `type`, or "kenniscafe" for blog posts). */
  y: string;
}

export interface IndexedSection {
  /** Index into `pages`. */
  p: number;
  /** Heading anchor ("" for the part above the first heading). */
  a: string;
  /** Section path: h2, or "h2 › h3". */
  h: string;
  /** Plain text readers see in this section (the first one is shown after the page's description). */
  x: string;
  /** Extra index-only words: compound parts and glossary synonyms. */
  k: string;
  /** For a section that is mostly links ("Zie ook"), the text of its links (part of `x`): words that name other pages. */
  l?: string;
  /** 1 for a section of questions for the reader to think about ("Vragen om over na te denken"): it asks, it does not answer. */
  r?: 1;
}

/** A page as the build indexes it: what readers see of it, and what is indexed for the whole page. */
export interface IndexedPageEntry extends IndexedPage {
  /** Description (with the page's "Kort gezegd"): indexed with the page; shown with its first section. */
  d: string;
  /** Extra index-only words of title and description (compound parts, glossary synonyms), and what lists of links on other pages call it. */
  k: string;
}

/** An edition's index as buildSearchIndex returns it (in memory, before sharding). */
export interface SearchIndexFile {
  format: typeof INDEX_FORMAT;
  locale: string;
  /** Docs version name: "current" or "2021". */
  version: string;
  /** Edition label readers see ("Editie 2024"). */
  edition: string;
  pages: IndexedPageEntry[];
  /** Sections page by page: the sections of page p are contiguous and in page order. */
  sections: IndexedSection[];
  /** Per encoded query term, what it also finds (glossary aliases, thesaurus, everyday words): terms or phrases. */
  also?: Record<string, string[]>;
  /** Per compound index term, the parts the build indexed it by (compounds.ts). */
  parts?: Record<string, string[]>;
}

/** `meta.json`: everything ranking needs before any shard arrives. */
export interface IndexMeta {
  format: typeof INDEX_FORMAT;
  locale: string;
  version: string;
  edition: string;
  /** Number of sections of each page; record ids run page by page from 0. */
  sections: number[];
  /** Content types; `pageTypes[p]` is an index into this list. */
  types: string[];
  pageTypes: number[];
  /** First term of each shard, ascending; shard i holds the terms from shards[i] up to shards[i + 1]. */
  shards: string[];
  /** Record ids of the sections that ask the reader rather than answer (IndexedSection.r), ascending. */
  asks: number[];
}

/**
 * One row of a shard: [term, count, df, pages, sections, also?, parts?].
 * - `count`: how often the word occurs in the edition; 0 for a word only
 *   readers use, whose row is there for `also`;
 * - `df`: on how many pages it occurs (for its idf);
 * - `pages`: posting list (shared/postings.ts) of the pages whose title holds
 *   it, by page index, with the title's BM25F weight; then, after a ";" when
 *   there are any, the pages whose description (with "Kort gezegd") or its
 *   extra words hold it;
 * - `sections`: posting list of the records whose heading, text or extra
 *   words hold it, with their BM25F weight added up;
 * - `also`: what a query for this word also looks for (site synonyms, the
 *   everyday words of src/data/zoekwoorden.yml), each a term or a phrase of
 *   terms separated by spaces;
 * - `parts`: the parts the build split this compound into (compounds.ts), so
 *   the query splits it the same way.
 */
export type ShardRow =
  | [term: string, count: number, df: number, pages: string, sections: string]
  | [term: string, count: number, df: number, pages: string, sections: string, also: string[]]
  | [term: string, count: number, df: number, pages: string, sections: string, also: string[], parts: string[]];

/** `s<i>.json` */
export interface ShardData {
  rows: ShardRow[];
  /**
   * Completions of prefixes too common to fetch all their words (routing.ts
   * isNarrow), kept in the shard the prefix itself routes to: prefix → the
   * most frequent words starting with it.
   */
  completions?: Record<string, string[]>;
}

/** A section with its page as the build holds it: what the results list shows of it. */
export interface RecordFragment {
  /** The page (IndexedPage fields). */
  u: string;
  t: string;
  y: string;
  /** The section: anchor, heading path, text (the first section's begins with the page's description). */
  a: string;
  h: string;
  x: string;
}

/** `r<i>.json`: what a result line needs at once: [page path, page title, type, anchor, heading path]. */
export type RecordCard = [u: string, t: string, y: string, a: string, h: string];

export interface IndexManifestEntry {
  version: string;
  edition: string;
  /** Versioned path prefix below baseUrl ("" for current, "2021/" for 2021). */
  prefix: string;
  /** The edition's meta.json, below baseUrl; its shards and records sit beside it. */
  file: string;
}

/** The plugin's one piece of global data: every page's search bar needs to know which index files exist. */
export interface ZoekenGlobalData {
  indexes: IndexManifestEntry[];
  searchPagePath: string;
}

/** Folder below the site root that holds every edition's index folder. */
export const INDEX_ROOT = 'assets/zoekindex';

export const META_FILE = 'meta.json';
export const shardFileName = (i: number): string => `s${i}.json`;
export const recordFileName = (id: number): string => `r${id}.json`;
/** `t<i>.json`: the section's text, for its snippet, fetched only when its result is shown. */
export const textFileName = (id: number): string => `t${id}.json`;
