import * as z from 'zod';

/** Options of the zoeken plugin; defaults live only in DEFAULT_OPTIONS. */
export interface PluginOptions {
  /** Route of the full results page, below baseUrl. */
  searchPagePath: string;
  /** Also build and serve the index in `docusaurus start`. */
  devIndex: boolean;
  /**
   * Words readers use for the same thing, one group per line (single words).
   * A query word also finds its group's other words, at a lower weight.
   * Glossary pages (`type: begrip`, `term` + `aliases`) add their own groups.
   */
  thesaurus: string[][];
}

export const DEFAULT_OPTIONS: PluginOptions = {
  searchPagePath: 'zoeken',
  devIndex: true,
  thesaurus: [
    ['ouder', 'moeder', 'vader', 'mama', 'papa'],
    ['jongere', 'kind', 'pleegkind', 'jeugdige', 'puber', 'zoon', 'dochter'],
    ['opvoeder', 'pleegouder', 'gezinshuisouder', 'pleegmoeder', 'pleegvader'],
    ['grens', 'begrenzen', 'grenzen'],
    ['contact', 'omgang', 'bezoek'],
    ['samenwerken', 'samenwerking'],
    ['gesprek', 'afstemmingsgesprek', 'overleg'],
    ['conflict', 'ruzie', 'onenigheid', 'spanning'],
  ],
};

const schema = z.object({
  searchPagePath: z
    .string()
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'searchPagePath: gebruik kleine letters, cijfers en streepjes, zonder / aan het begin of eind, bijvoorbeeld "zoeken".')
    .default(DEFAULT_OPTIONS.searchPagePath),
  devIndex: z.boolean().default(DEFAULT_OPTIONS.devIndex),
  thesaurus: z.array(z.array(z.string().min(1)).min(2, 'thesaurus: elke groep heeft minstens twee woorden.')).default(DEFAULT_OPTIONS.thesaurus),
});

export function validateOptions(options: unknown): PluginOptions {
  const result = schema.safeParse(options ?? {});
  if (!result.success) {
    throw new Error(`Zoek-plugin: ongeldige opties — ${result.error.issues.map((i) => `veld "${i.path.join('.')}": ${i.message}`).join('; ')}`);
  }
  return result.data;
}
