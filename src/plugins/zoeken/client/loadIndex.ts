/**
 * The one seam between build output and browser: fetches an edition's index
 * files relative to the site's baseUrl (so a non-root baseUrl and an offline
 * intranet copy work), caches each fetch per URL, refuses URLs on another
 * origin, and lazy-loads the search engine. Nothing here runs before the
 * reader focuses the search field or presses a key; after that, only the
 * small meta file of each edition, then the shards and sections a query needs.
 */
import {
  INDEX_FORMAT,
  recordFileName,
  shardFileName,
  textFileName,
  type IndexManifestEntry,
  type IndexMeta,
  type RecordCard,
  type ShardData,
} from '../shared/types';
import type {EditionSource} from '../shared/searcher';
import type {Engine} from './engine';

const fileCache = new Map<string, Promise<unknown>>();
const engineCache = new Map<string, Promise<Engine>>();

function fetchJson<T>(url: string): Promise<T> {
  const absolute = new URL(url, window.location.href);
  if (absolute.origin !== window.location.origin) {
    return Promise.reject(new Error(`Zoekindex van een andere host geweigerd: ${absolute.href}`));
  }
  let p = fileCache.get(absolute.href);
  if (!p) {
    p = fetch(absolute.href).then((r) => {
      if (!r.ok) throw new Error(`Zoekindex niet gevonden (${r.status}): ${absolute.pathname}`);
      return r.json() as Promise<unknown>;
    });
    p.catch(() => fileCache.delete(absolute.href));
    fileCache.set(absolute.href, p);
  }
  return p as Promise<T>;
}

function editionSource(metaUrl: string, meta: IndexMeta): EditionSource {
  if (meta.format !== INDEX_FORMAT) {
    throw new Error(
      `Zoekindex ${metaUrl} heeft formaat ${String(meta.format)}, verwacht ${INDEX_FORMAT}: laad de pagina opnieuw.`,
    );
  }
  const folder = metaUrl.slice(0, metaUrl.lastIndexOf('/') + 1);
  return {
    meta,
    shard: (i) => fetchJson<ShardData>(`${folder}${shardFileName(i)}`),
    record: (id) => fetchJson<RecordCard>(`${folder}${recordFileName(id)}`),
    text: (id) => fetchJson<string>(`${folder}${textFileName(id)}`),
  };
}

/** An engine over the given editions (versions) of this locale's site. */
export function loadEngine(baseUrl: string, entries: readonly IndexManifestEntry[]): Promise<Engine> {
  const key = `${baseUrl}|${entries.map((e) => e.file).join(',')}`;
  let p = engineCache.get(key);
  if (!p) {
    const urls = entries.map((e) => `${baseUrl}${e.file}`);
    p = Promise.all([import('./engine'), ...urls.map((u) => fetchJson<IndexMeta>(u))]).then(([mod, ...metas]) =>
      mod.createEngine(metas.map((meta, i) => editionSource(urls[i] as string, meta))),
    );
    p.catch(() => engineCache.delete(key));
    engineCache.set(key, p);
  }
  return p;
}
