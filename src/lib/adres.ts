/**
 * Addresses a page gives away: its canonical link and the URL "Citeer" offers. Both name the
 * public site (CANONICAL_URL, for a self-hosted copy) when one is set, else the site itself; both
 * name the current page for a pinned twin of the current edition. Pure: the components pass in
 * what Docusaurus knows (site URL, the locale's base URL, the locale) and the path.
 */
import {currentOfTwin} from '../plugins/edities/shared/vastPad';

export interface SiteAddress {
  /** SITE_URL: protocol and host, no trailing slash ("https://intranet.example.org"). */
  siteUrl: string;
  /** The locale's base URL as Docusaurus gives it ("/kennisbank/en/"). */
  baseUrl: string;
  locale: string;
  defaultLocale: string;
  /** CANONICAL_URL: the public site, base path included, ending in "/" ("https://kennisbank.example/"). */
  canonicalUrl?: string;
}

/** The public root of this locale's pages, ending in "/": where citations and canonical links point. */
export function publicRoot(a: SiteAddress): string {
  if (!a.canonicalUrl) return `${a.siteUrl}${a.baseUrl}`;
  const root = a.canonicalUrl.endsWith('/') ? a.canonicalUrl : `${a.canonicalUrl}/`;
  return a.locale === a.defaultLocale ? root : `${root}${a.locale}/`;
}

/** A pathname below the locale's base URL, without a leading slash ("handleiding/houding"); undefined outside it. */
export function belowBase(pathname: string, baseUrl: string): string | undefined {
  if (pathname === baseUrl || `${pathname}/` === baseUrl) return '';
  return pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : undefined;
}

/** The public URL of a path below the locale's base URL ("2024/handleiding/houding"). */
export function publicUrl(a: SiteAddress, pathBelowBase: string): string {
  return `${publicRoot(a)}${pathBelowBase.replace(/^\/+/, '')}`;
}

/**
 * The canonical URL of a page when it is not Docusaurus's default (this site's URL of the page):
 * with CANONICAL_URL the public site's URL, and for a pinned twin of the current edition the
 * current page, which shows the same text. Undefined when the default is right.
 */
export function canonicalFor(a: SiteAddress, pathname: string, vastPad: string): string | undefined {
  // Docusaurus's own canonical drops a trailing slash too (trailingSlash: false).
  const below = belowBase(pathname, a.baseUrl)?.replace(/\/+$/, '');
  if (below === undefined) return undefined;
  const current = currentOfTwin(below, vastPad);
  if (current === undefined && !a.canonicalUrl) return undefined;
  return publicUrl(a, current ?? below);
}
