/** Options of the werkbladen plugin; every default lives here. */
import * as z from 'zod';
import {URLS} from '../../content/vocabulary';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'werkbladen';

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Id of the docs plugin instance whose pages hold the worksheets (`type: werkblad`). */
    docsPluginId: z.string().min(1).default('default'),
    /** URL folder the files are written to: /<outPath>/<id>.pdf and .docx, in every locale's output. */
    outPath: z
      .string()
      .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, {
        error: 'gebruik een map zonder "/" aan begin of eind, bijvoorbeeld "werkbladen"',
      })
      .default(URLS.werkbladen.slice(1)),
    /**
     * File name (without year and extension) of the zip with every worksheet, PDF and Word:
     * /<downloads>/<zip>-<year>.zip for the current edition. `false`: no zip.
     */
    zip: z
      .union([z.literal(false), z.string().regex(/^[a-z0-9][a-z0-9-]*$/)], {
        error: 'geef een bestandsnaam zonder extensie (kleine letters, cijfers, "-"), of false voor geen zip',
      })
      .default('werkbladen'),
  },
  removed: {
    dir: 'werkbladen zijn de docs-pagina’s met "type: werkblad"; de map doet er niet meer toe.',
    editie: 'de editie in de voettekst is nu het label van de docs-versie (src/content/vocabulary.ts, EDITIONS).',
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;

/** Site path of the worksheets zip of an edition year, or undefined without a zip. */
export function zipPath(o: Pick<PluginOptions, 'zip'>, year: string): string | undefined {
  return o.zip === false ? undefined : `${URLS.downloads}/${o.zip}-${year}.zip`;
}
