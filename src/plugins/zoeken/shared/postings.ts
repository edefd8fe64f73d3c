/**
 * Posting lists: for one term, the records (or pages) that hold it and how
 * strongly, as a BM25F weight (shared/fields.ts) made at build time. A weight
 * travels as a level from 1 to 35 on a logarithmic scale (each level about
 * 12 % above the one before), which BM25's saturation makes more than precise
 * enough, and which costs one base-36 digit.
 *
 * A section list also says where in the section the term first stands: its
 * word position (heading first, then text) in steps of POSITION_STEP words,
 * 0 to 35, so the scorer can tell words that stand together.
 *
 * On the wire a list is a string of base-36 numbers separated by ",", in
 * ascending id order; each number is (gap × 36 + level) × 36 + place for a
 * section list and gap × 36 + level for a page list, the gap being the id
 * minus the one before (the first: minus 0). Pages [[3, 5], [40, 1]] are "35,111".
 */

/** Levels from 1 (weakest) to MAX_LEVEL; 0 is never used, so every entry says something. */
export const MAX_LEVEL = 35;
const LEVEL_BASE = 1.12;

/** The level a weight > 0 travels as. */
export function toLevel(weight: number): number {
  const level = Math.round(Math.log1p(weight) / Math.log(LEVEL_BASE));
  return Math.min(MAX_LEVEL, Math.max(1, level));
}

/** The weight a level stands for. */
export function fromLevel(level: number): number {
  return Math.pow(LEVEL_BASE, level) - 1;
}

/** Word positions travel in steps of this many words (0–35: a section's first 288 words apart). */
export const POSITION_STEP = 8;
export const MAX_PLACE = 35;

/** The place (0–35) of a word position. */
export const toPlace = (position: number): number => Math.min(MAX_PLACE, Math.floor(position / POSITION_STEP));

/** [id, level] pairs (page lists) or [id, level, place] (section lists), ascending by id. */
export type Posting = [id: number, level: number, place?: number];

export function encodePostings(postings: readonly Posting[]): string {
  let prev = 0;
  return postings
    .map(([id, level, place], i) => {
      const gap = id - prev;
      if (i > 0 && gap <= 0) throw new Error(`Zoekindex: ids in een lijst moeten oplopen (${id} na ${prev}).`);
      if (!(level >= 1 && level <= MAX_LEVEL))
        throw new Error(`Zoekindex: niveau ${level} ligt niet tussen 1 en ${MAX_LEVEL}.`);
      prev = id;
      const n = gap * 36 + level;
      return (place === undefined ? n : n * 36 + Math.min(MAX_PLACE, place)).toString(36);
    })
    .join(',');
}

/** A decoded posting: the id (plus offset), the weight its level stands for, and its place (0 for page lists). */
export type Decoded = [id: number, weight: number, place: number];

/**
 * Back to [id, weight, place], with `offset` added to every id (editions share one id space);
 * `places` says whether the list carries them (section lists do, page lists do not).
 */
export function decodePostings(text: string, offset = 0, places = false): Decoded[] {
  if (text === '') return [];
  let prev = offset;
  return text.split(',').map((s): Decoded => {
    let v = parseInt(s, 36);
    const place = places ? v % 36 : 0;
    if (places) v = Math.floor(v / 36);
    prev += Math.floor(v / 36);
    return [prev, fromLevel(v % 36), place];
  });
}

/**
 * At most `limit` postings: the strongest (ties: lowest id), back in id order.
 * A term on thousands of sections of a big site keeps the ones that can
 * still rank; its document frequency travels apart, so its weight is unchanged.
 */
export function strongest(postings: readonly Posting[], limit: number): Posting[] {
  if (postings.length <= limit) return postings.slice();
  return postings
    .slice()
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .sort((a, b) => a[0] - b[0]);
}
