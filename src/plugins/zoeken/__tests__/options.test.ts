import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, normalizeOptions} from '../options';

describe('zoeken options', () => {
  it('fills in every default, with the reflection questions of spanningsvelden and handelingen', () => {
    expect(normalizeOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS.reflectieAnkers).toEqual(['reflectievragen']);
  });

  it.each([
    [{reflectieAnkers: ['#reflectievragen']}, /optie "reflectieAnkers\.0": een kop-id is kleine letters/],
    [{reflectieAnkers: 'reflectievragen'}, /optie "reflectieAnkers"/],
  ])('rejects %j with a Dutch message naming the option', (input, message) => {
    expect(() => normalizeOptions(input)).toThrow(/^\[zoeken\] De opties in docusaurus.config.ts kloppen niet:/);
    expect(() => normalizeOptions(input)).toThrow(message);
  });
});
