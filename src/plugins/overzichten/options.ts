/** Options of the overzichten plugin (the spanningsvelden overview and the edition notes). */
import * as z from 'zod';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'overzichten';

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Id of the docs plugin instance whose pages are collected. */
    docsPluginId: z.string().min(1).default('default'),
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
