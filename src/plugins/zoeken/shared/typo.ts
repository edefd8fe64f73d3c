/**
 * One-typo tolerance: for words of five letters or more, a word that is not in
 * the index may be one edit (insert, delete, replace, or swap of two
 * neighbours) away from one that is. Shorter words are too ambiguous.
 */
export const MIN_TYPO_LENGTH = 5;

/** True if a and b differ by at most one edit (Damerau, adjacent swap included). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // replace one, or swap two neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The vocabulary words one edit away from `term`, most frequent first.
 * Returns [] for short terms and for terms the vocabulary already knows.
 */
export function corrections(term: string, vocabulary: ReadonlyMap<string, number>, max = 3): string[] {
  if (term.length < MIN_TYPO_LENGTH || vocabulary.has(term)) return [];
  const found: Array<[string, number]> = [];
  for (const [word, count] of vocabulary) {
    if (Math.abs(word.length - term.length) <= 1 && withinOneEdit(term, word)) {
      found.push([word, count]);
    }
  }
  return found
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w);
}
