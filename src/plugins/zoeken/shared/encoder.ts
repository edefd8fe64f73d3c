/**
 * The Dutch encoder the index (server/terms.ts) and queries (shared/planner.ts) share:
 * normalise (case, diacritics, ĳ) → words → drop stopwords → Snowball Dutch
 * stem, plus three light fixes Snowball leaves undone: undoubled final
 * consonants (stell → stel), final z/v as Snowball treats s/f (grenzen → gren like grens, brieven → brief)
 * and the -eren plural of kind (pleegkinder → pleegkind).
 */
// Snowball's Dutch algorithm, as one 6 kB module: the browser's search chunk carries no other language.
import {stemmer as snowballDutch} from '@orama/stemmers/dutch';
import {words} from './normalize';
import {DUTCH_STOPWORDS} from './stopwords';

// Snowball is slow per call and text repeats its words: remember the stems.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = fixStem(snowballDutch(word));
  if (cache.size < CACHE_LIMIT) cache.set(word, s);
  return s;
}

function fixStem(snowballStem: string): string {
  let s = snowballStem;
  s = s.replace(/kinder$/, 'kind');
  s = s.replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1');
  if (s.length > 3) {
    s = s.replace(/v$/, 'f');
    // grenz(en) → gren, like Snowball's own grens → gren (s after a consonant other than j goes).
    s = s.replace(/([^aeiouyjè])z$/, '$1').replace(/z$/, 's');
  }
  return s;
}

/** A content word of a query: as typed (normalised), stemmed, and its place among all the query's words. */
export interface QueryWord {
  word: string;
  term: string;
  /** Index in words(text), stopwords included. */
  at: number;
}

export function encodeQueryWords(text: string): QueryWord[] {
  const out: QueryWord[] = [];
  words(text).forEach((w, at) => {
    if (!DUTCH_STOPWORDS.has(w)) out.push({word: w, term: stem(w), at});
  });
  return out;
}

/** Query terms: stemmed content words. */
export function encodeQuery(text: string): string[] {
  return encodeQueryWords(text).map((w) => w.term);
}

/**
 * Index terms: the stem of every content word, and also the unstemmed word
 * when it differs, so that a half-typed query ("samenwerkin") still matches
 * by prefix while a full one ("samenwerkingen") matches by stem.
 */
export function encodeForIndex(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (DUTCH_STOPWORDS.has(w)) continue;
    const s = stem(w);
    out.push(s);
    if (s !== w) out.push(w);
  }
  return out;
}
