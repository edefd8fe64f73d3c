/**
 * The one seam between build output and browser: fetches index files relative
 * to the site's baseUrl (so a non-root baseUrl and an offline intranet copy
 * work), caches each fetch per URL, refuses URLs on another origin, and
 * lazy-loads the search engine. Nothing here runs before the reader focuses
 * the search field or presses a key.
 */
import type {IndexManifestEntry, SearchIndexFile} from '../shared/types';
import type {Engine} from './engine';

const fileCache = new Map<string, Promise<SearchIndexFile>>();
const engineCache = new Map<string, Promise<Engine>>();

function fetchIndex(url: string): Promise<SearchIndexFile> {
  const absolute = new URL(url, window.location.href);
  if (absolute.origin !== window.location.origin) {
    return Promise.reject(new Error(`Zoekindex van een andere host geweigerd: ${absolute.href}`));
  }
  let p = fileCache.get(absolute.href);
  if (!p) {
    p = fetch(absolute.href).then((r) => {
      if (!r.ok) throw new Error(`Zoekindex niet gevonden (${r.status}): ${absolute.pathname}`);
      return r.json() as Promise<SearchIndexFile>;
    });
    p.catch(() => fileCache.delete(absolute.href));
    fileCache.set(absolute.href, p);
  }
  return p;
}

/** An engine over the given editions (versions) of this locale's site. */
export function loadEngine(baseUrl: string, entries: readonly IndexManifestEntry[]): Promise<Engine> {
  const key = `${baseUrl}|${entries.map((e) => e.file).join(',')}`;
  let p = engineCache.get(key);
  if (!p) {
    p = Promise.all([import('./engine'), ...entries.map((e) => fetchIndex(`${baseUrl}${e.file}`))]).then(
      ([mod, ...files]) => mod.createEngine(files),
    );
    p.catch(() => engineCache.delete(key));
    engineCache.set(key, p);
  }
  return p;
}
