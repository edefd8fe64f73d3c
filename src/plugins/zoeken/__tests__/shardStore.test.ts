import {describe, expect, it} from 'vitest';
import {buildSearchIndex, type PageInput} from '../server/buildIndex';
import {editionFiles} from '../server/shard';
import {shardOf} from '../shared/routing';
import {createShardStore, type EditionSource} from '../shared/shardStore';
import {META_FILE, type IndexMeta, type ShardData} from '../shared/types';

const pages: PageInput[] = [
  {path: 'a', title: 'Houding', type: 'handleiding', body: 'Intro.\n\n## Gastvrij zijn {#gastvrij}\n\nDe deur open.'},
  {path: 'b', title: 'Spanning', type: 'spanningsveld', body: 'Waar ouders en opvoeders botsen.'},
];
const current = editionFiles(
  buildSearchIndex({
    locale: 'nl',
    version: 'current',
    edition: 'Editie 2024',
    pages,
    zoekwoorden: [{woorden: ['moeder'], vindt: ['ouder']}],
  }),
  {shardBytes: 150},
);
const old = editionFiles(
  buildSearchIndex({
    locale: 'nl',
    version: '2021',
    edition: 'Editie 2021',
    pages: [{path: '2021/a', title: 'Houding', description: 'Een omschrijving.', type: 'handleiding', body: 'Ouders.'}],
  }),
  {shardBytes: 150},
);

/** A source over an edition's files that records which shards were fetched, and can fail once. */
function counted(files: ReadonlyMap<string, string>, failFirst = false) {
  const fetched: number[] = [];
  let fail = failFirst;
  const source: EditionSource = {
    meta: JSON.parse(files.get(META_FILE)!) as IndexMeta,
    shard: async (i) => {
      if (fail) {
        fail = false;
        throw new Error('netwerk weg');
      }
      fetched.push(i);
      return JSON.parse(files.get(`s${i}.json`)!) as ShardData;
    },
    record: async (id) => JSON.parse(files.get(`r${id}.json`)!),
    text: async (id) => JSON.parse(files.get(`t${id}.json`)!) as string,
  };
  return {source, fetched};
}

describe('createShardStore', () => {
  it('loads only the shard a term routes to, once', async () => {
    const {source, fetched} = counted(current.files);
    const store = createShardStore([source]);
    expect(current.meta.shards.length).toBeGreaterThanOrEqual(3);
    expect(store.isLoaded({exact: 'ouder'})).toBe(false);
    expect(store.known('ouder')).toBe(false);
    await store.load([{exact: 'ouder'}]);
    await store.load([{exact: 'ouder'}]);
    expect(fetched).toEqual([shardOf('ouder', current.meta.shards)]);
    expect(store.isLoaded({exact: 'ouder'})).toBe(true);
    expect(store.known('ouder')).toBe(true);
    expect(store.count('ouder')).toBeGreaterThan(0);
  });

  it('retries a shard whose fetch failed', async () => {
    const {source, fetched} = counted(current.files, true);
    const store = createShardStore([source]);
    await expect(store.load([{exact: 'gastvrij'}])).rejects.toThrow('netwerk weg');
    expect(store.isLoaded({exact: 'gastvrij'})).toBe(false);
    await store.load([{exact: 'gastvrij'}]);
    expect(store.isLoaded({exact: 'gastvrij'})).toBe(true);
    expect(fetched).toHaveLength(1);
  });

  it('knows the words of a prefix only once all its shards are in', async () => {
    const store = createShardStore([counted(current.files).source]);
    expect(store.wordsWithPrefix('gast').size).toBe(0);
    await store.load([{prefix: 'gast'}]);
    expect(Array.from(store.wordsWithPrefix('gast').keys())).toContain('gastvrij');
  });

  it('puts two editions in one id space and merges their postings', async () => {
    const store = createShardStore([counted(current.files).source, counted(old.files).source]);
    const n = current.records.length;
    expect(store.size).toBe(n + old.records.length);
    await store.load([{exact: 'ouder'}]);
    await store.load([{exact: 'moeder'}]);
    const ids = store.sectionPostings('ouder').map(([id]) => id);
    expect(ids.some((id) => id < n)).toBe(true);
    expect(ids).toContain(n);
    expect(store.count('ouder')).toBe(2);
    expect(store.df('ouder')).toBe(2);
    expect(store.pages).toBe(3);
    expect(store.alsoOf('moeder')).toEqual(['ouder']);
    // A title list names pages; the store keeps them by their first record.
    await store.load([{exact: 'houding'}]);
    expect(store.titlePostings('houding').map(([id]) => id)).toEqual([0, n]);
    // So does the description list after the title list.
    await store.load([{exact: 'omschrijving'}]);
    expect(store.aboutPostings('omschrijving').map(([id]) => id)).toEqual([n]);
    expect(store.titlePostings('omschrijving')).toEqual([]);
    expect((await store.record(n)).path).toBe('2021/a');
    expect((await store.record(n)).edition).toBe('Editie 2021');
  });

  it('maps records to their page and filters by type and version', async () => {
    const store = createShardStore([counted(current.files).source, counted(old.files).source]);
    const gastvrij = current.records.findIndex((r) => r.a === 'gastvrij');
    expect(store.pageKey(gastvrij)).toBe(0);
    expect(store.recordsOfPage(0)).toEqual([0, gastvrij]);
    expect(store.passes(gastvrij, {types: ['handleiding']})).toBe(true);
    expect(store.passes(gastvrij, {types: ['spanningsveld']})).toBe(false);
    expect(store.passes(gastvrij, {versions: ['2021']})).toBe(false);
    expect((await store.record(gastvrij)).path).toBe('a#gastvrij');
  });
});
