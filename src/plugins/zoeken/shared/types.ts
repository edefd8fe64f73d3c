/** The one JSON shape that travels from the build to the browser. */
export const INDEX_FORMAT = 1;

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
  /** Plain text readers see in this section. */
  x: string;
  /** Extra index-only words: compound parts and glossary synonyms. */
  k: string;
}

export interface SearchIndexFile {
  format: typeof INDEX_FORMAT;
  locale: string;
  /** Docs version name: "current" or "2021". */
  version: string;
  /** Edition label readers see ("Editie 2024"). */
  edition: string;
  pages: IndexedPage[];
  sections: IndexedSection[];
  /** Groups of encoded words that mean the same (glossary aliases, site thesaurus), for query expansion. */
  synonyms?: string[][];
}

export interface IndexManifestEntry {
  version: string;
  edition: string;
  /** Versioned path prefix below baseUrl ("" for current, "2021/" for 2021). */
  prefix: string;
  file: string;
}

export function indexFileName(locale: string, version: string): string {
  return `search-index-${locale}-${version}.json`;
}
