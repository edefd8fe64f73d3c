import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, exportPaths, validateOptions} from '../options';

describe('options', () => {
  it('fills in the defaults and accepts the id Docusaurus adds', () => {
    expect(validateOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(validateOptions({id: 'default'})).toEqual(DEFAULT_OPTIONS);
  });
  it('gives stable download paths', () => {
    expect(exportPaths(DEFAULT_OPTIONS)).toEqual({bibtex: '/downloads/literatuur.bib', ris: '/downloads/literatuur.ris'});
  });
  it.each([
    [{exportDir: '/downloads'}, 'exportDir'],
    [{fileName: 'lit.bib'}, 'fileName'],
    [{bibliografie: 'x.json'}, 'bibliografie'],
  ])('rejects %o, naming the option', (input, name) => {
    expect(() => validateOptions(input)).toThrow(new RegExp(`\\[literatuur\\] ongeldige opties: .*${name}`));
  });
});
