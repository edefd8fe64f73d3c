/** Data shapes of the overviews and the grouping the overview page does (client-safe, no I/O). */
/** Data files (createData): the overview's entries (imported by the overview page) and the edition notes (read at build time). */
export const SPANNINGSVELDEN_FILE = 'spanningsvelden.json';
export const SINDS2021_FILE = 'sinds2021.json';

export interface Sinds2021Entry {
  /** front matter `sinds2021` of the current page */
  tekst: string;
  /** permalink of the current page (with the locale's base URL) */
  permalink: string;
  title: string;
}

export interface SpanningsveldEntry {
  id: string;
  title: string;
  description: string;
  permalink: string;
  thema: string[];
  doelgroep: string[];
}

export interface KennisbankIndex {
  sinds2021: Record<string, Sinds2021Entry>;
  spanningsvelden: SpanningsveldEntry[];
}

/**
 * Groups entries by one of their list fields, keys in the given order first,
 * then any others alphabetically; an entry appears under each of its values.
 */
export function groupBy(
  entries: readonly SpanningsveldEntry[],
  field: 'thema' | 'doelgroep',
  order: readonly string[] = [],
): {key: string; entries: SpanningsveldEntry[]}[] {
  const groups = new Map<string, SpanningsveldEntry[]>();
  for (const e of entries) {
    for (const k of e[field]) groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  // Array.from, not [...iterator]: the client build's loose Babel spread turns an iterator into one element.
  return Array.from(groups.keys())
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nl'))
    .map((key) => ({key, entries: groups.get(key)!}));
}
