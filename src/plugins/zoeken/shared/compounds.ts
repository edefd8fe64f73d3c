/**
 * Dutch writes compounds as one word: "gezinshuisouders", "spanningsveld".
 * A reader who types "ouder" or "spanning" should still find them. At index
 * time we split each long (stemmed) word into parts that the site itself uses
 * as words (its vocabulary), allowing the linking sounds -s-, -e- and -en-,
 * and index those parts beside the word. Splitting against the site's own
 * vocabulary keeps it honest: no dictionary, no guessed parts.
 */
export const MIN_COMPOUND_LENGTH = 8;
export const MIN_PART_LENGTH = 4;
const LINKING = ['', 's', 'e', 'en'] as const;

function splitOnce(word: string, vocabulary: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  for (let i = MIN_PART_LENGTH - 1; i <= word.length - MIN_PART_LENGTH; i++) {
    const head = word.slice(0, i);
    const rest = word.slice(i);
    for (const link of LINKING) {
      if (!rest.startsWith(link)) continue;
      const tail = rest.slice(link.length);
      if (tail.length < MIN_PART_LENGTH) continue;
      const headKnown = head.length >= MIN_PART_LENGTH && vocabulary.has(head);
      const tailKnown = vocabulary.has(tail);
      // Both halves known is a sure split; one known half is enough when it is long.
      if (headKnown && tailKnown) parts.push(head, tail);
      else if (tailKnown && tail.length >= 5) parts.push(tail);
      else if (headKnown && head.length >= 5 && link !== '') parts.push(head);
    }
  }
  return parts;
}

/**
 * The known parts of a compound, recursively ("gezinshuisouder" → gezinshuis,
 * ouder, gezin, huis). The word itself is never among them. Words shorter than
 * MIN_COMPOUND_LENGTH are left alone.
 */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>, depth = 2): string[] {
  if (word.length < MIN_COMPOUND_LENGTH || depth === 0) return [];
  const out = new Set<string>();
  for (const part of splitOnce(word, vocabulary)) {
    if (part === word) continue;
    out.add(part);
    for (const sub of compoundParts(part, vocabulary, depth - 1)) out.add(sub);
  }
  return Array.from(out);
}

/**
 * Query side. A reader may type a compound the site never uses
 * ("loyaliteitsconflict") or one it uses beside others with the same first
 * part ("rolverdeling" beside "rolverheldering"). The browser only knows the
 * terms of the shards it has loaded, so a query word is split head first:
 * its heads are its own first letters (one neighbourhood of the index), and
 * only the tails after a known head are looked up.
 */
export const MIN_HEAD_LENGTH = 3;

export interface SplitCandidate {
  /** The first part as typed: word.slice(0, i). */
  head: string;
  /** The linking sound after it: "", "s", "e" or "en". */
  link: string;
  /** The rest after the linking sound. */
  tail: string;
}

/** Every way to cut `word` into head + linking sound + tail with a head of ≥ 3 and a tail of ≥ 4 letters. */
export function splitCandidates(word: string): SplitCandidate[] {
  const out: SplitCandidate[] = [];
  if (word.length < MIN_COMPOUND_LENGTH) return out;
  for (let i = MIN_HEAD_LENGTH; i <= word.length - MIN_PART_LENGTH; i++) {
    const head = word.slice(0, i);
    const rest = word.slice(i);
    for (const link of LINKING) {
      if (!rest.startsWith(link)) continue;
      const tail = rest.slice(link.length);
      if (tail.length >= MIN_PART_LENGTH) out.push({head, link, tail});
    }
  }
  return out;
}

export interface QuerySplit {
  /** The head as the index knows it (the word or its stem). */
  head: string;
  /** The tail as the index knows it; absent when only the head is a word of the site. */
  tail?: string;
}

/**
 * The best split of a query word, given `head` and `tail` (which return the
 * form the index knows a part by, or undefined): the longest known head with a known
 * tail (a three-letter head only before a tail of five letters or more, as in
 * rol|verdeling); else the longest known head of five letters or more that a
 * linking sound joins to an unknown rest (loyaliteit|s|conflict).
 */
export function splitQueryWord(
  word: string,
  head: (part: string) => string | undefined,
  tail: (part: string) => string | undefined = head,
): QuerySplit | undefined {
  let both: QuerySplit | undefined;
  let bothLength = 0;
  let headOnly: QuerySplit | undefined;
  let headOnlyLength = 0;
  for (const c of splitCandidates(word)) {
    const h = head(c.head);
    if (h === undefined || h === word) continue;
    const t = tail(c.tail);
    if (t !== undefined && (c.head.length >= MIN_PART_LENGTH || c.tail.length >= 5)) {
      if (c.head.length > bothLength) {
        both = {head: h, tail: t};
        bothLength = c.head.length;
      }
    } else if (t === undefined && c.head.length >= 5 && c.link !== '' && c.head.length > headOnlyLength) {
      headOnly = {head: h};
      headOnlyLength = c.head.length;
    }
  }
  return both ?? headOnly;
}
