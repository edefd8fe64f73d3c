/**
 * How a contributor logs in, read from the editor's config: the editor script
 * opens Decap only when a login can work, and otherwise shows in Dutch which other
 * routes there are (a login that goes nowhere is worse than none).
 *  - "extern": a maintained OAuth client the administrator deployed (BEHEER_AUTH_URL),
 *    e.g. the Sveltia CMS Authenticator on Cloudflare Workers;
 *  - "netlify": Netlify's built-in GitHub OAuth (BEHEER_AUTH_URL=https://api.netlify.com plus
 *    the Netlify site's domain, BEHEER_SITE_DOMAIN);
 *  - "lokaal": decap-server on this machine (`npx decap-server`, and the browser test);
 *  - "geen": nothing configured.
 */
export type Login = 'extern' | 'netlify' | 'lokaal' | 'geen';

export const NETLIFY_API = 'https://api.netlify.com';

interface LoginConfig {
  backend?: {base_url?: string; site_domain?: string};
  local_backend?: unknown;
}

export function loginOf(config: LoginConfig): Login {
  if (config.local_backend) return 'lokaal';
  const base = config.backend?.base_url?.replace(/\/+$/, '');
  if (!base) return 'geen';
  if (base === NETLIFY_API) return config.backend?.site_domain ? 'netlify' : 'geen';
  return 'extern';
}
