/** robots.txt: every page may be indexed, and the sitemaps of every locale are named with their full URL. */
import {normalizeUrl} from '@docusaurus/utils';

export function robotsTxt(siteUrl: string, baseUrl: string, localePrefixes: readonly string[]): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    ...localePrefixes.map((prefix) => `Sitemap: ${normalizeUrl([siteUrl, baseUrl, prefix, 'sitemap.xml'])}`),
    '',
  ].join('\n');
}
