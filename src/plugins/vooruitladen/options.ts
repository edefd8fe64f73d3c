/** Options of the vooruitladen plugin: none. */
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'vooruitladen';

const options = createOptionsValidator({plugin: PLUGIN_NAME, shape: {}});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
