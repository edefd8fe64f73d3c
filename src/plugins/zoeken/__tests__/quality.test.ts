/**
 * Quality, not speed: the committed reader queries against an index of the
 * real docs and blog must reach success@5 ≥ 0.9.
 */
import {describe, expect, it} from 'vitest';
import {queries, realSiteIndex} from '../../../../tests/lib/zoeken/realSite';
import {evaluate} from '../../../../tests/lib/zoeken/evaluate';
import {searcherFor} from '../../../../tests/lib/zoeken/source';

describe('search quality on the real site', () => {
  const file = realSiteIndex();
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
  it.each(['loyaliteitsconflict', 'afsprakenlijst', 'rolduidelijkheid'])(
    'finds the compound "%s" in the top 5',
    async (q) => {
      const query = queries.find((x) => x.q === q);
      expect(query, `${q} staat niet in tests/search-queries.json`).toBeDefined();
      expect((await evaluate([query!], rank)).successAt5).toBe(1);
    },
  );

  // The site writes "rolverdeling" itself: those sections come first, and the pages whose
  // compounds share its first part (rolverheldering, rolverschillen) follow, not instead.
  it('a compound the site uses reaches compounds with the same first part, below its exact matches', async () => {
    const hits = (await searcher.search('rolverdeling', {limit: 12})).hits;
    // A hit's card holds no text: the text comes as for a snippet on screen.
    const exact = await Promise.all(
      hits.map(async (h, i) => ({
        i,
        exact: /rolverdeling/i.test(`${h.record.page.t} ${h.record.section.h} ${await searcher.text(h.record)}`),
      })),
    );
    const related = hits.findIndex((h) => h.record.path === 'begrippen/rolverheldering');
    expect(related, 'begrippen/rolverheldering niet gevonden voor "rolverdeling"').toBeGreaterThanOrEqual(0);
    expect(exact.filter((e) => e.exact).length).toBeGreaterThan(0);
    expect(exact.filter((e) => e.exact && e.i > related)).toEqual([]);
  });

  it('the evaluation can fail: a ranking that returns nothing scores 0', async () => {
    expect((await evaluate(queries, async () => [])).successAt5).toBe(0);
  });
});
