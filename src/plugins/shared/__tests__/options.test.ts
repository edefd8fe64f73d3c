import * as z from 'zod';
import {describe, expect, it} from 'vitest';
import {createOptionsValidator} from '../options';

const {normalize, defaults} = createOptionsValidator({
  plugin: 'voorbeeld',
  shape: {
    outPath: z
      .string()
      .regex(/^[a-z]+$/, {error: 'gebruik kleine letters'})
      .default('werkbladen'),
    aantal: z.number().default(3),
  },
  removed: {dir: 'werkbladen zijn docs-pagina’s met type: werkblad.'},
});

describe('createOptionsValidator', () => {
  it('fills in defaults and the plugin id', () => {
    expect(defaults).toEqual({id: 'default', outPath: 'werkbladen', aantal: 3});
    expect(normalize({id: 'tweede', aantal: 5})).toEqual({id: 'tweede', outPath: 'werkbladen', aantal: 5});
  });

  it('names every wrong, unknown and removed option at once, in Dutch', () => {
    expect(() => normalize({outPat: 'x', dir: 'docs', outPath: 'A/B', aantal: 'drie'})).toThrow(
      [
        '[voorbeeld] De opties in docusaurus.config.ts kloppen niet:',
        '  ✗ onbekende optie "outPat". Bedoel je "outPath"? Bekende opties: outPath, aantal.',
        '  ✗ optie "dir" bestaat niet meer: werkbladen zijn docs-pagina’s met type: werkblad.',
        '  ✗ optie "outPath": gebruik kleine letters',
        '  ✗ optie "aantal": moet een getal zijn',
      ].join('\n'),
    );
  });
});
