import {describe, expect, it} from 'vitest';
import {klinkergroepen, lettergrepen} from '../lettergrepen';

describe('lettergrepen', () => {
  it.each([
    ['ja', 1],
    ['ouders', 2],
    ['ruimte', 2],
    ['onderzoek', 3],
    ['theater', 3],
    ['gezinshuisouder', 5],
    ['uithuisplaatsing', 4],
    ['relationele', 6],
    ['stabilisatiefase', 7],
    ['kenniscafé', 4],
    ['afstemmingsgesprekken', 6],
  ])('%s has %i syllables (Dutch hyphenation patterns)', (woord, n) => {
    expect(lettergrepen(woord)).toBe(n);
  });

  it('counts syllables at word edges the patterns do not break', () => {
    expect(lettergrepen('idee')).toBe(2);
    expect(lettergrepen('Ede')).toBe(2);
  });

  it('starts a syllable at a diaeresis', () => {
    expect(lettergrepen('beëindigen')).toBe(4);
    expect(lettergrepen('naïef')).toBe(2);
    expect(klinkergroepen('geïnformeerd')).toBe(4);
  });

  it('counts parts of joined words, one syllable per digit, and at least one', () => {
    expect(lettergrepen('gezinshuis-ouder')).toBe(5);
    expect(lettergrepen('2017')).toBe(4);
    expect(lettergrepen('z’n')).toBe(1);
  });
});
