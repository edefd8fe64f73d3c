/**
 * Redirects from the one list (src/config/redirects.ts), written three ways:
 *
 * - nginx: an include of `location = … { return 301 …; }` blocks (deploy/redirects.conf, for the
 *   example deploy/nginx.conf; `npm run redirects` writes it, a test holds it up to date);
 * - Netlify: `_redirects` in the build (the pull-request previews), with the trailing-slash and
 *   bare-sub-path rules that nginx.conf has by hand;
 * - any other host: a small page at the old address that goes on with the reader's query and
 *   anchor (client/doorverwijzing.ts), under the site's CSP.
 *
 * A 301 keeps the anchor: the browser carries "#gastvrij" over to the new address by itself.
 * Pure: strings in, strings out.
 */
import type {PluginOptions} from '../options';

export type RedirectList = PluginOptions['redirects'];

/** One old path → new path, both below the site's base URL, locale prefix included ("/en/handleiding/…"). */
export interface RedirectPair {
  from: string;
  to: string;
}

/** Every redirect for every locale ("" for the default locale, "/en" for English). */
export function expandRedirects(list: RedirectList, localePrefixes: readonly string[]): RedirectPair[] {
  return localePrefixes.flatMap((prefix) =>
    list.flatMap((r) =>
      (Array.isArray(r.from) ? r.from : [r.from]).map((from) => ({from: prefix + from, to: prefix + r.to})),
    ),
  );
}

/** "/kennisbank/" + "/handleiding" → "/kennisbank/handleiding". */
export function withBase(baseUrl: string, pathBelow: string): string {
  return `${baseUrl.replace(/\/$/, '')}${pathBelow}`;
}

/** Duplicate or circular entries: a list that cannot be followed is stopped before anything is written. */
export function listProblems(pairs: readonly RedirectPair[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const {from, to} of pairs) {
    if (from === to) problems.push(`"${from}" verwijst naar zichzelf.`);
    const earlier = seen.get(from);
    if (earlier !== undefined && earlier !== to)
      problems.push(`"${from}" staat twee keer in de lijst (naar "${earlier}" en naar "${to}").`);
    seen.set(from, to);
  }
  for (const {from, to} of pairs) {
    if (from !== to && seen.has(to))
      problems.push(
        `"${from}" verwijst naar "${to}", dat zelf weer doorverwijst: laat "${from}" meteen naar "${seen.get(to)}" gaan.`,
      );
  }
  return [...new Set(problems)];
}

const HEADER = (what: string, by: string) =>
  [
    `# ${what}`,
    `# Gemaakt door ${by} uit src/config/redirects.ts: niet met de hand bewerken.`,
    '# Tests: src/plugins/doorverwijzingen/__tests__, en tests/nginx/ (echte nginx: 301, anker blijft).',
  ].join('\n');

/**
 * The nginx include: one exact location per old address, answering 301 with the query kept
 * ($is_args$args) and the path only (the browser keeps scheme and host, also behind a TLS proxy).
 * Included by deploy/nginx.conf inside its server block.
 */
export function nginxRedirects(list: RedirectList, baseUrl: string, localePrefixes: readonly string[]): string {
  const pairs = expandRedirects(list, localePrefixes);
  const lines = pairs.map(
    ({from, to}) =>
      `location = ${withBase(baseUrl, from)} {\n    absolute_redirect off;\n    return 301 ${withBase(baseUrl, to)}$is_args$args;\n}`,
  );
  return `${HEADER(`Verhuisde pagina's van de Kennisbank onder ${baseUrl}, voor deploy/nginx.conf.`, '`npm run redirects`')}\n${
    lines.length ? `\n${lines.join('\n\n')}\n` : "# (Nog geen verhuisde pagina's.)\n"
  }`;
}

export interface NetlifyInput {
  list: RedirectList;
  baseUrl: string;
  localePrefixes: readonly string[];
  /** The site's page paths below the base URL ("/handleiding/houding"), of the default locale; other locales mirror them. */
  pages: readonly string[];
}

/**
 * Netlify's `_redirects`: the moved pages, every page's address with a trailing slash, and the bare
 * sub-path. Netlify keeps the query and the browser the anchor. Netlify matches a rule with or
 * without a trailing slash, but never where a file answers: "/x/ /x 301" cannot loop, because "/x" is a page.
 */
export function netlifyRedirects({list, baseUrl, localePrefixes, pages}: NetlifyInput): string {
  const rules: string[] = [];
  if (baseUrl !== '/') rules.push(`${baseUrl.replace(/\/$/, '')}  ${baseUrl}  301`);
  for (const {from, to} of expandRedirects(list, localePrefixes)) {
    rules.push(`${withBase(baseUrl, from)}  ${withBase(baseUrl, to)}  301`);
  }
  for (const prefix of localePrefixes) {
    for (const page of pages) {
      if (page === '/') continue;
      const p = withBase(baseUrl, prefix + page);
      rules.push(`${p}/  ${p}  301`);
    }
  }
  return `${HEADER(
    "Netlify: verhuisde pagina's, URL's met een / erachter en het kale subpad.",
    'de build (src/plugins/doorverwijzingen)',
  )}\n${rules.join('\n')}\n`;
}

export interface FallbackInput {
  /** New address, base URL included. */
  to: string;
  /** Full URL of the new address, for the canonical link. */
  canonical: string;
  lang: string;
  title: string;
  /** Sentence with "{link}" where the link to the new address goes. */
  text: string;
  linkText: string;
  /** URL of the script (client/doorverwijzing.ts, bundled). */
  scriptSrc: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

/**
 * The page at an old address for hosts without server rules. The script (before the refresh in the
 * document) goes on with query and anchor; without JavaScript the refresh goes to the new address;
 * and the link is there for anyone who sees the page. No inline script or style: the site's CSP holds.
 */
export function fallbackPage(p: FallbackInput): string {
  const to = escapeHtml(p.to);
  const link = `<a href="${to}">${escapeHtml(p.linkText)}</a>`;
  const [before, after = ''] = p.text.split('{link}');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(p.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(p.canonical)}">
<script src="${escapeHtml(p.scriptSrc)}" data-naar="${to}"></script>
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>${escapeHtml(p.title)}</h1>
<p>${escapeHtml(before!)}${link}${escapeHtml(after)}</p>
</main>
</body>
</html>
`;
}

/** The file that serves an old address the way nginx and static hosts look it up (trailingSlash: false). */
export function fallbackFile(pathBelowBase: string): string {
  return `${pathBelowBase.replace(/^\/+/, '')}.html`;
}
