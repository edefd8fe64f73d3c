/**
 * Old URLs that must keep working after a page moved or was renamed: the one redirect list.
 * A URL in urls.json that no longer exists in the build needs an entry here, otherwise the
 * URL-manifest test fails. Example:
 *   {from: '/handleiding/oude-naam', to: '/handleiding/nieuwe-naam'}
 * Paths are without base URL and without locale prefix; every locale gets the redirect.
 *
 * From this list src/plugins/doorverwijzingen makes a 301 on the server (nginx: run
 * `npm run redirects` for deploy/redirects.conf; Netlify: `_redirects` in the build), which keeps
 * the reader's #anchor, and for other hosts a page at the old address that goes on with query and
 * anchor under the site's CSP.
 */
export interface Redirect {
  from: string | string[];
  to: string;
}

export const redirects: Redirect[] = [];

/**
 * REDIRECTS_EXTRA: redirects for one build only, as JSON in the same shape (the base-URL test plants
 * a moved page with it, so the real list stays true). Checked like the list, by the plugin's options.
 */
export function extraRedirects(env: NodeJS.ProcessEnv): Redirect[] {
  const raw = env.REDIRECTS_EXTRA?.trim();
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed as Redirect[];
  } catch {
    // reported below
  }
  throw new Error(
    `REDIRECTS_EXTRA is geen JSON-lijst van redirects. Voorbeeld: REDIRECTS_EXTRA='[{"from":"/oud","to":"/nieuw"}]'`,
  );
}
