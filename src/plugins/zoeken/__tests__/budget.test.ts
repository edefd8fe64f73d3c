/**
 * Byte budget, not speed: the index files the first search of a visit
 * downloads on the real site (meta, shards, the sections shown), for every
 * committed query. The engine chunk's half of the budget is checked on the
 * build (tests/browser/zoeken-index.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS} from '../options';
import {buildSearchIndex} from '../server/buildIndex';
import {BLOG_TYPE, pagesFromFolder, synonymsFrom} from '../server/collect';
import type {ReaderQuery} from '../server/evaluate';
import {firstSearchBytes, INDEX_BUDGET} from '../server/firstSearch';
import {editionFiles} from '../server/shard';

const ROOT = path.resolve(__dirname, '../../../..');
const {queries} = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/search-queries.json'), 'utf8')) as {queries: ReaderQuery[]};
const docs = pagesFromFolder(path.join(ROOT, 'docs'));
const blog = pagesFromFolder(path.join(ROOT, 'blog'), 'kenniscafes/');
const file = buildSearchIndex({
  locale: 'nl',
  version: 'current',
  edition: 'Editie 2024',
  pages: [...docs.pages, ...blog.pages.map((p) => ({...p, type: BLOG_TYPE}))],
  synonyms: synonymsFrom(docs.frontMatters),
  thesaurus: DEFAULT_OPTIONS.thesaurus,
});

async function heaviest(files: ReadonlyMap<string, string>, qs = queries): Promise<{q: string; bytes: number}> {
  let worst = {q: '', bytes: 0};
  for (const {q} of qs) {
    const {bytes} = await firstSearchBytes(files, q);
    if (bytes > worst.bytes) worst = {q, bytes};
  }
  return worst;
}

describe('first-search download on the real site', () => {
  it(`index files stay within ${INDEX_BUDGET / 1024} KiB gzip for every committed query`, async () => {
    const worst = await heaviest(editionFiles(file).files);
    expect(worst.bytes, `${worst.q}: ${worst.bytes} bytes`).toBeLessThanOrEqual(INDEX_BUDGET);
  });
  it('the budget can fail: the whole index in one shard is over it', async () => {
    const worst = await heaviest(editionFiles(file, {shardBytes: 10_000_000}).files, queries.slice(0, 1));
    expect(worst.bytes).toBeGreaterThan(INDEX_BUDGET);
  });
});
