/**
 * Where the site is served. Organisations host copies on their intranet, often
 * under a sub-path, so both parts come from the environment.
 */
export interface SiteLocation {
  url: string;
  baseUrl: string;
}

// A reserved example domain: the real host is set per deployment with SITE_URL.
export const DEFAULT_SITE_URL = 'https://kennisbank.example';

export function siteLocation(env: NodeJS.ProcessEnv = process.env): SiteLocation {
  const rawUrl = (env.SITE_URL ?? DEFAULT_SITE_URL).trim();
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Error(
      `SITE_URL "${rawUrl}" is geen geldige URL. Gebruik bijvoorbeeld SITE_URL=https://intranet.example.org`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${rawUrl}" mag alleen protocol en host bevatten. Zet het pad in BASE_URL, bijvoorbeeld BASE_URL=/kennisbank/`,
    );
  }
  let baseUrl = (env.BASE_URL ?? '/').trim() || '/';
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(baseUrl)) {
    throw new Error(`BASE_URL "${baseUrl}" moet een pad zijn dat met "/" begint, bijvoorbeeld /kennisbank/`);
  }
  if (!baseUrl.endsWith('/')) baseUrl += '/';
  return {url: url.origin, baseUrl};
}

/**
 * CANONICAL_URL: the public site a copy should cite and name as canonical, its base path included
 * ("https://kennisbank.example/" or "https://example.org/kennisbank/"). Links stay local; only
 * `<link rel="canonical">` and the "Citeer" URLs change. Unset (the default): nothing changes.
 */
export function canonicalUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.CANONICAL_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `CANONICAL_URL "${raw}" is geen geldige URL. Geef het volledige adres van de publieke site, bijvoorbeeld CANONICAL_URL=https://kennisbank.example/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`CANONICAL_URL "${raw}" moet met https:// (of http://) beginnen.`);
  }
  if (url.search || url.hash) {
    throw new Error(
      `CANONICAL_URL "${raw}" mag geen ? of # bevatten: alleen protocol, host en het pad van de site, bijvoorbeeld https://kennisbank.example/`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/*$/, '/')}`;
}
