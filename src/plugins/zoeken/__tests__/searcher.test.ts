import {describe, expect, it} from 'vitest';
import {createSearcher} from '../shared/searcher';
import {buildSearchIndex, type PageInput} from '../server/buildIndex';

const pages: PageInput[] = [
  {path: 'a', title: 'Houding', type: 'handleiding', body: 'Intro.\n\n## Gastvrij zijn {#gastvrij}\n\nDe deur staat open.\n\n## Geduld {#geduld}\n\nGeduldig blijven.'},
  {path: 'b', title: 'Spanningsvelden', type: 'spanningsveld', body: 'Waar gezinshuisouders en ouders botsen. Ook over houding, in het voorbijgaan.'},
  {path: 'c', title: 'Samenwerking', type: 'handleiding', body: 'Over samenwerking met ouders en de gemeente.'},
];
const current = buildSearchIndex({locale: 'nl', version: 'current', edition: 'Editie 2024', pages, thesaurus: [['ouder', 'moeder']]});
const old = buildSearchIndex({locale: 'nl', version: '2021', edition: 'Editie 2021', pages: [{path: '2021/a', title: 'Houding', type: 'handleiding', body: 'Oud.'}]});
const s = createSearcher([current, old]);
const paths = (q: string, o = {}) => s.search(q, o).map((h) => h.record.path);

describe('createSearcher', () => {
  it('ranks a title match above a passing mention', () => {
    expect(paths('houding', {versions: ['current']})[0]).toBe('a');
  });
  it('deep-links to the section whose heading matches', () => {
    expect(paths('gastvrij')[0]).toBe('a#gastvrij');
  });
  it('finds inflections and compounds: samenwerkingen, ouder → gezinshuisouders, spanning', () => {
    expect(paths('samenwerkingen')).toContain('c');
    expect(paths('spanning')).toContain('b');
    expect(paths('gezinshuisouder')).toContain('b');
  });
  it('tolerates one typo in longer words, not in short ones', () => {
    expect(paths('gastvirj')[0]).toBe('a#gastvrij');
    expect(paths('gastvry')[0]).toBe('a#gastvrij');
    expect(paths('oudr')).toEqual([]);
  });
  it('expands thesaurus synonyms: moeder finds ouders', () => {
    expect(paths('moeder')).toContain('c');
  });
  it('completes the word being typed', () => {
    expect(paths('samenwerkin')).toContain('c');
  });
  it('filters by type and edition', () => {
    expect(paths('houding', {types: ['spanningsveld']})).toEqual(['b']);
    expect(paths('houding', {versions: ['2021']})).toEqual(['2021/a']);
  });
  it('returns nothing for stopwords only', () => {
    expect(paths('de het een')).toEqual([]);
  });
});
