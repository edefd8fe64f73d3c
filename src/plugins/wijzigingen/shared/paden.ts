/**
 * Where the plugin's public files and pages live, below the base URL. One place for the plugin,
 * the URL manifest (src/urls/declared.ts), the head tags and the pages that link to them.
 * Client-safe: no I/O.
 */
import {DEFAULT_LOCALE, EDITIONS, URLS, pinnedEditionPath} from '../../../content/vocabulary';

export type FeedSoort = 'atom' | 'json';

/** The year that names an edition in URLs ("2024", "2021"): stable when a newer edition arrives. */
export function editieJaar(edition: string): string {
  return (EDITIONS as Record<string, {year: string}>)[edition]?.year ?? edition;
}

/** The feed of an edition's major changes (and errata), per locale under its prefix. */
export function feedPad(edition: string, soort: FeedSoort): string {
  return `${URLS.wijzigingen}/${editieJaar(edition)}/${soort === 'atom' ? 'atom.xml' : 'feed.json'}`;
}

export type ApiBestand = 'paginas' | 'begrippen';

/** The content API: the locale is part of the path (/api/en/…), not a prefix. */
export function apiPad(locale: string, edition: string, bestand: ApiBestand): string {
  return `${URLS.api}/${locale}/${editieJaar(edition)}/${bestand}.json`;
}

/** The URL manifest (urls.json, the list of URLs that keep working), published once. */
export const URL_LIJST_PAD = `${URLS.api}/urls.json`;

export const OPENSEARCH_PAD = URLS.opensearch;

/** The errata page of a frozen edition: /2021/errata. */
export function errataPad(edition: string): string {
  return pinnedEditionPath(edition, URLS.errata);
}

/** "" for the default locale, "/en" for English: what Docusaurus puts before a page's path. */
export function localePrefix(locale: string): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** An absolute URL from SITE_URL, BASE_URL and a path below it ("/handleiding/houding"). */
export function absoluut(siteUrl: string, baseUrl: string, pad: string): string {
  const root = siteUrl.replace(/\/+$/, '') + (baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  return root + pad.replace(/^\/+/, '');
}

/**
 * The site's base URL without the locale: Docusaurus gives a locale's build its own base URL
 * ("/kennisbank/en/" on the English site), and the paths here add the locale prefix themselves.
 */
export function siteBaseUrl(baseUrl: string, locale: string): string {
  const prefix = localePrefix(locale);
  const own = `${prefix}/`;
  return prefix && baseUrl.endsWith(own) ? baseUrl.slice(0, -prefix.length) : baseUrl;
}
