import {describe, expect, it} from 'vitest';
import {normalize, words} from '../shared/normalize';
import {encodeForIndex, encodeQuery, encodeQueryWords, stem} from '../shared/encoder';
import {splitQueryWord} from '../shared/compounds';
import {DUTCH_STOPWORDS} from '../shared/stopwords';

describe('normalize', () => {
  it('folds case and diacritics: geïnteresseerde = geinteresseerde', () => {
    expect(normalize('Geïnteresseerde')).toBe('geinteresseerde');
    expect(normalize('één café')).toBe('een cafe');
  });
  it('turns the ĳ ligature into i + j, and keeps y apart', () => {
    expect(normalize('ĲSSEL ĳs')).toBe('ijssel ijs');
    expect(normalize('baby')).toBe('baby');
  });
  it('keeps apostrophe plurals as one word and splits hyphenated words', () => {
    expect(words("dia’s en baby's")).toEqual(['dias', 'en', 'babys']);
    expect(words('pleeg- en gezinshuisouders')).toEqual(['pleeg', 'en', 'gezinshuisouders']);
  });
});

describe('stopwords', () => {
  it('drops function words but keeps words that carry meaning here', () => {
    expect(encodeQuery('mijn pleegkind wil zijn moeder niet zien')).toEqual(['pleegkind', 'moeder', 'zien']);
    expect(DUTCH_STOPWORDS.has('ouder')).toBe(false);
  });
  it('drops the hedges a reader puts in a question: they say how one asks, not what about', () => {
    expect(encodeQuery('wat is een kenniscafé eigenlijk')).toEqual(['kenniscaf']);
    expect(encodeQuery('hoe werkt dat nou precies')).toEqual(['werkt']);
  });
});

describe('stem', () => {
  it.each([
    ['samenwerkingen', 'samenwerking'],
    ['ouders', 'ouder'],
    ['opvoeders', 'opvoeder'],
    ['pleegkinderen', 'pleegkind'],
    ['grenzen', 'grens'],
    ['stellen', 'stel'],
    ['spanningsvelden', 'spanningsveld'],
    ['geïnteresseerde', 'geinteresseerd'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(normalize(a))).toBe(stem(normalize(b)));
  });
  it('does not merge unrelated words', () => {
    expect(stem('ouder')).not.toBe(stem('oud'));
  });
});

describe('encodeForIndex', () => {
  it('indexes the stem and the surface word, so half-typed words match by prefix', () => {
    expect(encodeForIndex('Samenwerkingen')).toEqual(['samenwerk', 'samenwerkingen']);
    expect(encodeForIndex('de ouder')).toEqual(['ouder']);
  });
});

describe('encodeQueryWords and linking letters', () => {
  it('keeps the typed word beside its stem: compounds split on the word, not on its stem', () => {
    expect(encodeQueryWords('het Loyaliteitsconflict')).toEqual([
      {word: 'loyaliteitsconflict', term: stem('loyaliteitsconflict'), at: 1},
    ]);
    // Snowball cuts "rolduidelijkheid" to "rolduid"; only the word still shows rol|duidelijkheid.
    expect(stem('rolduidelijkheid')).toBe('rolduid');
  });
  it.each([
    ['loyaliteitsconflict', 'loyaliteit', ['loyaliteit']],
    ['gesprekkenreeks', 'gesprek', ['gesprek', 'reeks']],
    ['rolduidelijkheid', 'rol', ['rol', 'duidelijkheid']],
  ])('%s splits after %s, across its linking letter', (query, head, vocabulary) => {
    const known = new Set(vocabulary.map((v) => stem(v)));
    const form = (s: string) => (known.has(s) ? s : known.has(stem(s)) ? stem(s) : undefined);
    const word = encodeQueryWords(query)[0]!.word;
    expect(splitQueryWord(word, form)?.head).toBe(stem(head));
  });
});
