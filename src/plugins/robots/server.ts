/** robots.txt: every page may be indexed, and the sitemaps of every locale are named with their full URL. */
export function robotsTxt(siteUrl: string, baseUrl: string, localePrefixes: readonly string[]): string {
  const root = siteUrl.replace(/\/$/, '') + baseUrl;
  return [
    'User-agent: *',
    'Allow: /',
    '',
    ...localePrefixes.map((p) => `Sitemap: ${root}${p ? `${p.slice(1)}/` : ''}sitemap.xml`),
    '',
  ].join('\n');
}
