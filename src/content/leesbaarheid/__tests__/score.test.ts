import {describe, expect, it} from 'vitest';
import {B1_KORT, B1_PAGINA, fleschDouma, meet, overschrijdingen, procent, samenvatting} from '../score';

const LANG =
  'Ouders en gezinshuisouders stemmen in de installatiefase van de route samen af over de afspraken rond het contact.';

describe('meet', () => {
  it('counts words, sentences, syllables and long sentences', () => {
    const m = meet('Je mag vragen stellen. Over je kind.');
    expect(m).toMatchObject({
      woorden: 7,
      zinnen: 2,
      lettergrepen: 10,
      gemiddeldeZinslengte: 3.5,
      aandeelLangeZinnen: 0,
    });
    expect(m.fleschDouma).toBeCloseTo(206.84 - 0.77 * (1000 / 7) - 0.93 * 3.5, 5);
  });

  it('keeps the line of each long sentence', () => {
    const m = meet([
      {tekst: 'Kort.', regel: 3},
      {tekst: LANG, regel: 9},
    ]);
    expect(m.langeZinnen.map((z) => [z.regel, z.woorden])).toEqual([[9, 18]]);
    expect(m.aandeelLangeZinnen).toBe(0.5);
  });

  it('gives zero figures for a text without sentences', () => {
    expect(meet('')).toMatchObject({woorden: 0, zinnen: 0, fleschDouma: 0});
    expect(fleschDouma(0, 0, 0)).toBe(0);
    expect(samenvatting(meet(''))).toBe('geen lopende tekst');
  });
});

describe('procent', () => {
  it('keeps the decimal that shows a share is over a round limit', () => {
    expect([procent(0.2), procent(9 / 44), procent(0.75), procent(1)]).toEqual(['20%', '20,5%', '75%', '100%']);
  });
});

describe('overschrijdingen', () => {
  it('passes a short, plain text', () => {
    expect(overschrijdingen(meet('Je mag vragen stellen. Over je kind. Over de afspraken.'), B1_KORT)).toEqual([]);
  });

  it('names every sentence over 15 words in a short text', () => {
    expect(overschrijdingen(meet(`${LANG} Dat is goed.`), B1_KORT)).toEqual([
      'een zin van 18 woorden (hoogstens 15): „Ouders en gezinshuisouders stemmen in de installatiefase van …”',
    ]);
  });

  it('judges a page on average length, share of long sentences and Flesch–Douma', () => {
    const m = meet(Array.from({length: 8}, () => LANG).join(' '));
    expect(overschrijdingen(m, B1_PAGINA)).toEqual([
      'gemiddeld 18,0 woorden per zin (hoogstens 10)',
      expect.stringMatching(
        /^100% van de zinnen is langer dan 15 woorden \(hoogstens 20%\), bijvoorbeeld regel 1 \(18 woorden\)/,
      ),
      expect.stringMatching(/^Flesch-Douma \d+ \(minstens 60/),
    ]);
  });

  it('leaves Flesch–Douma unjudged below 100 words', () => {
    const m = meet('Stabilisatiefase en evaluatiefase. Gezinshuisouders.');
    expect(m.fleschDouma).toBeLessThan(60);
    expect(overschrijdingen(m, B1_PAGINA)).toEqual([]);
  });
});
