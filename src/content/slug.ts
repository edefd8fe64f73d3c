/**
 * The one rule that turns a title into a URL part, for `npm run nieuw` and the web
 * editor alike, so a title gives the same URL whichever route a contributor takes.
 * Pure: the editor's browser script imports it.
 */

/** "Kenniscafé 2: Samen opvoeden!" → "kenniscafe-2-samen-opvoeden" */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
