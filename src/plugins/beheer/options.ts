/** Options of the beheer plugin (the web editor at /beheer/); defaults live only here. */
import * as z from 'zod';
import {createOptionsValidator} from '../shared/options';

export const PLUGIN_NAME = 'beheer';

const options = createOptionsValidator({
  plugin: PLUGIN_NAME,
  shape: {
    /** Where the editor lives, below baseUrl (no slashes): /beheer/. */
    path: z
      .string()
      .regex(/^[a-z0-9-]+$/, {error: 'gebruik kleine letters, cijfers en streepjes, zonder /, bijvoorbeeld "beheer"'})
      .default('beheer'),
    /** Branch that pull requests from the editor go to. */
    branch: z.string().min(1).default('main'),
    /**
     * Decap's `backend.base_url`: the OAuth service that logs a contributor in to GitHub
     * (a small proxy that holds the OAuth app's secret). Without it Decap uses Netlify's.
     */
    authUrl: z
      .url({protocol: /^https$/, error: 'moet een https-adres zijn, bijvoorbeeld "https://auth.example.org"'})
      .optional(),
    /** Where uploaded images go, relative to the site; static/ is served at the site root. */
    mediaFolder: z
      .string()
      .regex(/^static\/[a-z0-9/-]+$/, {error: 'moet een map onder static/ zijn, bijvoorbeeld "static/img/bijdragen"'})
      .default('static/img/bijdragen'),
    /**
     * In `docusaurus start`, let the editor talk to decap-server on this machine
     * (`npx decap-server`) instead of GitHub: a contributor on the local route edits
     * their own working copy. Never in a production build.
     */
    devLocalBackend: z.boolean().default(true),
  },
});

export const {validateOptions, normalize: normalizeOptions} = options;
export type PluginOptions = ReturnType<typeof options.normalize>;
export const DEFAULT_OPTIONS: PluginOptions = options.defaults;
