import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, bookPaths, normalizeOptions} from '../options';

describe('boek options', () => {
  it('fills in every default', () => {
    expect(normalizeOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(normalizeOptions({id: 'default'})).toEqual(DEFAULT_OPTIONS);
  });

  it('gives stable file paths per edition', () => {
    expect(bookPaths(DEFAULT_OPTIONS, '2024')).toEqual({
      pdf: '/downloads/handleiding-2024.pdf',
      epub: '/downloads/handleiding-2024.epub',
    });
  });

  it.each([
    [{outPath: '/downloads/'}, /optie "outPath": gebruik een map zonder "\/"/],
    [{fileName: 'Handleiding.pdf'}, /optie "fileName": gebruik kleine letters/],
    [{title: ''}, /optie "title": mag niet leeg zijn/],
    [{license: {name: 'CC BY', url: 'geen-url'}}, /optie "license.url": geef een volledige URL/],
    [
      {editions: {current: '2024'}},
      /optie "editions" bestaat niet meer: de edities en hun jaar staan in src\/content\/vocabulary.ts/,
    ],
    [{editie: '2024'}, /onbekende optie "editie"\. Bedoel je "title"\?|onbekende optie "editie"/],
  ])('rejects %j with a Dutch message naming the option', (input, message) => {
    expect(() => normalizeOptions(input)).toThrow(/^\[boek\] De opties in docusaurus.config.ts kloppen niet:/);
    expect(() => normalizeOptions(input)).toThrow(message);
  });
});
