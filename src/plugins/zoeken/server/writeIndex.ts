import fs from 'node:fs/promises';
import path from 'node:path';
import {INDEX_ROOT, META_FILE, type IndexManifestEntry, type SearchIndexFile} from '../shared/types';
import {editionFiles, type EditionFiles} from './shard';

// Global data (manifestOf) and the files (writeIndexFiles) come from one sharding per edition.
const sharded = new WeakMap<SearchIndexFile, EditionFiles>();

export function filesOf(file: SearchIndexFile): EditionFiles {
  let e = sharded.get(file);
  if (!e) {
    e = editionFiles(file);
    sharded.set(file, e);
  }
  return e;
}

/**
 * Writes each edition's index folder below `dir` (the build output, or the
 * folder `docusaurus start` serves). Folders from an earlier run go first:
 * their names carry a content hash, so they would only pile up.
 */
export async function writeIndexFiles(dir: string, files: readonly SearchIndexFile[]): Promise<void> {
  await fs.rm(path.join(dir, INDEX_ROOT), {recursive: true, force: true});
  for (const file of files) {
    const {dir: folder, files: contents} = filesOf(file);
    const target = path.join(dir, folder);
    await fs.mkdir(target, {recursive: true});
    const entries = Array.from(contents.entries());
    // A few dozen at a time: an edition of thousands of pages has thousands of files.
    for (let i = 0; i < entries.length; i += 64) {
      await Promise.all(
        entries.slice(i, i + 64).map(([name, content]) => fs.writeFile(path.join(target, name), content)),
      );
    }
  }
}

export function manifestOf(files: readonly SearchIndexFile[]): IndexManifestEntry[] {
  return files.map((f) => ({
    version: f.version,
    edition: f.edition,
    prefix: f.version === 'current' ? '' : `${f.version}/`,
    file: `${filesOf(f).dir}/${META_FILE}`,
  }));
}
