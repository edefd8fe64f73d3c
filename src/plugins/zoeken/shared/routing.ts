/**
 * Which shards a term lives in. Shards cut the sorted list of an edition's
 * terms into ranges; `bounds[i]` is the first term of shard i.
 */

/** The one shard that holds `term` if the edition knows it. */
export function shardOf(term: string, bounds: readonly string[]): number {
  // Last i with bounds[i] <= term (a term before the first bound can only be in shard 0).
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((bounds[mid] as string) <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every shard that can hold a term starting with `prefix`. */
export function shardsForPrefix(prefix: string, bounds: readonly string[]): number[] {
  if (bounds.length === 0) return [];
  const out = [shardOf(prefix, bounds)];
  for (let i = (out[0] as number) + 1; i < bounds.length && (bounds[i] as string).startsWith(prefix); i++) out.push(i);
  return out;
}

/**
 * A prefix is looked up as a range only when its words fit in this many
 * shards of every edition. A prefix that begins more words than that ("ver",
 * "ge" on a big site) says too little to complete a word or to group
 * compounds by, and would cost a dozen fetches.
 */
export const MAX_PREFIX_SHARDS = 2;

export function isNarrow(prefix: string, editions: readonly (readonly string[])[], max = MAX_PREFIX_SHARDS): boolean {
  return editions.every((bounds) => shardsForPrefix(prefix, bounds).length <= max);
}

/**
 * A word the site does not know is rare next to typing, and a typo fixed is
 * worth a few more fetches than a completion: its neighbourhood may span
 * this many shards.
 */
export const MAX_TYPO_SHARDS = 6;

/** Completions offered for the word being typed. */
export const MAX_COMPLETIONS = 4;

/** Typo corrections of a word share at least its first three letters with it. */
export const MIN_NEIGHBOURHOOD = 3;

/**
 * Where one-typo corrections of `term` are looked for: the words sharing its
 * shortest prefix of three letters or more whose words fit in MAX_TYPO_SHARDS
 * shards. On a small site that is the first three letters; on a big one a
 * typo must sometimes come later in the word to be corrected.
 */
export function neighbourhood(term: string, editions: readonly (readonly string[])[]): string {
  for (let n = MIN_NEIGHBOURHOOD; n < term.length; n++) {
    if (isNarrow(term.slice(0, n), editions, MAX_TYPO_SHARDS)) return term.slice(0, n);
  }
  return term;
}
