import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, bookPaths, validateOptions, werkbladenZipPath} from '../options';

describe('boek options', () => {
  it('fills in every default', () => {
    expect(validateOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(validateOptions({id: 'default'})).toEqual(DEFAULT_OPTIONS);
  });

  it('gives stable file paths per edition', () => {
    expect(bookPaths(DEFAULT_OPTIONS, '2024')).toEqual({pdf: '/downloads/handleiding-2024.pdf', epub: '/downloads/handleiding-2024.epub'});
    expect(werkbladenZipPath(DEFAULT_OPTIONS, '2024')).toBe('/downloads/werkbladen-2024.zip');
    expect(werkbladenZipPath({...DEFAULT_OPTIONS, werkbladenZip: false}, '2024')).toBeUndefined();
  });

  it.each([
    [{outPath: '/downloads/'}, /outPath: gebruik een map zonder "\/"/],
    [{fileName: 'Handleiding.pdf'}, /fileName: gebruik kleine letters/],
    [{editions: {current: '24'}}, /editions: het jaar van elke editie is vier cijfers/],
    [{editions: {}}, /editions: noem minstens één docs-versie/],
    [{editions: {current: '2024', '2021': '2024'}}, /editions: twee edities hebben hetzelfde jaar/],
    [{title: ''}, /title: mag niet leeg zijn/],
    [{license: {name: 'CC BY', url: 'geen-url'}}, /license\.url: geef een volledige URL/],
    [{werkbladenZip: true}, /werkbladenZip: geef een bestandsnaam/],
    [{editie: '2024'}, /onbekende optie "editie"; bekende opties: title/],
  ])('rejects %j with a Dutch message naming the option', (input, message) => {
    expect(() => validateOptions(input)).toThrow(/^Opties van de boek-plugin \(src\/plugins\/boek\) kloppen niet: /);
    expect(() => validateOptions(input)).toThrow(message);
  });
});
