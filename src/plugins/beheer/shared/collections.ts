/**
 * The editor's collections and how a new entry gets its stable names. Shared by
 * the config generator (server) and the editor script (client): pure data and
 * functions, no imports that need Node.
 */
import {URLS} from '../../../content/vocabulary';

/** Collection names in the editor; they also name the editorial-workflow branches (cms/<collection>/<slug>). */
export const COLLECTIONS = {
  kenniscafes: 'kenniscafes',
  spanningsvelden: 'spanningsvelden',
  begrippen: 'begrippen',
  bronnen: 'bronnen',
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/**
 * "Kenniscafé 2: Ouders aan tafel" → "kenniscafe-2-ouders-aan-tafel". The same
 * rule as `npm run nieuw` (src/content/nieuw.ts; a unit test holds them equal),
 * so a title gives the same URL whichever route a contributor takes.
 */
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

/** URL base of the spanningsvelden (as in `npm run nieuw`). */
export const SPANNINGSVELDEN_URL = '/spanningsvelden';

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * Names a new entry needs and a contributor should not have to invent: filled in
 * just before saving when the field is empty, never changed once set (a URL that
 * organisations link to must not move when a title is corrected).
 *  - kenniscafé: slug from the title;
 *  - spanningsveld: id from the title, slug /spanningsvelden/<id>;
 *  - begrip: id from the term, slug /begrippen/<id> (the check requires exactly that);
 *  - bron: sleutel (the file name) from the title.
 */
export function fillNames(collection: string, data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {...data};
  const orKebab = (field: string, from: string) => {
    if (!text(out[field])) {
      const k = kebab(text(out[from]));
      if (k) out[field] = k;
    }
  };
  if (collection === COLLECTIONS.kenniscafes) orKebab('slug', 'title');
  if (collection === COLLECTIONS.spanningsvelden || collection === COLLECTIONS.begrippen) {
    orKebab('id', collection === COLLECTIONS.begrippen ? 'term' : 'title');
    const base = collection === COLLECTIONS.begrippen ? URLS.begrippen : SPANNINGSVELDEN_URL;
    if (!text(out.slug) && text(out.id)) out.slug = `${base}/${text(out.id)}`;
  }
  if (collection === COLLECTIONS.bronnen) orKebab('sleutel', 'titel');
  return out;
}
