/**
 * Old URLs that must keep working after a page moved or was renamed.
 * A URL in urls.json that no longer exists in the build needs an entry here,
 * otherwise the URL-manifest test fails. Example:
 *   {from: '/handleiding/oude-naam', to: '/handleiding/nieuwe-naam'}
 * Paths are without base URL and without locale prefix; the plugin adds
 * them for every locale.
 * Note: the plugin's redirect pages carry a small inline script that our CSP
 * blocks; their <meta http-equiv="refresh"> still redirects, and that is what
 * the URL-manifest test checks.
 */
export interface Redirect {
  from: string | string[];
  to: string;
}

export const redirects: Redirect[] = [];
