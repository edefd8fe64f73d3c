/**
 * The editor's collections and how a new entry gets its stable names. Shared by
 * the config generator (server) and the editor script (client): pure data and
 * functions, no imports that need Node.
 */
import {kebab} from '../../../content/slug';
import {URLS} from '../../../content/vocabulary';

// The rule `npm run nieuw` uses (src/content/slug.ts), re-exported for the editor script.
export {kebab};

/** Collection names in the editor; they also name the editorial-workflow branches (cms/<collection>/<slug>). */
export const COLLECTIONS = {
  kenniscafes: 'kenniscafes',
  spanningsvelden: 'spanningsvelden',
  begrippen: 'begrippen',
  bronnen: 'bronnen',
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

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
    const base = collection === COLLECTIONS.begrippen ? URLS.begrippen : URLS.spanningsvelden;
    if (!text(out.slug) && text(out.id)) out.slug = `${base}/${text(out.id)}`;
  }
  if (collection === COLLECTIONS.bronnen) orKebab('sleutel', 'titel');
  return out;
}
