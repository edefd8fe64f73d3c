/**
 * Case and diacritics folding for Dutch. "Geïnteresseerde" and "geinteresseerde"
 * become the same letters; the single-glyph ligature "ĳ" (U+0133) and its capital
 * become the two letters "ij", so "IJssel", "ĳssel" and "ijssel" are one word.
 * We do not fold "ij" into "y": that would merge English words on the en site.
 */
import {foldAccents} from '../../../lib/accents';

const NON_WORD = /[^a-z0-9]+/;

export function normalize(text: string): string {
  return (
    foldAccents(text)
      .toLowerCase()
      // Apostrophes glue plurals ("dia's", "baby’s") to their word.
      .replace(/(\w)['’](s\b)/g, '$1$2')
  );
}

/** Splits normalised text into words; hyphenated words ("pleeg-ouder") become their parts. */
export function words(text: string): string[] {
  return normalize(text)
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}
