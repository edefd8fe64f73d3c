/** Options of the literatuur plugin; defaults live only here. */
import * as z from 'zod';
import {URLS} from '../../content/vocabulary';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'literatuur';

const pathPart = /^[a-z0-9][a-z0-9/_-]*$/;

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** CSL-JSON bibliography, relative to the site directory. */
    bibliography: z.string().min(1).default('src/data/literatuur.json'),
    /** Where the BibTeX and RIS exports are written, relative to each locale's build output. */
    exportDir: z
      .string()
      .regex(pathPart, {error: 'gebruik een map zonder "/" vooraan, bijvoorbeeld "downloads"'})
      .default(URLS.downloads.slice(1)),
    /** File name without extension of both exports: <exportDir>/<fileName>.bib and .ris. */
    fileName: z
      .string()
      .regex(/^[a-z0-9-]+$/, {error: 'gebruik kleine letters, cijfers en "-", zonder extensie'})
      .default('literatuur'),
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;

/** URL paths (without base URL) of the exports, as used in links. */
export function exportPaths(o: Pick<PluginOptions, 'exportDir' | 'fileName'>): {bibtex: string; ris: string} {
  return {bibtex: `/${o.exportDir}/${o.fileName}.bib`, ris: `/${o.exportDir}/${o.fileName}.ris`};
}
