/**
 * The addresses a page gives away, read from the build (both passes: the root build and the
 * base-URL build, which also sets CANONICAL_URL as a self-hosted copy would):
 *
 * - every page of the current edition has a pinned twin (/2024/…, /en/2024/…) with the same text,
 *   not in the sitemap and not in search, whose canonical link names the current page;
 * - "Citeer" offers the pinned URL and names the edition; with CANONICAL_URL it names the public site,
 *   as does every canonical link, while the links a reader follows stay on this site;
 * - the build has Netlify's `_redirects` (trailing slashes, moved pages) and the script of the pages
 *   left at old addresses.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {canonicalUrl, siteLocation} from '../../src/config/site';
import {CURRENT_EDITION, LOCALE_PREFIXES, pinnedEditionPath} from '../../src/content/vocabulary';
import {SCRIPT_FILE} from '../../src/plugins/doorverwijzingen/index';
import {htmlFileFor} from '../../src/urls/manifest';
import {sitemapPaths} from '../lib/sitemap';
import {BASE_URL, BUILD_DIR} from '../lib/site';

const {url: SITE_URL} = siteLocation(process.env);
const PUBLIC = canonicalUrl(process.env);
const PIN = pinnedEditionPath(CURRENT_EDITION, '');
/** Where canonical links and citations point for a path below the site root (locale prefix included). */
const publicUrl = (below: string) => `${PUBLIC ?? `${SITE_URL}${BASE_URL}`}${below.replace(/^\//, '')}`;

interface Page {
  /** Below the base URL, locale prefix included: "/en/handleiding/houding". */
  path: string;
  prefix: string;
  html: string;
}
const read = (p: string) => fs.readFileSync(htmlFileFor(BUILD_DIR, p)!, 'utf8');
const pages: Page[] = LOCALE_PREFIXES.flatMap((prefix) =>
  sitemapPaths(path.join(BUILD_DIR, prefix, 'sitemap.xml')).map((p) => {
    const below = `/${p.slice(BASE_URL.length)}`.replace(/(.)\/$/, '$1');
    // React puts an empty comment between text parts of one sentence; a reader never sees it.
    return {path: below, prefix, html: read(below).replaceAll('<!-- -->', '')};
  }),
);
const isDoc = (p: Page) => p.html.includes('theme-doc-markdown');
const current = pages.filter((p) => isDoc(p) && !/^(\/[a-z]{2})?\/\d{4}(\/|$)/.test(p.path));
const twinOf = (p: Page) => `${p.prefix}${PIN}${p.path.slice(p.prefix.length)}`;
const article = (html: string) => /<div class="theme-doc-markdown markdown">([\s\S]*?)<\/article>/.exec(html)?.[1];
const canonical = (html: string) => /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(html)?.[1];
const citation = (html: string) => /data-citeer="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');

describe('pinned URLs of the current edition', () => {
  it('finds the current edition in both locales', () => {
    expect(current.filter((p) => p.prefix === '').length).toBeGreaterThan(50);
    expect(current.filter((p) => p.prefix === '/en').length).toBe(current.filter((p) => p.prefix === '').length);
  });

  it.each(current.map((p) => [p.path, p] as const))('%s has a twin with the same text, canonical to it', (_p, page) => {
    const file = htmlFileFor(BUILD_DIR, twinOf(page));
    expect(file, `${twinOf(page)} bestaat niet`).toBeDefined();
    const twin = fs.readFileSync(file!, 'utf8').replaceAll('<!-- -->', '');
    expect(article(twin)).toBe(article(page.html));
    expect(canonical(twin)).toBe(publicUrl(page.path));
    expect(canonical(page.html)).toBe(publicUrl(page.path));
  });

  it('leaves twins out of the sitemaps and out of search', () => {
    expect(pages.filter((p) => p.path.startsWith(`${p.prefix}${PIN}/`))).toEqual([]);
    const indexDir = path.join(BUILD_DIR, 'assets/zoekindex');
    const twinsInSearch = fs
      .readdirSync(indexDir, {recursive: true, encoding: 'utf8'})
      .filter((f) => f.endsWith('.json'))
      .filter((f) => fs.readFileSync(path.join(indexDir, f), 'utf8').includes(`"u":"${PIN.slice(1)}/`));
    expect(twinsInSearch).toEqual([]);
  });
});

describe('"Citeer" and the canonical link', () => {
  it.each(pages.filter(isDoc).map((p) => [p.path, p] as const))(
    '%s is cited by its pinned URL, with its edition',
    (_p, page) => {
      const below = page.path.slice(page.prefix.length);
      const archived = /^\/\d{4}(\/|$)/.test(below);
      const pinned = archived ? page.path : twinOf(page);
      expect(citation(page.html)).toMatch(
        // "(z.d.)", "(n.d.)" for a page without a change note (src/plugins/wijzigingen: no invented date).
        new RegExp(`\\((?:\\d{4}, [^)]+|z\\.d\\.|n\\.d\\.)\\)\\. .* ${publicUrl(pinned).replace(/[.?+]/g, '\\$&')}$`),
      );
      expect(page.html).toMatch(page.prefix ? /This URL belongs to Edition \d{4}/ : /Deze URL hoort bij Editie \d{4}/);
      const note = /class="[^"]*kennisbank-citeer-editie[^"]*">([\s\S]*?)<\/p>/.exec(page.html)?.[1] ?? '';
      if (!archived) expect(note).toContain(publicUrl(page.path));
    },
  );

  it('every page names its canonical URL (the public site for a copy), while its links stay local', () => {
    for (const page of pages) {
      // A locale's home keeps its slash ("/en/"), as Docusaurus writes it.
      const home = page.path === '/' || page.path === page.prefix;
      expect(canonical(page.html), page.path).toBe(publicUrl(home ? `${page.prefix}/` : page.path));
    }
    if (PUBLIC) {
      const home = pages.find((p) => p.path === '/')!;
      expect(home.html).toMatch(new RegExp(`href="${BASE_URL}handleiding"`));
      expect(home.html).not.toMatch(new RegExp(`href="${PUBLIC}handleiding"`));
    }
  });
});

describe('redirects in the build', () => {
  it('has Netlify rules for every page with a trailing slash, each to a page of the build', () => {
    const rules = fs
      .readFileSync(path.join(BUILD_DIR, '_redirects'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(/\s+/) as [string, string, string]);
    const from = new Set(rules.map(([f]) => f));
    for (const page of pages.filter((p) => p.path !== '/' && p.path !== '/en')) {
      expect(from.has(`${BASE_URL}${page.path.slice(1)}/`), page.path).toBe(true);
    }
    for (const [, to] of rules) {
      const below = `/${to.slice(BASE_URL.length)}`;
      expect(to === BASE_URL || htmlFileFor(BUILD_DIR, below) !== undefined, to).toBe(true);
    }
  });

  it('has the script of the pages left at old addresses, in every locale', () => {
    for (const prefix of LOCALE_PREFIXES) {
      expect(fs.readFileSync(path.join(BUILD_DIR, prefix, SCRIPT_FILE), 'utf8')).toContain('location.replace');
    }
  });
});
