import {describe, expect, it} from 'vitest';
import {foldAccents} from '../accents';

describe('foldAccents', () => {
  it.each([
    ['één', 'een'],
    ['Geïnteresseerde', 'Geinteresseerde'],
    ['café crème', 'cafe creme'],
    ['Ĳssel ĳsje', 'IJssel ijsje'],
    ['coöperatie naïef', 'cooperatie naief'],
    ['Ångström', 'Angstrom'],
  ])('%s → %s', (text, folded) => {
    expect(foldAccents(text)).toBe(folded);
  });

  it('keeps letters, digits, case and punctuation that have no accent', () => {
    const plain = 'Pleegouders (2024): 3 vragen, ’s avonds — IJ blijft IJ.';
    expect(foldAccents(plain)).toBe(plain);
  });

  it('folds a letter written as one code point and as letter plus accent alike', () => {
    expect(foldAccents('\u00e9')).toBe(foldAccents('e\u0301'));
  });
});
