/**
 * Byte budget, not speed: the index files the first search of a visit
 * downloads on the real site (meta, shards, the sections shown), for every
 * committed query. The engine chunk's half of the budget is checked on the
 * build (tests/browser/zoeken-index.test.ts).
 */
import {describe, expect, it} from 'vitest';
import {queries, realSiteIndex} from '../../../../tests/lib/zoeken/realSite';
import {firstSearchBytes, INDEX_BUDGET} from '../../../../tests/lib/zoeken/firstSearch';
import {editionFiles} from '../server/shard';

const file = realSiteIndex();

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
