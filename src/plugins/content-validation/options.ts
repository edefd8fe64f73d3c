/** Options of the content-validation plugin. */
import * as z from 'zod';
import {DEFAULT_IMAGE_BUDGET} from '../../content/rules';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'content-validation';

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Largest image a page may use, in bytes (the same budget as `npm run check`). */
    imageBudget: z.number().int().positive().default(DEFAULT_IMAGE_BUDGET),
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
