import fs from 'node:fs/promises';
import path from 'node:path';
import {indexFileName, type IndexManifestEntry, type SearchIndexFile} from '../shared/types';

/** Writes each index as JSON into `dir` and returns the manifest the browser gets. */
export async function writeIndexFiles(dir: string, files: readonly SearchIndexFile[]): Promise<void> {
  await fs.mkdir(dir, {recursive: true});
  await Promise.all(files.map((f) => fs.writeFile(path.join(dir, indexFileName(f.locale, f.version)), JSON.stringify(f))));
}

export function manifestOf(files: readonly SearchIndexFile[]): IndexManifestEntry[] {
  return files.map((f) => ({
    version: f.version,
    edition: f.edition,
    prefix: f.version === 'current' ? '' : `${f.version}/`,
    file: indexFileName(f.locale, f.version),
  }));
}
