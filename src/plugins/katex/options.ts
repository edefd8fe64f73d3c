/** Options of the katex plugin: none — the stylesheet and fonts come from the katex package. */
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'katex';

const options = createOptionsValidator({plugin: PLUGIN_NAME, shape: {}});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
