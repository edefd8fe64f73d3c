/**
 * What the first search of a fresh visit downloads, computed from an
 * edition's files: meta.json, the shards the query needs and the sections of
 * the hits shown, each counted as the server sends it (gzip, except files
 * below the threshold under which nginx and the test server send them as is).
 * The benchmark and the byte-budget tests use it; no timing involved.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {createSearcher} from '../../../src/plugins/zoeken/shared/searcher';
import {INDEX_ROOT} from '../../../src/plugins/zoeken/shared/types';
import {memorySource} from './source';

/**
 * The first search of a visit downloads at most this much (gzip): the engine
 * chunk and the index files together. Split so each half can be checked where
 * it is known: the index files in the unit tests, the engine after a build.
 */
export const FIRST_SEARCH_BUDGET = 40 * 1024;
export const ENGINE_BUDGET = 14 * 1024;
export const INDEX_BUDGET = FIRST_SEARCH_BUDGET - ENGINE_BUDGET;

/** nginx's gzip_min_length in deploy/nginx.conf, and the compression middleware's default threshold. */
export const GZIP_MIN_BYTES = 1024;

export function servedBytes(text: string | Buffer): number {
  const raw = Buffer.byteLength(text);
  return raw < GZIP_MIN_BYTES ? raw : zlib.gzipSync(text).length;
}

/** Result lines the search dialog shows without scrolling in a 1280 × 720 window (their snippets load). */
export const VISIBLE_RESULTS = 4;

export interface FirstSearch {
  bytes: number;
  /** Index files read, in order. */
  files: string[];
}

export async function firstSearchBytes(
  files: ReadonlyMap<string, string>,
  query: string,
  limit = 8,
  options: {typed?: boolean} = {},
): Promise<FirstSearch> {
  const read: FirstSearch = {bytes: 0, files: []};
  const seen = new Set<string>();
  const searcher = createSearcher([
    memorySource(files, (name, text) => {
      // The browser fetches each file once (loadIndex.ts caches per URL).
      if (seen.has(name)) return;
      seen.add(name);
      read.bytes += servedBytes(text);
      read.files.push(name);
    }),
  ]);
  // Typed as a person types: the dialog searches after every keystroke.
  const steps = options.typed ? Array.from(query, (_, i) => query.slice(0, i + 1)) : [query];
  for (const q of steps) {
    const {hits} = await searcher.search(q, {limit});
    // The texts of the lines a reader sees: the dialog fetches a snippet once its line is on screen.
    for (const hit of hits.slice(0, VISIBLE_RESULTS)) await searcher.text(hit.record);
  }
  return read;
}

/** The files of an edition's index folder in a build, name → text. */
export function readIndexFolder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(folder)) files.set(name, fs.readFileSync(path.join(folder, name), 'utf8'));
  return files;
}

/** The index folder of one edition in a built site (build/ or build/en/). */
export function indexFolderIn(buildDir: string, locale: string, version: string): string | undefined {
  const root = path.join(buildDir, INDEX_ROOT);
  if (!fs.existsSync(root)) return undefined;
  const found = fs.readdirSync(root).filter((d) => d.startsWith(`${locale}-${version}-`));
  if (found.length > 1)
    throw new Error(`Meer dan één zoekindex voor ${locale}/${version} in ${root}: ${found.join(', ')}`);
  return found[0] === undefined ? undefined : path.join(root, found[0]);
}

/**
 * The lazily loaded engine chunk of a build (stemmer, searcher, snippets):
 * the one script, besides the main bundle that imports it, that exports
 * createEngine.
 */
export function engineChunkIn(buildDir: string): {file: string; gzip: number} | undefined {
  const dir = path.join(buildDir, 'assets/js');
  if (!fs.existsSync(dir)) return undefined;
  const found = fs
    .readdirSync(dir)
    .filter((f) => !f.startsWith('main.') && /\bcreateEngine:/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  if (found.length !== 1)
    throw new Error(`Verwacht precies één zoekmachine-chunk in ${dir}, gevonden: ${found.join(', ') || 'geen'}`);
  const file = found[0] as string;
  return {file, gzip: zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length};
}
