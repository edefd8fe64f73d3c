import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../server/buildIndex';
import {synonymsFrom} from '../server/collect';
import {pagesFromFolder} from '../../../../tests/lib/zoeken/realSite';
import {cutShards, editionFiles} from '../server/shard';
import {INDEX_ROOT, META_FILE, type ShardRow} from '../shared/types';

const {pages, frontMatters} = pagesFromFolder(path.join(__dirname, '__fixtures__/website/docs'));
const file = buildSearchIndex({
  locale: 'nl',
  version: 'current',
  edition: 'Editie 2024',
  pages,
  synonyms: synonymsFrom(frontMatters),
  zoekwoorden: [{woorden: ['moeder'], vindt: ['ouder']}],
});

describe('editionFiles', () => {
  const e = editionFiles(file, {shardBytes: 400});
  it('writes meta, shards and one file per section into a folder named by locale, version and content', () => {
    expect(e.dir).toMatch(new RegExp(`^${INDEX_ROOT}/nl-current-[0-9a-f]{10}$`));
    expect(Array.from(e.files.keys())).toEqual([
      META_FILE,
      ...e.shards.map((_, i) => `s${i}.json`),
      ...file.sections.flatMap((_, i) => [`r${i}.json`, `t${i}.json`]),
    ]);
    expect(JSON.parse(e.files.get(META_FILE)!)).toEqual(e.meta);
  });
  it('gives ranking its shape in meta: sections per page, page types, shard bounds', () => {
    expect(e.meta.sections.reduce((a, b) => a + b, 0)).toBe(file.sections.length);
    expect(e.meta.pageTypes.map((t) => e.meta.types[t])).toEqual(file.pages.map((p) => p.y));
    expect(e.meta.shards).toEqual(e.shards.map((s) => s.rows[0]![0]));
    expect([...e.meta.shards].sort()).toEqual(e.meta.shards);
  });
  it('shows the description of a page before the text of its first section, as the page does', () => {
    const first = file.sections.findIndex((s) => file.pages[s.p]!.u === 'handleiding/samenwerken');
    expect(JSON.parse(e.files.get(`t${first}.json`)!)).toMatch(
      /^Hoe gezinshuisouders en ouders samenwerken\. Samenwerkingen/,
    );
    expect(JSON.parse(e.files.get(`t${first + 1}.json`)!)).not.toContain('Hoe gezinshuisouders');
  });
  it('keeps each section with its page for the results list: a small card at once, its text apart', () => {
    const i = file.sections.findIndex((s) => s.a === 'geinteresseerd');
    expect(JSON.parse(e.files.get(`r${i}.json`)!)).toEqual([
      'handleiding/samenwerken',
      'Samenwerken met ouders',
      'handleiding',
      'geinteresseerd',
      'Geïnteresseerd zijn',
    ]);
    expect(JSON.parse(e.files.get(`t${i}.json`)!)).toBe(e.records[i]!.x);
    expect(e.files.get(`r${i}.json`)).not.toContain(e.records[i]!.x.slice(0, 20));
  });
  it('names the folder by content: the same index gives the same name, a changed one another', () => {
    expect(editionFiles(file, {shardBytes: 400}).dir).toBe(e.dir);
    const changed = {...file, pages: file.pages.map((p, i) => (i === 0 ? {...p, t: `${p.t}!`} : p))};
    expect(editionFiles(changed, {shardBytes: 400}).dir).not.toBe(e.dir);
  });
  it('refuses sections that are not grouped page by page', () => {
    const shuffled = {...file, sections: [...file.sections].reverse()};
    expect(() => editionFiles(shuffled)).toThrow(/per pagina op volgorde/);
  });
});

describe('cutShards', () => {
  const row = (t: string): ShardRow => [t, 1, 1, '', '1'];
  it('starts a new shard when the next row would pass the size, never leaving one empty', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map(row);
    const size = JSON.stringify(rows[0]).length + 1;
    expect(cutShards(rows, size * 2).map((s) => s.map((r) => r[0]))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(cutShards([], 100)).toEqual([[]]);
    expect(cutShards(rows, 1)).toHaveLength(5);
  });
});
