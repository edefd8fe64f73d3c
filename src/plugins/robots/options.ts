/** Options of the robots plugin: none — the sitemaps follow SITE_URL, BASE_URL and the locales. */
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'robots';

const options = createOptionsValidator({plugin: PLUGIN_NAME, shape: {}});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
