/**
 * The one rule that turns a title into a URL part, for `npm run nieuw` and the web
 * editor alike, so a title gives the same URL whichever route a contributor takes.
 * Pure: the editor's browser script imports it.
 */
import {foldAccents} from '../lib/accents';

/** "Kenniscafé 2: Samen opvoeden!" → "kenniscafe-2-samen-opvoeden" */
export function kebab(text: string): string {
  // NFKC first: compatibility forms (the ligature ﬁ, full-width letters, ²) become plain letters and digits.
  return foldAccents(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
