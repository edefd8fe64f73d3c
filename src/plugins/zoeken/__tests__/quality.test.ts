/**
 * Quality, not speed: the committed reader queries against an index of the
 * real docs and blog must reach success@5 ≥ 0.9.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {QUERY_SETS, queries, realSiteIndex} from '../../../../tests/lib/zoeken/realSite';
import {evaluate, measure, type Quality} from '../../../../tests/lib/zoeken/evaluate';
import {FLOORS, floorVerdicts} from '../../../../tests/lib/zoeken/floors';
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

// Issue 24: the reader questions in two halves. Only aggregate figures of the held-out half are
// ever looked at (measure() drops its misses), so no message below names a held-out question.
describe('reader questions (issue 24): floors on success@5', () => {
  const searcher = searcherFor([realSiteIndex()]);
  const rank = async (q: string) => (await searcher.search(q, {limit: 5})).hits.map((h) => h.record.path);
  const bySet = new Map<string, Quality>();
  beforeAll(async () => {
    for (const set of QUERY_SETS) bySet.set(set.label, await measure(set, rank));
  });
  const figures = () => Array.from(bySet, ([label, q]) => `${label}: success@5 ${q.successAt5.toFixed(3)}`).join(', ');

  it(`committed set ≥ ${FLOORS.committedAt5}`, () => {
    expect(floorVerdicts(bySet).committed, figures()).toBe(true);
  });
  it(`tuning half at most ${FLOORS.maxGapGuard} above the held-out half (goal ${FLOORS.maxGap})`, () => {
    expect(floorVerdicts(bySet).gapGuard, figures()).toBe(true);
  });
  // Issue 24 asks for 0.92; today's engine reaches about 0.81 (npm run bench:search prints both). The
  // test holds today's level so ranking cannot fall back unseen; the goal stays open in the issue.
  it(`held-out half does not fall below ${FLOORS.heldOutGuardAt5} (goal ${FLOORS.heldOutAt5})`, () => {
    expect(floorVerdicts(bySet).heldOutGuard, figures()).toBe(true);
  });
  it('never reports which held-out questions fail', () => {
    expect(QUERY_SETS.find((s) => s.heldOut)?.file).toBe('tests/zoeken-vragen/controle.json');
    expect(bySet.get('held-out half')?.misses).toEqual([]);
  });
  it('the floors can fail: no results, or a tuning half far above the held-out half', () => {
    const at5 = (committed: number, tuning: number, heldOut: number) =>
      new Map([
        ['committed', {successAt5: committed}],
        ['tuning half', {successAt5: tuning}],
        ['held-out half', {successAt5: heldOut}],
      ]);
    expect(floorVerdicts(at5(0, 0, 0))).toEqual({
      heldOut: false,
      heldOutGuard: false,
      gap: true,
      gapGuard: true,
      committed: false,
    });
    expect(floorVerdicts(at5(1, 1, 0.915))).toEqual({
      heldOut: false,
      heldOutGuard: true,
      gap: false,
      gapGuard: false,
      committed: true,
    });
    expect(floorVerdicts(at5(0.95, 0.97, 0.92))).toEqual({
      heldOut: true,
      heldOutGuard: true,
      gap: true,
      gapGuard: true,
      committed: true,
    });
    expect(floorVerdicts(at5(0.95, 0.95, 0.915))).toEqual({
      heldOut: false,
      heldOutGuard: true,
      gap: true,
      gapGuard: true,
      committed: true,
    });
    expect(() => floorVerdicts(new Map())).toThrow(/geen meting/);
  });
});
