import {describe, expect, it} from 'vitest';
import {compoundParts, splitQueryWord} from '../shared/compounds';
import {stem} from '../shared/encoder';

describe('compoundParts', () => {
  const vocabulary = new Set(['ouder', 'gezin', 'gezinshuis', 'huis', 'spanning', 'veld', 'samenwerk']);
  it('finds the last part: gezinshuisouder → ouder, gezinshuis, gezin, huis', () => {
    expect(compoundParts('gezinshuisouder', vocabulary).sort()).toEqual(['gezin', 'gezinshuis', 'huis', 'ouder']);
  });
  it('finds a head joined by the linking s: spanningsveld → spanning', () => {
    expect(compoundParts('spanningsveld', vocabulary)).toContain('spanning');
  });
  it('does not split short words or words without known parts', () => {
    expect(compoundParts('ouders', vocabulary)).toEqual([]);
    expect(compoundParts('verstandhouding', vocabulary)).toEqual([]);
  });
});

describe('splitQueryWord (a compound typed in the search field)', () => {
  // The site's words as the index lists them: stems and the forms seen in the text.
  const site = new Set([
    'loyaliteit',
    'afsprak',
    'afspraken',
    'lijst',
    'rol',
    'verdel',
    'zon',
    'bril',
    'gezin',
    'gezinshuis',
    'ouder',
    'ver',
    'wacht',
  ]);
  const asStem = (s: string) => (site.has(s) ? s : site.has(stem(s)) ? stem(s) : undefined);
  const split = (w: string) => splitQueryWord(w, asStem, (t) => (site.has(stem(t)) ? stem(t) : undefined));

  it('splits on the linking -s-, keeping a long known head when the rest is unknown', () => {
    expect(split('loyaliteitsconflict')).toEqual({head: 'loyaliteit'});
  });
  it('splits on the linking -en- and -e-, by the stem of what comes before it', () => {
    expect(split('afsprakenlijst')).toEqual({head: 'afspraken', tail: 'lijst'});
    expect(split('zonnebril')).toEqual({head: 'zon', tail: 'bril'});
  });
  it('takes a three-letter head only before a known tail of five letters or more', () => {
    expect(split('rolverdeling')).toEqual({head: 'rol', tail: 'verdel'});
    expect(split('rolstoel')).toBeUndefined();
  });
  it('prefers the longest known head: gezinshuis|ouder, not gezin|shuisouder', () => {
    expect(split('gezinshuisouder')).toEqual({head: 'gezinshuis', tail: 'ouder'});
  });
  it('never joins a head to an unknown rest without a linking sound, nor splits short words', () => {
    expect(split('loyaliteitconflict')).toBeUndefined();
    expect(split('rolver')).toBeUndefined();
  });
});
