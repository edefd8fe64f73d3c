import {describe, expect, it} from 'vitest';
import type {Alternative, Plan} from '../shared/planner';
import {bestPerPage, rank, RANKING, scores, scoreTerm, type ScoreSource} from '../shared/scorer';

/**
 * Ten pages of two sections each (records 0–19; page keys 0, 2, 4, …); page 2 (records 2–3) is a
 * "begrip". Per term: the pages whose title holds it (by first record) and the sections that hold it,
 * as [id, BM25F weight, place]; df is the number of pages.
 */
interface Term {
  titles?: Array<[number, number]>;
  /** Pages whose description holds it, by first record. */
  abouts?: Array<[number, number]>;
  sections?: Array<[number, number, number]>;
  df?: number;
}
function source(terms: Record<string, Term>, asks: readonly number[] = []): ScoreSource {
  return {
    asks: (id) => asks.includes(id),
    pages: 10,
    df: (t) =>
      terms[t]?.df ??
      new Set(
        [...(terms[t]?.titles ?? []), ...(terms[t]?.abouts ?? []), ...(terms[t]?.sections ?? [])].map(
          ([id]) => id >> 1,
        ),
      ).size,
    titlePostings: (t) => terms[t]?.titles ?? [],
    aboutPostings: (t) => terms[t]?.abouts ?? [],
    sectionPostings: (t) => terms[t]?.sections ?? [],
    pageKey: (id) => id - (id % 2),
    recordsOfPage: (first) => [first, first + 1],
    passes: (id, filter) => !filter.types || filter.types.includes(id >= 2 && id < 4 ? 'begrip' : 'info'),
  };
}
const alt = (term: string, kind: Alternative['kind'] = 'exact', weight = 1): Alternative => ({
  terms: term.split(' '),
  kind,
  weight,
});

describe('scoreTerm (BM25F)', () => {
  it('a title match counts for every section of its page, on top of the section’s own words', () => {
    const s = scoreTerm(source({a: {titles: [[0, 4]], sections: [[1, 1, 0]]}}), 'a');
    expect(s.get(0)!.score).toBeGreaterThan(0);
    expect(s.get(1)!.score).toBeGreaterThan(s.get(0)!.score);
  });
  it('saturates: ten times the weight is not ten times the score', () => {
    const s = scoreTerm(
      source({
        a: {
          sections: [
            [0, 1, 0],
            [2, 10, 0],
          ],
        },
      }),
      'a',
    );
    expect(s.get(2)!.score / s.get(0)!.score).toBeLessThan(3);
  });
  it('a rare word outweighs a common one in the same field (idf)', () => {
    const src = source({rare: {sections: [[0, 1, 0]]}, common: {sections: [[0, 1, 0]], df: 9}});
    expect(scoreTerm(src, 'rare').get(0)!.score).toBeGreaterThan(2 * scoreTerm(src, 'common').get(0)!.score);
  });
  it('a common word in a title does not beat a rare word in the text', () => {
    // "taakverdeling tussen ouder en gezinshuisouder": the page titled by the common word loses.
    const src = source({
      gezinshuisouder: {titles: [[0, 8]], df: 6},
      taakverdeling: {sections: [[4, 1, 2]], df: 1},
    });
    const ranked = rank(src, [[alt('taakverdeling')], [alt('gezinshuisouder')]], {}, 5);
    expect(ranked[0]!.id).toBe(4);
  });
});

describe('scores', () => {
  it('puts sections that match more of the query first, weighing the words by idf', () => {
    const src = source({
      a: {
        sections: [
          [0, 1, 0],
          [2, 1, 0],
        ],
      },
      b: {sections: [[2, 1, 9]]},
    });
    const s = scores(src, [[alt('a')], [alt('b')]], () => true);
    expect(s.get(2)!).toBeGreaterThan(s.get(0)!);
  });
  it('takes the best alternative of a word, each in its tier; the terms of one alternative add up', () => {
    const src = source({p: {sections: [[4, 1, 0]]}, q: {sections: [[4, 1, 0]]}});
    const single = scores(src, [[alt('p')]], () => true).get(4)!;
    expect(scores(src, [[alt('p'), alt('q')]], () => true).get(4)!).toBeCloseTo(single);
    expect(scores(src, [[alt('p q', 'part')]], () => true).get(4)!).toBeCloseTo(2 * single);
    expect(scores(src, [[alt('p', 'fix', 0.6)]], () => true).get(4)!).toBeCloseTo(0.6 * single);
  });
  it('adds a share for query words that stand close together in the section', () => {
    const near = source({a: {sections: [[0, 1, 3]]}, b: {sections: [[0, 1, 4]]}});
    const far = source({a: {sections: [[0, 1, 3]]}, b: {sections: [[0, 1, 20]]}});
    const plan: Plan = [[alt('a')], [alt('b')]];
    const n = scores(near, plan, () => true).get(0)!;
    const f = scores(far, plan, () => true).get(0)!;
    expect(RANKING.proximity).toBeGreaterThan(0);
    expect(n).toBeGreaterThan(f);
  });
});

describe('the section that answers', () => {
  // "planning herziening richtlijn": the page's description mentions the planning, its section
  // "Planning" says it. The description counted for the first section, which showed instead.
  const src = source({
    planning: {abouts: [[0, 2]], sections: [[1, 1, 0]]},
    herziening: {
      sections: [
        [0, 6, 0],
        [1, 1, 1],
      ],
    },
  });
  const query = [[alt('planning')], [alt('herziening')]];

  it('the description lifts the page through its first section, where it is shown', () => {
    expect(scores(src, query, () => true).get(0)!).toBeGreaterThan(scores(src, query, () => true, 'section').get(0)!);
    expect(scores(src, query, () => true).get(1)).toBe(scores(src, query, () => true, 'section').get(1));
  });

  it('the section shown is chosen by its own words, not the description', () => {
    const byPage = rank(src, query, {}, 5);
    expect(byPage[0]!.id).toBe(1);
    // Chosen by the page score (with the description), the first section would show: the old ranking.
    expect(
      bestPerPage(
        src,
        scores(src, query, () => true),
        {},
      )[0]!.id,
    ).toBe(0);
  });

  it('a section of questions to think about is not chosen over the section that answers, yet still lifts its page', () => {
    // "ouders denken dat wij het kind tegen ze opzetten": the questions ("Denken de ouders dat …") repeat
    // the reader's words; the section that describes the tension holds fewer of them.
    const terms: Record<string, Term> = {
      denken: {sections: [[3, 2, 0]], df: 4},
      opzetten: {
        sections: [
          [2, 2, 5],
          [3, 1, 1],
        ],
        df: 1,
      },
    };
    const plan = [[alt('denken')], [alt('opzetten')]];
    expect(rank(source(terms), plan, {}, 5)[0]!.id).toBe(3);
    const asking = source(terms, [3]);
    const ranked = rank(asking, plan, {}, 5);
    expect(ranked[0]!.id).toBe(2);
    // The page ranks as high as before: its questions still say what it is about.
    expect(ranked[0]!.score).toBe(rank(source(terms), plan, {}, 5)[0]!.score);
  });

  it('a section of questions is still chosen when nothing else on its page matches', () => {
    const src = source({opzetten: {sections: [[3, 1, 0]]}}, [3]);
    expect(rank(src, [[alt('opzetten')]], {}, 5)[0]!.id).toBe(3);
  });

  it('ranks the page by its best score with the description', () => {
    const page = bestPerPage(
      src,
      scores(src, query, () => true),
      {},
      undefined,
      scores(src, query, () => true, 'section'),
    );
    expect(page[0]!.score).toBe(Math.max(...scores(src, query, () => true).values()));
  });
});

describe('bestPerPage and rank', () => {
  const src = source({
    a: {
      sections: [
        [0, 1, 0],
        [1, 2, 0],
        [3, 1, 0],
      ],
    },
    b: {sections: [[1, 1, 0]]},
    r: {titles: [[4, 4]]},
  });
  it('ranks a page by its best section, which is the one shown, and filters by type', () => {
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
    expect(ranked.map((r) => r.id)).toEqual([1, 3, 4]);
    expect(ranked[2]!.score).toBeLessThan(ranked[1]!.score);
    expect(rank(src, [[alt('a'), alt('r', 'related', 0.5)]], {}, 2).map((r) => r.id)).toEqual([1, 3]);
  });
});
