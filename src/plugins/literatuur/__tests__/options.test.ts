import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, exportPaths, normalizeOptions} from '../options';

describe('options', () => {
  it('fills in the defaults and accepts the id Docusaurus adds', () => {
    expect(normalizeOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(normalizeOptions({id: 'default'})).toEqual(DEFAULT_OPTIONS);
  });
  it('gives stable download paths', () => {
    expect(exportPaths(DEFAULT_OPTIONS)).toEqual({
      bibtex: '/downloads/literatuur.bib',
      ris: '/downloads/literatuur.ris',
    });
  });
  it.each([
    [{exportDir: '/downloads'}, 'optie "exportDir"'],
    [{fileName: 'lit.bib'}, 'optie "fileName"'],
    [{bibliografie: 'x.json'}, 'onbekende optie "bibliografie"'],
  ])('rejects %o, naming the option', (input, name) => {
    expect(() => normalizeOptions(input)).toThrow(
      `[literatuur] De opties in docusaurus.config.ts kloppen niet:\n  ✗ ${name}`,
    );
  });
});
