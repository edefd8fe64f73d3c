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
     * Decap's `backend.base_url`: the OAuth client that logs a contributor in to GitHub and holds
     * the OAuth app's secret (BEHEER_AUTH_URL), e.g. the Sveltia CMS Authenticator's worker, or
     * https://api.netlify.com for Netlify's own. Without it /beheer/ says in Dutch that there is no
     * login yet and points to the other routes (a login that goes nowhere helps no one).
     */
    authUrl: z
      .url({protocol: /^https$/, error: 'moet een https-adres zijn, bijvoorbeeld "https://auth.example.org"'})
      .optional(),
    /**
     * Netlify's built-in OAuth only (authUrl https://api.netlify.com): the domain of the Netlify site
     * that holds the GitHub provider, e.g. "kennisbank.netlify.app" (BEHEER_SITE_DOMAIN).
     */
    siteDomain: z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, {
        error: 'moet een domeinnaam zijn, zonder https://, bijvoorbeeld "kennisbank.netlify.app"',
      })
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
