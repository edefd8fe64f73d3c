/**
 * The promise of a pinned URL: "/2024/handleiding/houding" keeps showing the 2024 text after a newer
 * edition arrives, while "/handleiding/houding" shows the newest. Proven on a copy of the edities
 * plugin's fixture site (src/plugins/edities/__tests__/__fixtures__/website), built before and after
 * the step `npm run editie` takes (`docusaurus docs:version 2024`, the new year in the edition list,
 * new text in docs/). One locale and three pages, so the two builds stay small.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runDocsVersion} from '../../src/plugins/edities/server/nieuweEditie';
import {htmlFileFor} from '../../src/urls/manifest';
import {launchBrowser} from '../lib/browser';
import {serveBuild, type StaticServer} from '../lib/server';
import {sitemapPaths} from '../lib/sitemap';

const REPO = path.resolve(__dirname, '../..');
const FIXTURE = path.join(REPO, 'src/plugins/edities/__tests__/__fixtures__/website');
// Inside the repository (so the site finds node_modules), in a folder git and the linters ignore.
const WORK = path.join(REPO, 'build-edities');
const SITE = path.join(WORK, 'site');
const BEFORE = path.join(WORK, 'voor');
const AFTER = path.join(WORK, 'na');

const env = {
  ...process.env,
  DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus',
  // Webpack's persistent cache is not keyed by site: it could hand this build the main site's modules.
  DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
};
const build = (outDir: string) =>
  promisify(execFile)(
    process.execPath,
    // No minifying: the test reads the pages, and terser is most of a small site's build time.
    [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', '--no-minify', '--out-dir', outDir],
    {cwd: SITE, env, maxBuffer: 32 * 1024 * 1024},
  );

const html = (dir: string, urlPath: string) => {
  const file = htmlFileFor(dir, urlPath);
  if (!file) throw new Error(`${urlPath} bestaat niet in ${path.relative(REPO, dir)}`);
  return fs.readFileSync(file, 'utf8');
};
/** The page's own text (the Markdown content), without navigation. */
const article = (page: string) => /<div class="theme-doc-markdown markdown">([\s\S]*?)<\/article>/.exec(page)?.[1];
const canonical = (page: string) => /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(page)?.[1];
const sidebarLinks = (page: string) =>
  [...page.matchAll(/class="menu__link[^"]*"[^>]*href="([^"]+)"/g)].map((m) => m[1]);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  fs.rmSync(WORK, {recursive: true, force: true});
  fs.cpSync(FIXTURE, SITE, {recursive: true, filter: (src) => !/[\\/](\.docusaurus|build)$/.test(src)});
  await build(BEFORE);
  // What `npm run editie -- 2028` does on the real site: archive the current edition under its year,
  // make the new year current (there: src/content/vocabulary.ts; here: editie.json), then write on.
  runDocsVersion(SITE, '2024', {...env, FORCE_COLOR: '0'});
  fs.writeFileSync(path.join(SITE, 'editie.json'), '{"jaar": "2028"}\n');
  const houding = path.join(SITE, 'docs/handleiding/houding.md');
  fs.writeFileSync(houding, fs.readFileSync(houding, 'utf8').replace('Tekst van editie 2024', 'Tekst van editie 2028'));
  await build(AFTER);
  server = await serveBuild(AFTER, '/', {});
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(WORK, {recursive: true, force: true});
});

describe('pinned edition URLs across a new edition (fixture site)', () => {
  it('before: /2024/… is a twin of the current page, named canonical and left out of the sitemap', () => {
    const pinned = html(BEFORE, '/2024/handleiding/houding');
    const current = html(BEFORE, '/handleiding/houding');
    expect(article(pinned)).toContain('Tekst van editie 2024');
    expect(article(pinned)).toBe(article(current));
    expect(canonical(pinned)).toBe('https://proef.example/handleiding/houding');
    expect(sidebarLinks(pinned)).toEqual(['/2024/handleiding', '/2024/handleiding/houding']);
    const sitemap = sitemapPaths(path.join(BEFORE, 'sitemap.xml'));
    expect(sitemap).toContain('/handleiding/houding');
    expect(sitemap.filter((p) => p.startsWith('/2024'))).toEqual([]);
  });

  it('after: /2024/… keeps the 2024 text, /… shows the new edition, /2028/… pins it', () => {
    expect(article(html(AFTER, '/2024/handleiding/houding'))).toContain('Tekst van editie 2024');
    expect(article(html(AFTER, '/2024/handleiding/houding'))).toBe(article(html(BEFORE, '/2024/handleiding/houding')));
    expect(article(html(AFTER, '/handleiding/houding'))).toContain('Tekst van editie 2028');
    expect(article(html(AFTER, '/2028/handleiding/houding'))).toContain('Tekst van editie 2028');
    // The archived edition is its own page now: its own canonical, in the sitemap, its links in /2024.
    const archived = html(AFTER, '/2024/handleiding/houding');
    expect(canonical(archived)).toBe('https://proef.example/2024/handleiding/houding');
    expect(sitemapPaths(path.join(AFTER, 'sitemap.xml'))).toContain('/2024/handleiding/houding');
    expect(sidebarLinks(archived)).toEqual(['/2024/handleiding', '/2024/handleiding/houding']);
    expect(html(AFTER, '/2024/handleiding')).toMatch(/href="\/2024\/handleiding\/houding#gastvrij"/);
  });

  it('after: every pinned URL of before still answers', () => {
    const pinnedBefore = fs
      .readdirSync(path.join(BEFORE, '2024'), {recursive: true, encoding: 'utf8'})
      .filter((f) => f.endsWith('.html'))
      .map(
        (f) =>
          `/2024/${f
            .replace(/\.html$/, '')
            .split(path.sep)
            .join('/')}`,
      );
    expect(pinnedBefore.sort()).toEqual(['/2024/handleiding', '/2024/handleiding/houding', '/2024/over']);
    for (const p of pinnedBefore) expect(htmlFileFor(AFTER, p), p).toBeDefined();
  });

  it('after: a reader opening a pinned link with an anchor reads the 2024 text there, without errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      // A failed request is reported below, with its URL.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      // The fixture has no favicon; the browser asks for one anyway.
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
    });
    try {
      await page.goto(`${server.origin}/2024/handleiding/houding#gastvrij`);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('article').textContent()).toContain('Tekst van editie 2024');
      expect(new URL(page.url()).hash).toBe('#gastvrij');
      // Client-side navigation stays in the pinned edition.
      await page.click('nav.menu a[href="/2024/handleiding"]');
      await page.waitForURL(`${server.origin}/2024/handleiding`);
      expect(await page.locator('h1').textContent()).toBe('Handleiding');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
