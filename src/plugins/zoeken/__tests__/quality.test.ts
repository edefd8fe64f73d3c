/**
 * Quality, not speed: the committed reader queries against an index of the
 * real docs and blog must reach success@5 ≥ 0.9.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS} from '../options';
import {buildSearchIndex} from '../server/buildIndex';
import {BLOG_TYPE, pagesFromFolder, synonymsFrom} from '../server/collect';
import {evaluate, type ReaderQuery} from '../server/evaluate';
import {searcherFor} from '../server/source';

const ROOT = path.resolve(__dirname, '../../../..');
const {queries} = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/search-queries.json'), 'utf8')) as {queries: ReaderQuery[]};

describe('search quality on the real site', () => {
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
  const searcher = searcherFor([file]);
  const rank = async (q: string) => (await searcher.search(q, {limit: 5})).hits.map((h) => h.record.path);

  it('has at least 30 committed queries whose targets exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    const known = new Set(file.sections.map((s) => `${file.pages[s.p]!.u}#${s.a}`).concat(file.pages.map((p) => p.u)));
    const missing = queries.flatMap((q) => q.expect).filter((e) => !known.has(e) && !known.has(`${e}#`));
    expect(missing).toEqual([]);
  });

  it('success@5 ≥ 0.9', async () => {
    const result = await evaluate(queries, rank);
    expect(result.successAt5, JSON.stringify(result.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  // Compounds the site never writes: found through their parts, across the linking -s- and -en-,
  // or through the site's compounds with the same first part. Each one must hold on its own.
  it.each(['loyaliteitsconflict', 'afsprakenlijst', 'rolduidelijkheid'])('finds the compound "%s" in the top 5', async (q) => {
    const query = queries.find((x) => x.q === q);
    expect(query, `${q} staat niet in tests/search-queries.json`).toBeDefined();
    expect((await evaluate([query!], rank)).successAt5).toBe(1);
  });

  it('the evaluation can fail: a ranking that returns nothing scores 0', async () => {
    expect((await evaluate(queries, async () => [])).successAt5).toBe(0);
  });
});
