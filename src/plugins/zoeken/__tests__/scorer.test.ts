import {describe, expect, it} from 'vitest';
import type {Field} from '../shared/fields';
import type {Alternative, Plan} from '../shared/planner';
import {bestPerPage, rank, scoreTerm, scores, type ScoreSource} from '../shared/scorer';

/**
 * Three pages of two sections each (records 0–5; page keys 0, 2, 4), page 2 of type "begrip".
 * Postings are given per field as one slot each.
 */
function source(postings: Partial<Record<string, Partial<Record<Field, number[]>>>>): ScoreSource {
  return {
    size: 6,
    postings: (field, term) => {
      const ids = postings[term]?.[field];
      return ids ? [ids] : [];
    },
    pageKey: (id) => id - (id % 2),
    recordsOfPage: (first) => [first, first + 1],
    passes: (id, filter) => !filter.types || filter.types.includes(id >= 2 && id < 4 ? 'begrip' : 'info'),
  };
}
const alt = (term: string, kind: Alternative['kind'] = 'exact', weight = 1): Alternative => ({term, kind, weight});

describe('scoreTerm', () => {
  it('weighs a title above a heading above the text, and spreads a title match over its page', () => {
    const s = scoreTerm(source({a: {title: [0], heading: [2], text: [4]}}), 'a', 1);
    expect(s.get(0)).toBe(s.get(1));
    expect(s.get(0)!).toBeGreaterThan(s.get(2)!);
    expect(s.get(2)!).toBeGreaterThan(s.get(4)!);
  });
  it('gives a rarer term more weight', () => {
    const src = source({rare: {text: [0]}, common: {text: [0, 1, 2, 3, 4]}});
    expect(scoreTerm(src, 'rare', 1).get(0)!).toBeGreaterThan(scoreTerm(src, 'common', 1).get(0)!);
  });
});

describe('scores', () => {
  const src = source({a: {text: [0, 2]}, b: {text: [2]}, p: {text: [4]}, q: {text: [4]}});
  it('puts records that match more query words first', () => {
    const s = scores(src, [[alt('a')], [alt('b')]], () => true);
    expect(s.get(2)!).toBeGreaterThan(s.get(0)!);
  });
  it('takes the best alternative of a word, but adds up the parts of a compound', () => {
    const one = scores(src, [[alt('p'), alt('q')]], () => true).get(4)!;
    const parts = scores(src, [[alt('p', 'part'), alt('q', 'part')]], () => true).get(4)!;
    const single = scores(src, [[alt('p', 'part')]], () => true).get(4)!;
    expect(parts).toBeCloseTo(2 * single);
    expect(one).toBeCloseTo(scores(src, [[alt('p')]], () => true).get(4)!);
  });
});

describe('bestPerPage and rank', () => {
  const src = source({a: {text: [0, 1, 3]}, b: {text: [1]}, r: {title: [4]}});
  it('keeps the best section of each page, and filters by type', () => {
    const plan: Plan = [[alt('a')], [alt('b')]];
    expect(
      bestPerPage(
        src,
        scores(src, plan, () => true),
        {},
      ).map((r) => r.id),
    ).toEqual([1, 3]);
    expect(
      bestPerPage(
        src,
        scores(src, plan, () => true),
        {types: ['begrip']},
      ).map((r) => r.id),
    ).toEqual([3]);
  });
  it('puts pages only a related compound reaches after all others, with lower scores', () => {
    const ranked = rank(src, [[alt('a'), alt('r', 'related', 0.5)]], {}, 10);
    expect(ranked.map((r) => r.id)).toEqual([0, 3, 4]);
    expect(ranked[2]!.score).toBeLessThan(ranked[1]!.score);
    expect(rank(src, [[alt('a'), alt('r', 'related', 0.5)]], {}, 2).map((r) => r.id)).toEqual([0, 3]);
  });
});
