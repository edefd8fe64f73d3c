/**
 * The index the build really ships, for every locale and edition: the
 * committed reader queries must find the same places on the English site
 * (whose docs are mostly the Dutch text) and, where the 2021 edition has the
 * page, in that edition too. And the first search of a visit stays within its
 * byte budget, computed from the built files (engine chunk + index files).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {evaluate, type ReaderQuery} from '../lib/zoeken/evaluate';
import {
  engineChunkIn,
  ENGINE_BUDGET,
  FIRST_SEARCH_BUDGET,
  firstSearchBytes,
  indexFolderIn,
  readIndexFolder,
} from '../lib/zoeken/firstSearch';
import {folderSource} from '../lib/zoeken/source';
import {createSearcher} from '../../src/plugins/zoeken/shared/searcher';
import {BUILD_DIR} from '../lib/site';

const {queries} = JSON.parse(fs.readFileSync(path.resolve('tests/search-queries.json'), 'utf8')) as {
  queries: ReaderQuery[];
};

const indexes = [
  {dir: BUILD_DIR, locale: 'nl'},
  {dir: path.join(BUILD_DIR, 'en'), locale: 'en'},
].flatMap(({dir, locale}) =>
  ['current', '2021'].map((version) => ({locale, version, folder: indexFolderIn(dir, locale, version)})),
);

describe('committed queries on the built search indexes', () => {
  it.each(indexes)('$locale / $version', async ({locale, version, folder}) => {
    expect(folder, `geen zoekindex voor ${locale}/${version} in de build`).toBeDefined();
    const source = await folderSource(folder!);
    const prefix = version === 'current' ? '' : `${version}/`;
    const pages = new Set<string>();
    for (let id = 0; id < source.meta.sections.reduce((a, b) => a + b, 0); id++)
      pages.add((await source.record(id))[0]);
    // A question counts for an edition when that edition has a page it should find.
    const applicable = queries
      .map((q) => ({...q, expect: q.expect.map((e) => prefix + e).filter((e) => pages.has(e.split('#')[0]!))}))
      .filter((q) => q.expect.length > 0);
    expect(applicable.length).toBeGreaterThanOrEqual(version === 'current' ? queries.length : 10);
    const searcher = createSearcher([source]);
    const result = await evaluate(applicable, async (q) =>
      (await searcher.search(q, {limit: 5})).hits.map((h) => h.record.path),
    );
    expect(result.successAt5, JSON.stringify(result.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });
});

/** Every file of every search index the build ships (each locale and edition). */
function searchFiles(): string[] {
  return indexes.flatMap(({folder}) => (folder ? fs.readdirSync(folder).map((f) => path.join(folder, f)) : []));
}
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Markup a reader never sees: glossary markers, heading ids, admonition fences, MDX tags, imports. */
export const HIDDEN_MARKUP =
  /\[\[|\]\]|\{#[\w-]+\}|\{\/\*|:::|<\/?[A-Z][A-Za-z]*[\s/>]|^import\s|\bexport\s+(default|const)\b/m;

describe('what the index holds is what the reader reads', () => {
  it('recognises each kind of hidden markup (so the check below can fail)', () => {
    for (const s of [
      'samenwerken met ouders [[maatwerk]] is dat',
      'Kop {#kop}',
      'Kop {/* #kop */}',
      ':::tip',
      'zie <BegrippenLijst />',
      "import X from 'y'",
    ]) {
      expect(s).toMatch(HIDDEN_MARKUP);
    }
    expect('Ze stemmen af op elkaar, op 10:30 uur. <3 is geen tag.').not.toMatch(HIDDEN_MARKUP);
  });

  it('no text in any shipped search file contains markup the reader never sees', () => {
    const files = searchFiles();
    expect(files.length).toBeGreaterThanOrEqual(4 * 10);
    const found = files.flatMap((f) =>
      strings(JSON.parse(fs.readFileSync(f, 'utf8')))
        .filter((s) => HIDDEN_MARKUP.test(s))
        .map((s) => `${path.relative(BUILD_DIR, f)}: ${s.slice(0, 120)}`),
    );
    expect(found).toEqual([]);
  });
});

describe('first-search download on the built site (nl, current edition)', () => {
  it(`engine chunk ≤ ${ENGINE_BUDGET / 1024} KiB, and with the index files ≤ ${FIRST_SEARCH_BUDGET / 1024} KiB gzip for every committed query`, async () => {
    const engine = engineChunkIn(BUILD_DIR);
    expect(engine, 'geen zoekmachine-chunk in de build').toBeDefined();
    expect(engine!.gzip, engine!.file).toBeLessThanOrEqual(ENGINE_BUDGET);
    const files = readIndexFolder(indexFolderIn(BUILD_DIR, 'nl', 'current')!);
    let worst = {q: '', bytes: 0};
    for (const {q} of queries) {
      const {bytes} = await firstSearchBytes(files, q);
      if (bytes > worst.bytes) worst = {q, bytes};
    }
    expect(
      engine!.gzip + worst.bytes,
      `${worst.q}: engine ${engine!.gzip} + index ${worst.bytes} bytes`,
    ).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});
