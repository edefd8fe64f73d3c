import {describe, expect, it} from 'vitest';
import {corrections, withinOneEdit} from '../shared/typo';

describe('withinOneEdit', () => {
  it.each([
    ['gastvrij', 'gastvrij', true],
    ['gastvrij', 'gastvij', true], // deletion
    ['gastvrij', 'gastvrijj', true], // insertion
    ['gastvrij', 'gastvrik', true], // replacement
    ['gastvrij', 'gastvirj', true], // swap
    ['gastvrij', 'gsatvirj', false],
    ['gastvrij', 'gastv', false],
  ])('%s ~ %s → %s', (a, b, ok) => {
    expect(withinOneEdit(a, b)).toBe(ok);
  });
});

describe('corrections', () => {
  const vocabulary = new Map([
    ['gastvrij', 5],
    ['geduldig', 3],
    ['ouder', 40],
  ]);
  it('fixes one typo in words of five letters or more', () => {
    expect(corrections('gastvirj', vocabulary)).toEqual(['gastvrij']);
    expect(corrections('geduldg', vocabulary)).toEqual(['geduldig']);
  });
  it('leaves short words and known words alone', () => {
    expect(corrections('oudr', vocabulary)).toEqual([]);
    expect(corrections('ouder', vocabulary)).toEqual([]);
  });
});
