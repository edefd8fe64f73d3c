/**
 * Options of the doorverwijzingen plugin: the one redirect list (src/config/redirects.ts), checked
 * here with Dutch messages that name the entry.
 */
import * as z from 'zod';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'doorverwijzingen';

/** A page path below the base URL and locale: "/handleiding/houding" (no query, anchor or trailing slash). */
const pagePath = z.string().regex(/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/, {
  error:
    'moet een pad van een pagina zijn zoals "/handleiding/houding": met / ervoor, zonder / erachter, zonder ? of #, zonder basis-URL of taal',
});

const redirect = z.strictObject({
  /** Old path(s) that must keep working. */
  from: z.union([pagePath, z.array(pagePath).min(1)]),
  /** Where the page is now. */
  to: pagePath,
});

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Moved pages: {from, to} without base URL and locale prefix; every locale gets the same redirects. */
    redirects: z.array(redirect).default([]),
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
