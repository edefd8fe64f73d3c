/** The route a focused link leads to, if it is a page of this site (the path Docusaurus preloads), else undefined. */
export function internalRoute(
  anchor: {href: string; target: string; hasAttribute(name: string): boolean},
  location: {origin: string},
  baseUrl: string,
): string | undefined {
  if (anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return undefined;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return undefined;
  }
  if (url.origin !== location.origin || !url.pathname.startsWith(baseUrl)) return undefined;
  // A file (feed, PDF, worksheet) is no route.
  if (/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.endsWith('.html')) return undefined;
  return url.pathname;
}
