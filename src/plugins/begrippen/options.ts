/**
 * Options of the begrippen plugin. The terms themselves are docs pages with
 * `type: begrip` (schema in src/content/schema.ts); their URL is fixed at
 * /begrippen/<id> (src/content/vocabulary.ts).
 */
import * as z from 'zod';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'begrippen';

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Id of the docs plugin instance whose pages hold the terms. */
    docsPluginId: z.string().min(1).default('default'),
  },
  removed: {
    folder: 'begrippen zijn de docs-pagina’s met "type: begrip"; de map doet er niet meer toe.',
    routePrefix: 'de URL van een begrip ligt vast op /begrippen/<id> (src/content/vocabulary.ts).',
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
