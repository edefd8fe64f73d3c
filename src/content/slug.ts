/**
 * The one rule that turns a title into a URL part, for `npm run nieuw` and the web
 * editor alike, so a title gives the same URL whichever route a contributor takes.
 * Pure: the editor's browser script imports it.
 */
import {foldAccents} from '../lib/accents';

/** Longest URL part or source key made from a title. */
export const KEBAB_MAX = 60;

/**
 * "Kenniscafé 2: Samen opvoeden!" → "kenniscafe-2-samen-opvoeden". A long title is cut
 * after its last whole word that fits (a key or URL never ends in half a word); only a
 * single word longer than the limit is cut inside itself.
 */
export function kebab(text: string): string {
  // NFKC first: compatibility forms (the ligature ﬁ, full-width letters, ²) become plain letters and digits.
  const full = foldAccents(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= KEBAB_MAX) return full;
  const cut = full.slice(0, KEBAB_MAX + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : full.slice(0, KEBAB_MAX)).replace(/-+$/, '');
}
