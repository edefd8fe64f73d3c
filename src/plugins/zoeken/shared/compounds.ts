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
