/**
 * Where the pinned twin of the current edition lives, shared by the build (routes, sitemap) and
 * the browser (canonical link, "Citeer"). A pinned path names the edition ("/2024"): below it, a
 * page of the current edition keeps its own slug ("/2024/handleiding/houding").
 *
 * Pure: safe in the browser bundle.
 */

/** "/2024" → "2024/", the segment to put after a base URL that ends with "/". */
export function pinSegment(vastPad: string): string {
  return `${vastPad.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * The current page of a pinned twin, as a path below the locale's base URL: "2024/handleiding/houding"
 * → "handleiding/houding". Undefined for a path that is not below the pinned path.
 */
export function currentOfTwin(pathBelowBase: string, vastPad: string): string | undefined {
  const seg = pinSegment(vastPad);
  if (pathBelowBase === seg.slice(0, -1)) return '';
  return pathBelowBase.startsWith(seg) ? pathBelowBase.slice(seg.length) : undefined;
}

/**
 * Sitemap ignore patterns (as the sitemap plugin matches route paths, base URL included) for the
 * twins in every locale: a twin shows the same text as the current page, whose URL is the one to list.
 */
export function twinSitemapPatterns(baseUrl: string, vastPad: string, localePrefixes: readonly string[]): string[] {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return localePrefixes.map(
    (prefix) => `${base}${prefix ? `${prefix.replace(/^\/+|\/+$/g, '')}/` : ''}${pinSegment(vastPad)}**`,
  );
}

/** What a twin's version route tells its pages: where the twin lives and where the current pages are (base URL included). */
export interface TwinProp {
  /** "/kennisbank/2024/" */
  twinPath: string;
  /** "/kennisbank/" */
  currentPath: string;
}

/** "/kennisbank/2024/handleiding/houding" → "/kennisbank/handleiding/houding" (no trailing slash, as the site's URLs). */
export function currentPathOfTwin(pathname: string, {twinPath, currentPath}: TwinProp): string {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!withSlash.startsWith(twinPath)) return pathname;
  const rest = withSlash.slice(twinPath.length).replace(/\/+$/, '');
  return rest ? `${currentPath}${rest}` : currentPath;
}
