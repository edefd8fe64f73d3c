/**
 * Edition sources for Node: the same files the browser fetches, read from
 * memory (tests, benchmark) or from a built site's folder. Both parse the JSON
 * text, so what is tested is what ships.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {createSearcher, type EditionSource, type Searcher} from '../../../src/plugins/zoeken/shared/searcher';
import {
  META_FILE,
  recordFileName,
  textFileName,
  shardFileName,
  type IndexMeta,
  type SearchIndexFile,
} from '../../../src/plugins/zoeken/shared/types';
import {editionFiles} from '../../../src/plugins/zoeken/server/shard';

export function memorySource(
  files: ReadonlyMap<string, string>,
  onRead?: (name: string, text: string) => void,
): EditionSource {
  const read = <T>(name: string): T => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`Zoekindex: ${name} ontbreekt`);
    onRead?.(name, text);
    return JSON.parse(text) as T;
  };
  return {
    meta: read<IndexMeta>(META_FILE),
    shard: async (i) => read(shardFileName(i)),
    record: async (id) => read(recordFileName(id)),
    text: async (id) => read(textFileName(id)),
  };
}

export async function folderSource(folder: string): Promise<EditionSource> {
  const read = async <T>(name: string): Promise<T> =>
    JSON.parse(await fs.readFile(path.join(folder, name), 'utf8')) as T;
  return {
    meta: await read<IndexMeta>(META_FILE),
    shard: (i) => read(shardFileName(i)),
    record: (id) => read(recordFileName(id)),
    text: (id) => read(textFileName(id)),
  };
}

/** A searcher over editions straight from buildSearchIndex, through their sharded files. */
export function searcherFor(files: readonly SearchIndexFile[], options: {shardBytes?: number} = {}): Searcher {
  return createSearcher(files.map((f) => memorySource(editionFiles(f, options).files)));
}
