import {describe, expect, it} from 'vitest';
import {
  decodePostings,
  encodePostings,
  fromLevel,
  MAX_LEVEL,
  strongest,
  toLevel,
  toPlace,
  POSITION_STEP,
} from '../shared/postings';

describe('levels', () => {
  it('carry a weight on a log scale, within half a level', () => {
    for (const w of [0.12, 0.3, 1, 2.5, 7, 20]) {
      const back = fromLevel(toLevel(w));
      expect(Math.abs(Math.log1p(back) - Math.log1p(w))).toBeLessThanOrEqual(Math.log(1.12) / 2 + 1e-9);
    }
  });
  it('stay between 1 and MAX_LEVEL, so every entry says something', () => {
    expect(toLevel(0)).toBe(1);
    expect(toLevel(1e6)).toBe(MAX_LEVEL);
  });
  it('keep order: a larger weight never gets a lower level', () => {
    const ws = [0.1, 0.2, 0.5, 1, 2, 4, 8];
    const levels = ws.map(toLevel);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
  });
});

describe('posting lists', () => {
  it('round-trip pages as base-36 gap × 36 + level, with an id offset', () => {
    expect(
      encodePostings([
        [3, 5],
        [40, 1],
      ]),
    ).toBe('35,111');
    expect(decodePostings('35,111').map(([id]) => id)).toEqual([3, 40]);
    expect(decodePostings('35,111', 100).map(([id]) => id)).toEqual([103, 140]);
    expect(decodePostings('35,111')[0]![1]).toBeCloseTo(fromLevel(5));
    expect(decodePostings('')).toEqual([]);
  });
  it('round-trip sections with the place a term first stands', () => {
    const text = encodePostings([
      [0, 7, 0],
      [9, 35, 3],
      [10, 1, toPlace(1000)],
    ]);
    expect(decodePostings(text, 0, true).map(([id, , place]) => [id, place])).toEqual([
      [0, 0],
      [9, 3],
      [10, 35],
    ]);
    expect(toPlace(POSITION_STEP - 1)).toBe(0);
    expect(toPlace(POSITION_STEP)).toBe(1);
  });
  it('refuses ids that do not ascend and levels out of range', () => {
    expect(() =>
      encodePostings([
        [5, 1],
        [3, 1],
      ]),
    ).toThrow(/oplopen/);
    expect(() => encodePostings([[5, 0]])).toThrow(/niveau/);
  });
  it('keeps the strongest when cut, back in id order', () => {
    expect(
      strongest(
        [
          [1, 3],
          [2, 9],
          [3, 1],
          [4, 9],
        ],
        2,
      ),
    ).toEqual([
      [2, 9],
      [4, 9],
    ]);
    expect(strongest([[1, 3]], 2)).toEqual([[1, 3]]);
  });
});
