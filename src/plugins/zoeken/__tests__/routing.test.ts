import {describe, expect, it} from 'vitest';
import {buildSearchIndex, type PageInput} from '../server/buildIndex';
import {editionFiles} from '../server/shard';
import {memorySource} from '../../../../tests/lib/zoeken/source';
import {joinCandidates} from '../shared/planner';
import {createSearcher} from '../shared/searcher';
import {isNarrow, MAX_PREFIX_SHARDS, MAX_TYPO_SHARDS, neighbourhood, shardOf, shardsForPrefix} from '../shared/routing';
import {encodeForIndex, stem} from '../shared/encoder';

describe('shardOf / shardsForPrefix', () => {
  const bounds = ['a', 'gast', 'geduld', 'ouder', 'samen', 'samenwerking', 'spanning'];
  it('puts a term in the last shard whose first term is not after it', () => {
    expect(shardOf('gastvrij', bounds)).toBe(1);
    expect(shardOf('geduld', bounds)).toBe(2);
    expect(shardOf('aaa', bounds)).toBe(0);
    expect(shardOf('zwijgen', bounds)).toBe(6);
  });
  it('gives every shard a prefix can reach into', () => {
    expect(shardsForPrefix('samenw', bounds)).toEqual([4, 5]);
    expect(shardsForPrefix('sam', bounds)).toEqual([3, 4, 5]);
    expect(shardsForPrefix('ge', bounds)).toEqual([1, 2]);
    expect(shardsForPrefix('x', bounds)).toEqual([6]);
  });
  it('calls a prefix narrow while its words fit in a few shards of every edition', () => {
    expect(MAX_PREFIX_SHARDS).toBe(2);
    expect(isNarrow('samenw', [bounds])).toBe(true);
    expect(isNarrow('sam', [bounds])).toBe(false);
    expect(isNarrow('samenw', [bounds, ['a', 'samenwa', 'samenwe', 'samenwz']])).toBe(false);
  });
  it('looks for typo corrections among the words sharing a prefix of three letters or more that spans few shards', () => {
    expect(neighbourhood('gastvirj', [bounds])).toBe('gas');
    const crowded = ['a', 'sam', 'sama', 'samb', 'samc', 'samd', 'same', 'samen', 'samenw', 't'];
    expect(MAX_TYPO_SHARDS).toBe(6);
    expect(neighbourhood('samenwerkin', [crowded])).toBe('same');
  });
});

describe('which shards a query needs', () => {
  const pages: PageInput[] = [
    {
      path: 'houding',
      title: 'Houding',
      type: 'handleiding',
      body: 'Intro.\n\n## Gastvrij zijn {#gastvrij}\n\nDe deur staat open voor ouders.\n\n## Geduld {#geduld}\n\nGeduldig blijven.',
    },
    {
      path: 'samenwerking',
      title: 'Samenwerking',
      type: 'handleiding',
      body: 'Over samenwerking met ouders en de gemeente. Zie ook de kenniscafés.',
    },
    {
      path: 'spanning',
      title: 'Spanningsvelden',
      type: 'spanningsveld',
      body: 'Waar gezinshuisouders en ouders botsen, en wat helpt.',
    },
  ];
  const files = editionFiles(buildSearchIndex({locale: 'nl', version: 'current', edition: 'E', pages}), {
    shardBytes: 60,
  });
  const bounds = files.meta.shards;
  const reading = () => {
    const read: string[] = [];
    const searcher = createSearcher([memorySource(files.files, (name) => read.push(name))]);
    read.length = 0; // meta.json is read when the searcher is made
    return {searcher, read};
  };
  const shard = (term: string) => `s${shardOf(term, bounds)}.json`;

  it('splits this small site into many shards', () => {
    expect(files.shards.length).toBeGreaterThan(10);
  });
  it('a known word: its own shard, then the sections of the hits shown', async () => {
    const {searcher, read} = reading();
    const {hits} = await searcher.search('geduld ', {limit: 1});
    expect(read).toEqual([shard('geduld'), `r${files.records.findIndex((r) => r.a === 'geduld')}.json`]);
    expect(hits).toHaveLength(1);
  });
  it('two words: the shards of both (as typed and stemmed), and of the compound they might be together', async () => {
    const {searcher, read} = reading();
    await searcher.search('geduld ouders ', {limit: 0});
    expect(shard('geduld')).not.toBe(shard('ouder'));
    const joins = joinCandidates(['geduld', 'ouders'])[0]!.spellings.flatMap((w) => [shard(w), shard(stem(w))]);
    expect(new Set(read)).toEqual(new Set([shard('geduld'), shard('ouder'), shard('ouders'), ...joins]));
  });
  it('a word being typed: its shard and the shards of its completions', async () => {
    const {searcher, read} = reading();
    const {terms} = await searcher.search('gedul', {limit: 0});
    expect(terms).toContain('geduld');
    expect(new Set(read)).toEqual(
      new Set([shard('gedul'), ...shardsForPrefix('gedul', bounds).map((i) => `s${i}.json`)]),
    );
  });
  it('a word that nothing completes: also the shards of its typo neighbourhood', async () => {
    const {searcher, read} = reading();
    const {terms} = await searcher.search('gedlud ');
    expect(terms).toContain('geduld');
    expect(new Set(read)).toEqual(
      new Set([
        shard('gedlud'),
        ...shardsForPrefix(neighbourhood('gedlud', [bounds]), bounds).map((i) => `s${i}.json`),
        'r' + files.records.findIndex((r) => r.a === 'geduld') + '.json',
      ]),
    );
  });
  it('a long word: also the shards of its possible first parts, for compounds', async () => {
    const {searcher, read} = reading();
    await searcher.search('gezinshuisouders ', {limit: 0});
    for (const t of [stem('gezinshuisouders'), 'gezin', 'gezinshuis']) expect(read, t).toContain(shard(t));
  });
  it('stopwords only: nothing; the same query again: nothing new', async () => {
    const {searcher, read} = reading();
    await searcher.search('de het een');
    expect(read).toEqual([]);
    await searcher.search('geduld ', {limit: 0});
    const first = read.length;
    await searcher.search('geduld ', {limit: 0});
    expect(read.length).toBe(first);
  });
  it('holds every index term in the shard the routing names', () => {
    files.shards.forEach((s, i) => {
      for (const [term] of s.rows) expect(shardOf(term, bounds), term).toBe(i);
    });
    for (const t of encodeForIndex('gastvrij samenwerking gezinshuisouders')) {
      expect(
        files.shards[shardOf(t, bounds)]?.rows.some((r) => r[0] === t),
        t,
      ).toBe(true);
    }
  });
});

describe('completions of a common prefix', () => {
  const words = [
    'bescherming',
    'beschermen',
    'beslissen',
    'bespreken',
    'bestaan',
    'besteden',
    'bestuur',
    'beseffen',
    'beschikbaar',
    'bestand',
  ];
  const pages: PageInput[] = words.map((w, i) => ({
    path: `p${i}`,
    title: `Pagina ${i}`,
    type: 'info',
    body: `${w} ${'bescherming '.repeat(i === 0 ? 5 : 0)}`,
  }));
  const files = editionFiles(buildSearchIndex({locale: 'nl', version: 'current', edition: 'E', pages}), {
    shardBytes: 120,
  });
  it('are filed with the prefix when its words span too many shards, and read from there', async () => {
    expect(isNarrow('bes', [files.meta.shards])).toBe(false);
    const home = files.shards[shardOf('bes', files.meta.shards)]!;
    expect(home.completions?.bes?.[0]).toBe('bescherm');
    const read: string[] = [];
    const searcher = createSearcher([memorySource(files.files, (name) => read.push(name))]);
    read.length = 0;
    const {terms} = await searcher.search('bes', {limit: 0});
    expect(terms).toContain('bescherm');
    // The prefix's own shard and the shards of the few completions, not every shard of "bes…".
    expect(read.length).toBeLessThan(shardsForPrefix('bes', files.meta.shards).length);
  });
});
