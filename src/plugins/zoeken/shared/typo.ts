/**
 * Typo tolerance: for words of five letters or more, a word that is not in
 * the index may be one edit (insert, delete, replace, or swap of two
 * neighbours) away from one that is; from nine letters on, two edits.
 * Shorter words are too ambiguous.
 */
export const MIN_TYPO_LENGTH = 5;
export const MIN_TWO_TYPO_LENGTH = 9;

/** How many edits a word of this length may be away from its correction. */
export const maxEdits = (length: number): number =>
  length >= MIN_TWO_TYPO_LENGTH ? 2 : length >= MIN_TYPO_LENGTH ? 1 : 0;

/** Optimal-string-alignment distance (Damerau: adjacent swaps count once), or max + 1 when over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length] as number, max + 1);
}

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
 * The vocabulary words nearest to `term` within its edits (maxEdits), fewest
 * edits first, then most frequent. Returns [] for short terms and for terms
 * the vocabulary already knows.
 */
export function corrections(term: string, vocabulary: ReadonlyMap<string, number>, max = 3): string[] {
  const edits = maxEdits(term.length);
  if (edits === 0 || vocabulary.has(term)) return [];
  const found: Array<[string, number, number]> = [];
  for (const [word, count] of vocabulary) {
    const d = editDistance(term, word, edits);
    if (d <= edits) found.push([word, d, count]);
  }
  // Only the nearest: a word one edit away is a better guess than any two edits away.
  const nearest = Math.min(...found.map((f) => f[1]));
  return found
    .filter((f) => f[1] === nearest)
    .sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w);
}
