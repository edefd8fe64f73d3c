/** Options of the zoeken plugin; defaults live only here. */
import * as z from 'zod';
import {URLS} from '../../content/vocabulary';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'zoeken';

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Route of the full results page, below baseUrl. */
    searchPagePath: z
      .string()
      .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, {
        error: 'gebruik kleine letters, cijfers en streepjes, zonder / aan het begin of eind, bijvoorbeeld "zoeken"',
      })
      .default(URLS.zoeken.slice(1)),
    /** Also build and serve the index in `docusaurus start`. */
    devIndex: z.boolean().default(true),
    /** Id of the docs plugin instance whose pages are indexed, per edition. */
    docsPluginId: z.string().min(1).default('default'),
    /** Id of the blog plugin instance whose posts go with the current edition (kenniscafés). */
    blogPluginId: z.string().min(1).default('default'),
    /**
     * Words readers use for the same thing, one group per line (single words).
     * A query word also finds its group's other words, at a lower weight.
     * Glossary pages (`type: begrip`, `term` + `aliases`) add their own groups.
     */
    thesaurus: z.array(z.array(z.string().min(1)).min(2, {error: 'elke groep heeft minstens twee woorden'})).default([
      ['ouder', 'moeder', 'vader', 'mama', 'papa'],
      ['jongere', 'kind', 'pleegkind', 'jeugdige', 'puber', 'zoon', 'dochter'],
      ['opvoeder', 'pleegouder', 'gezinshuisouder', 'pleegmoeder', 'pleegvader'],
      ['grens', 'begrenzen', 'grenzen'],
      ['contact', 'omgang', 'bezoek'],
      ['samenwerken', 'samenwerking'],
      ['gesprek', 'afstemmingsgesprek', 'overleg'],
      ['conflict', 'ruzie', 'onenigheid', 'spanning'],
    ]),
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
