/** Options of the wijzigingen plugin (errata pages, change feeds, content API, OpenSearch). */
import * as z from 'zod';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'wijzigingen';

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Id of the docs plugin instance whose pages, change notes and terms are published. */
    docsPluginId: z.string().min(1).default('default'),
    /** Id of the blog plugin instance (kenniscafés): their change notes go into the current edition's feed. */
    blogPluginId: z.string().min(1).default('default'),
    /** Most items in one feed, newest first (the API lists every page). */
    feedItems: z.number().int().min(1).max(1000).default(100),
  },
  removed: {},
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
