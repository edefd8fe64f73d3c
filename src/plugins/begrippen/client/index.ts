/**
 * What the glossary's theme components share in the browser: the term type and
 * the A–Z grouping. Data reaches components as props from the remark plugin;
 * there is no global glossary on the client.
 */
import type {Begrip} from '../../../content/glossary';
import {foldAccents} from '../../../lib/accents';

export type {Begrip};

/** First letter without accents, upper case: "één" → "E". */
export function letterOf(term: string): string {
  return foldAccents(term).charAt(0).toUpperCase();
}

/** Terms grouped by first letter, letters and terms in Dutch alphabetical order. */
export function groupByLetter(terms: readonly Begrip[]): [string, Begrip[]][] {
  const groups = new Map<string, Begrip[]>();
  for (const t of [...terms].sort((a, b) => a.term.localeCompare(b.term, 'nl'))) {
    const l = letterOf(t.term);
    groups.set(l, [...(groups.get(l) ?? []), t]);
  }
  // Array.from, not spread: the client build transpiles spread of an iterator loosely.
  return Array.from(groups.entries()).sort(([a], [b]) => a.localeCompare(b, 'nl'));
}
