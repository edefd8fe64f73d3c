/** Options of the bronnen plugin. The sources themselves are data: src/data/bronnen/<sleutel>.yml, one file each. */
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'bronnen';

const options = createOptionsValidator({plugin: PLUGIN_NAME, shape: {}});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
