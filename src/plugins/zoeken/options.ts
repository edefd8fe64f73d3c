/** Options of the zoeken plugin; defaults live only here. */
import * as z from 'zod';
import {URLS} from '../../content/vocabulary';
import {ZOEKWOORDEN_FILE} from '../../content/zoekwoorden';
import {ZOEKVRAGEN_DIR} from '../../content/zoekvragen';
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
     * The everyday-words list below the site folder: words readers type and the
     * site words they also find (src/content/zoekwoorden.ts). Glossary pages
     * (`type: begrip`, `term` + `aliases`) add their own groups.
     */
    zoekwoorden: z.string().min(1).default(ZOEKWOORDEN_FILE),
    /**
     * The folder below the site folder with reader questions per page or section (src/content/zoekvragen.ts),
     * indexed as extra words of the current edition's sections; the frozen editions keep their own index.
     */
    zoekvragen: z.string().min(1).default(ZOEKVRAGEN_DIR),
    /**
     * Heading ids of sections that ask the reader questions to think about ("Vragen om over na te
     * denken" on spanningsvelden and handelingen): they restate their page's subject as questions, so
     * their words lift the page, but a section that answers is shown before them (shared/scorer.ts).
     */
    reflectieAnkers: z
      .array(
        z.string().regex(/^[a-z0-9-]+$/, {
          error: 'een kop-id is kleine letters, cijfers en streepjes, zonder #, bijvoorbeeld "reflectievragen"',
        }),
      )
      .default(['reflectievragen']),
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
