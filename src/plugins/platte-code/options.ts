/** Options of the platte-code plugin: none — it only replaces prism-react-renderer in the bundles. */
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'platte-code';

const options = createOptionsValidator({plugin: PLUGIN_NAME, shape: {}});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
