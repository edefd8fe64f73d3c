/** Options of the robots plugin. */
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'robots';

const options = createOptionsValidator({plugin: PLUGIN_NAME, shape: {}});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
