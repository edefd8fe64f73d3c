/** Pure helpers of the A–Z page (shared by server tests and the theme component). */
import type {Begrip} from './types';

/** First letter without accents, upper case: "één" → "E". */
export function letterOf(term: string): string {
  return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
}

/** Terms grouped by first letter, letters and terms in Dutch alphabetical order. */
export function groupByLetter(terms: Begrip[]): [string, Begrip[]][] {
  const groups = new Map<string, Begrip[]>();
  for (const t of [...terms].sort((a, b) => a.term.localeCompare(b.term, 'nl'))) {
    const l = letterOf(t.term);
    groups.set(l, [...(groups.get(l) ?? []), t]);
  }
  // Array.from, not spread: the client build transpiles spread of an iterator loosely.
  return Array.from(groups.entries()).sort(([a], [b]) => a.localeCompare(b, 'nl'));
}
