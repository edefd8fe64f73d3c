/** Options of the paginastijl plugin; defaults live only here. */
import * as z from 'zod';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'paginastijl';

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /**
     * Path fragments (with `/`) of stylesheets that only some pages use. Their CSS leaves the
     * one stylesheet every page loads and travels with the code of the pages that render them.
     * Only list CSS whose rules do not compete with other CSS for the same element (component
     * CSS modules with their own class names, a library's own classes like KaTeX's): the order
     * in which separate files arrive is not fixed (Docusaurus issue 2006).
     */
    separateStylesheets: z.array(z.string().min(1)).default([]),
  },
  removed: {
    losseStijlen: 'de optie heet nu "separateStylesheets" (opties zijn Engels, zie ONTWIKKELAARS.md).',
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
