import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../server/buildIndex';
import {synonymsFrom} from '../server/collect';
import {pagesFromFolder} from '../../../../tests/lib/zoeken/realSite';
import {cutShards, editionFiles, fieldIndexes, termRows} from '../server/shard';
import {DEFAULT_OPTIONS} from '../options';
import {BLOG_TYPE} from '../server/collect';
import {decodePostings, firstIds, mergeSlots} from '../shared/postings';
import {FIELDS, PER_TERM_LIMIT} from '../shared/fields';
import {INDEX_ROOT, META_FILE, type SearchIndexFile, type ShardRow} from '../shared/types';

const {pages, frontMatters} = pagesFromFolder(path.join(__dirname, '__fixtures__/website/docs'));
const file = buildSearchIndex({
  locale: 'nl',
  version: 'current',
  edition: 'Editie 2024',
  pages,
  synonyms: synonymsFrom(frontMatters),
  thesaurus: [['ouder', 'moeder']],
});

describe('editionFiles', () => {
  const e = editionFiles(file, {shardBytes: 400});
  it('writes meta, shards and one file per section into a folder named by locale, version and content', () => {
    expect(e.dir).toMatch(new RegExp(`^${INDEX_ROOT}/nl-current-[0-9a-f]{10}$`));
    expect(Array.from(e.files.keys())).toEqual([
      META_FILE,
      ...e.shards.map((_, i) => `s${i}.json`),
      ...file.sections.map((_, i) => `r${i}.json`),
    ]);
    expect(JSON.parse(e.files.get(META_FILE)!)).toEqual(e.meta);
  });
  it('gives ranking its shape in meta: sections per page, page types, synonyms, shard bounds', () => {
    expect(e.meta.sections.reduce((a, b) => a + b, 0)).toBe(file.sections.length);
    expect(e.meta.pageTypes.map((t) => e.meta.types[t])).toEqual(file.pages.map((p) => p.y));
    expect(e.meta.synonyms).toContainEqual(['ouder', 'moeder']);
    expect(e.meta.shards).toEqual(e.shards.map((s) => s.rows[0]![0]));
    expect([...e.meta.shards].sort()).toEqual(e.meta.shards);
  });
  it('keeps each section with its page for the results list', () => {
    const i = file.sections.findIndex((s) => s.a === 'geinteresseerd');
    expect(JSON.parse(e.files.get(`r${i}.json`)!)).toMatchObject({
      u: 'handleiding/samenwerken',
      a: 'geinteresseerd',
      h: 'Geïnteresseerd zijn',
    });
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

describe('termRows', () => {
  it('lists title prefixes (forward) and text words (whole) with their counts', () => {
    const rows = new Map(termRows(file).map((r) => [r[0], r]));
    expect(rows.get('samenw')?.[1]).toBe(0); // a prefix of the title word, not a word
    expect(rows.get('samenw')?.[2]).not.toBe('');
    expect(rows.get('ouder')?.[1]).toBeGreaterThan(0);
    expect(rows.get('ouder')?.[4]).not.toBe('');
  });
  it('cuts every posting list after the records ranking reads', () => {
    const many = buildSearchIndex({
      locale: 'nl',
      version: 'current',
      edition: 'E',
      pages: Array.from({length: 150}, (_, i) => ({
        path: `p${i}`,
        title: `Pagina ${i}`,
        type: 'info',
        body: 'Ouders en opvoeders praten.',
      })),
    });
    const ouder = termRows(many).find((r) => r[0] === 'ouder')!;
    expect(decodePostings(ouder[4]).flat()).toHaveLength(PER_TERM_LIMIT);
  });
});

describe('cutShards', () => {
  const row = (t: string): ShardRow => [t, 1, '', '', '0', ''];
  it('starts a new shard when the next row would pass the size, never leaving one empty', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map(row);
    const size = JSON.stringify(rows[0]).length + 1;
    expect(cutShards(rows, size * 2).map((s) => s.map((r) => r[0]))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(cutShards([], 100)).toEqual([[]]);
    expect(cutShards(rows, 1)).toHaveLength(5);
  });
});

describe("the browser reads FlexSearch's answers", () => {
  const root = path.resolve(__dirname, '../../../..');
  const docs = pagesFromFolder(path.join(root, 'docs'));
  const blog = pagesFromFolder(path.join(root, 'blog'), 'kenniscafes/');
  const all = [...docs.pages, ...blog.pages.map((p) => ({...p, type: BLOG_TYPE}))];
  const edition = (pages: typeof all, version: string): SearchIndexFile =>
    buildSearchIndex({
      locale: 'nl',
      version,
      edition: version,
      pages,
      synonyms: synonymsFrom(docs.frontMatters),
      thesaurus: DEFAULT_OPTIONS.thesaurus,
    });

  it('for every term and field of the real site, the shard gives what Index.search(term) gives on the whole index', () => {
    const site = edition(all, 'current');
    const {search} = fieldIndexes(site);
    let checked = 0;
    const differ: string[] = [];
    for (const row of termRows(site)) {
      FIELDS.forEach((field, f) => {
        const expected = search(field, row[0], PER_TERM_LIMIT).join(',');
        if (firstIds(decodePostings(row[2 + f] as string), PER_TERM_LIMIT).join(',') !== expected)
          differ.push(`${field}: ${row[0]}`);
        checked++;
      });
    }
    expect(differ).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  }, 30_000);

  it('two editions merged in the browser give what one FlexSearch index over both gives', () => {
    const a = edition(all.slice(0, 60), 'current');
    const b = edition(all.slice(40), '2021');
    const both = {
      ...a,
      pages: [...a.pages, ...b.pages],
      sections: [...a.sections, ...b.sections.map((s) => ({...s, p: s.p + a.pages.length}))],
    };
    const {search} = fieldIndexes(both);
    const rowsA = new Map(termRows(a).map((r) => [r[0], r]));
    const rowsB = new Map(termRows(b).map((r) => [r[0], r]));
    for (const term of ['ouder', 'o', 'samenw', 'gastvrij', 'spanning', 'begeleid']) {
      FIELDS.forEach((field, f) => {
        const merged = mergeSlots(
          decodePostings((rowsA.get(term)?.[2 + f] as string) ?? ''),
          decodePostings((rowsB.get(term)?.[2 + f] as string) ?? '', a.sections.length),
        );
        expect(firstIds(merged, PER_TERM_LIMIT), `${field}: ${term}`).toEqual(search(field, term, PER_TERM_LIMIT));
      });
    }
  }, 30_000);
});
