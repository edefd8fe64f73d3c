/**
 * Letters without their accents, for everything that compares or sorts Dutch
 * words: URL parts (src/content/slug.ts), heading ids (src/content/rules/koppen.ts),
 * the A–Z letters of the glossary and the words of the search index. One rule, so
 * "één", "geïnteresseerd" and "ĳssel" fold the same way everywhere. Pure: the
 * browser code of the glossary and the search imports it.
 */

/** Combining marks (accents, umlauts, the diaeresis) that NFD splits off their letter. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * "één" → "een", "Geïnteresseerd" → "Geinteresseerd", "Ĳssel" → "IJssel". The
 * single-glyph ligature ĳ (U+0133) and its capital become the two letters i and j,
 * as Dutch writes them. Case stays as it was.
 */
export function foldAccents(text: string): string {
  return text
    .replace(/[\u0132\u0133]/g, (c) => (c === '\u0132' ? 'IJ' : 'ij'))
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
}
