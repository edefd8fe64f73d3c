/**
 * The built site in a real browser: every page of both sitemaps, light and
 * dark. Runs against build/ at "/", and again (npm run test:baseurl) against
 * a build under a sub-path, set through BUILD_DIR and BASE_URL.
 */
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {AuditPool, auditPage, problemsOf, type ColorMode} from '../lib/audit';
import {inlineScriptHashes, readNginxHeaders} from '../lib/csp';
import {builtReferences, sample, sitemapPaths} from '../lib/sitemap';
import {BASE_URL, BUILD_DIR, useBuiltSite} from '../lib/site';

// The base-URL pass (npm run test:baseurl) proves paths; axe's findings do not depend on them.
const MODES = (process.env.AXE_MODES ?? 'light,dark').split(',').filter(Boolean) as ColorMode[];

const allPages = [
  ...sitemapPaths(path.join(BUILD_DIR, 'sitemap.xml')).map((p) => ({path: p, lang: 'nl'})),
  ...sitemapPaths(path.join(BUILD_DIR, 'en/sitemap.xml')).map((p) => ({path: p, lang: 'en'})),
];

// SITE_PAGES=steekproef (the base-URL pass): two pages of each section; see sample().
const pages = process.env.SITE_PAGES === 'steekproef' ? sample(allPages, BASE_URL) : allPages;

// Dark mode changes colours only, so it gets axe's colour rules. An English page has the Dutch page's
// content, components and styles with English interface text: axe (light and dark) runs on every Dutch
// page and on two English pages per section; every other English page gets the page checks (status, h1,
// lang, console, requests, links) without axe. Keeps CI well inside its 30 minutes (README).
const enSample = new Set(sample(allPages, BASE_URL).map((p) => p.path));
const modesFor = ({path: p, lang}: {path: string; lang: string}): ColorMode[] =>
  lang === 'en' && !enSample.has(p) ? [] : MODES;

const site = useBuiltSite();
let pool: AuditPool;

beforeAll(async () => {
  // As many tabs as vitest runs tests at once (maxConcurrency in vitest.config.mts).
  pool = await AuditPool.open(site.browser, 4);
});

describe(`gebouwde site (base URL ${BASE_URL})`, () => {
  it('has the key pages of both locales in its sitemaps', () => {
    const paths = new Set(allPages.map((p) => p.path));
    for (const p of ['', 'over', 'toegankelijkheid', 'handleiding', 'en/over']) {
      expect(paths, `sitemap mist ${BASE_URL}${p}`).toContain(`${BASE_URL}${p}`);
    }
  });

  const cases = pages.map((page) => ({...page, axe: modesFor(page).join(' + ') || 'page checks only'}));
  it.concurrent.each(cases)(`$path ($lang) loads cleanly; axe: $axe`, async (page) => {
    const {path: p, lang} = page;
    const report = await pool.audit(site.server.origin + p, modesFor(page));
    expect(problemsOf(report, lang)).toEqual([]);
  });

  it('answers an unknown page with the site’s own 404 page', async () => {
    const report = await auditPage(site.browser, `${site.server.root}/bestaat-niet`);
    expect(report.status).toBe(404);
    expect(report.h1Count).toBe(1);
    expect(report.lang).toBe('nl');
    expect(report.externalRequests).toEqual([]);
  });

  it('every link and asset in the built HTML resolves under the base URL', async () => {
    const refs = builtReferences(BUILD_DIR, BASE_URL);
    expect(refs.size).toBeGreaterThan(50);
    const broken: string[] = [];
    for (const [target, page] of refs) {
      if (target.includes('(buiten base URL')) {
        broken.push(`${target} op ${page}`);
        continue;
      }
      const res = await fetch(site.server.origin + target, {redirect: 'manual'});
      if (res.status !== 200) broken.push(`${res.status} ${target} op ${page}`);
    }
    expect(broken).toEqual([]);
  });

  it('the CSP of deploy/nginx.conf allows every inline script the build contains', () => {
    const csp = readNginxHeaders()['Content-Security-Policy']!;
    const missing = [...inlineScriptHashes(BUILD_DIR)].filter((h) => !csp.includes(h));
    expect(missing, 'voer "npm run csp" uit en zet de nieuwe hashes in deploy/nginx.conf').toEqual([]);
  });
});
