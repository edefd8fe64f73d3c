/**
 * The web editor at /beheer/ (src/plugins/beheer) as a contributor uses it: the
 * built editor in Chromium under the site's CSP, against a local backend —
 * decap-server in git mode on a TEMPORARY COPY of the site's content (never the
 * work tree), behind the editor's own origin, as `npx decap-server` is for the
 * local route. Saving in the editorial workflow commits to a branch
 * cms/<collection>/<slug>, as the pull request branch on GitHub.
 *
 * A new source and a new kenniscafé that cites it are filled in through the
 * form; the files written must pass the content check and the schema. The copy
 * is not built (that takes minutes): it is checked with checkSite, the very
 * validation `npm run check` and the build's content-validation plugin run
 * (that they agree is src/plugins/content-validation/__tests__/check-is-build.test.ts).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../src/content/check';
import {readFrontMatter} from '../../src/content/frontMatter';
import {formatProblem, isError} from '../../src/content/problems';
import {contentSchemas} from '../../src/content/schema';
import {loadSiteData} from '../../src/content/siteData';
import type {DecapConfig} from '../../src/plugins/beheer/server/config';
import {launchBrowser} from '../lib/browser';
import {readNginxHeaders} from '../lib/csp';
import {
  branches,
  contentRepo,
  filesChanged,
  editorConfigFor,
  proxyTo,
  startDecapServer,
  type DecapServer,
} from '../lib/decap';
import {serveBuild, type StaticServer} from '../lib/server';
import {BASE_URL, BUILD_DIR} from '../lib/site';

const EDITOR = 'beheer';
const builtConfig = yaml.load(fs.readFileSync(path.join(BUILD_DIR, EDITOR, 'config.yml'), 'utf8')) as DecapConfig;

let repo: string;
let decap: DecapServer;
let server: StaticServer;
let browser: Browser;
let page: Page;
const offHost: string[] = [];
const cspViolations: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  repo = contentRepo();
  decap = await startDecapServer(repo);
  server = await serveBuild(BUILD_DIR, BASE_URL, undefined, {
    handle(req, res, below) {
      if (below === `${EDITOR}/api/v1`) {
        proxyTo(decap.url, req, res);
        return true;
      }
      if (below === `${EDITOR}/config.yml`) {
        // The config the next build would write from the copy's main branch (a merged source
        // appears in the dropdowns), pointed at the local backend on this origin.
        const config = editorConfigFor(repo, builtConfig, `${server.origin}${BASE_URL}${EDITOR}/api/v1`, BASE_URL);
        res.setHeader('Content-Type', 'text/yaml; charset=utf-8');
        res.end(yaml.dump(config, {lineWidth: -1, noRefs: true}));
        return true;
      }
      return false;
    },
  });
  browser = await launchBrowser();
  page = await browser.newPage({viewport: {width: 1280, height: 900}});
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || /^(data|blob):/.test(url)) return route.continue();
    offHost.push(url);
    return route.abort();
  });
  // Log in once (the local backend needs no account); Decap keeps the user for later loads.
  await page.goto(editorUrl(), {waitUntil: 'domcontentloaded'});
  await page.getByRole('button', {name: 'Inloggen'}).click();
  await page.getByRole('link', {name: builtConfig.collections[0]!.label}).first().waitFor();
});

const editorUrl = (hash = '') => `${server.origin}${BASE_URL}${EDITOR}/${hash}`;

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.stop();
  if (repo) fs.rmSync(repo, {recursive: true, force: true});
});

/** The options a react-select dropdown offers (Decap's select widget), read by opening it. */
async function optionsOf(label: string): Promise<string[]> {
  const input = page.getByLabel(label, {exact: true});
  await input.focus();
  await page.keyboard.press('ArrowDown');
  const options = page.locator('[id^="react-select"][id*="-option-"]');
  await options.first().waitFor();
  const texts = await options.allInnerTexts();
  await page.keyboard.press('Escape');
  return texts;
}

async function choose(label: string, text: string): Promise<void> {
  await page.getByLabel(label, {exact: true}).fill(text);
  await page.locator('[id^="react-select"][id*="-option-"]', {hasText: text}).first().click();
}

/** Saves the entry and returns the branch of its pull request (cms/<collection>/<slug>). */
async function save(branch: RegExp): Promise<string> {
  await page.getByRole('button', {name: 'Opslaan', exact: true}).click();
  let found: string | undefined;
  await expect
    .poll(
      () => {
        // The branch exists a moment before its commit does.
        found = branches(repo).find((b) => branch.test(b));
        return found ? filesChanged(repo, found).length : 0;
      },
      {timeout: 30_000, message: `${branch} na Opslaan\n${decap.log().slice(-2000)}`},
    )
    .toBeGreaterThan(0);
  return found!;
}

/** The repository as the pull request of branch would leave it: a clone, so decap-server's checkout is untouched. */
function checkoutOf(branch: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beheer-pr-'));
  execFileSync('git', ['clone', '-q', '--branch', branch, repo, dir]);
  return dir;
}

describe('webeditor /beheer/', () => {
  it('reader pages carry none of the editor: no script, no sitemap entry', () => {
    const home = fs.readFileSync(path.join(BUILD_DIR, 'index.html'), 'utf8');
    expect(home).not.toMatch(/decap|beheer\.js/i);
    const main = /<script[^>]+src="([^"]*\/main\.[0-9a-f]+\.js)"/.exec(home)?.[1];
    expect(main, 'main.js op de homepage').toBeDefined();
    const js = fs.readFileSync(path.join(BUILD_DIR, main!.slice(BASE_URL.length)), 'utf8');
    expect(js).not.toMatch(/decap-cms|registerPreviewTemplate/);
    expect(fs.readFileSync(path.join(BUILD_DIR, 'sitemap.xml'), 'utf8')).not.toContain(`/${EDITOR}`);
  });

  it('opens in Dutch under its own CSP, loading nothing from another host', async () => {
    await page.goto('about:blank');
    const res = await page.goto(editorUrl(), {waitUntil: 'domcontentloaded'});
    expect(res?.headers()['content-security-policy']).toBe(
      readNginxHeaders(undefined, `/kennisbank/${EDITOR}/`)['Content-Security-Policy'],
    );
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    // Dutch where Decap has it: the collection list's own words.
    await expect.poll(() => page.getByText('Inhoudstypen', {exact: true}).count()).toBeGreaterThan(0);
    for (const c of builtConfig.collections)
      await expect.poll(() => page.getByRole('link', {name: c.label}).count()).toBeGreaterThan(0);
    expect(offHost).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('the config the build wrote is the one the site data gives (no hand-kept list)', () => {
    const fresh = editorConfigFor(repo, builtConfig, 'x', BASE_URL);
    expect(fresh.collections).toEqual(builtConfig.collections);
  });

  it('a new source from the form is a valid src/data/bronnen file', async () => {
    await page.goto('about:blank');
    await page.goto(editorUrl('#/collections/bronnen/new'));
    await page.getByLabel('Titel', {exact: true}).fill('Verslag kenniscafé 3: Ouders en pleegouders');
    await page.getByLabel('Maker', {exact: true}).fill('Deelnemers van kenniscafé 3');
    await page.getByLabel('Soort document', {exact: true}).fill('Verslag');
    const branch = await save(/^cms\/bronnen\/verslag-kenniscafe-3-ouders-en-pleegouders$/);
    expect(filesChanged(repo, branch)).toEqual(['src/data/bronnen/verslag-kenniscafe-3-ouders-en-pleegouders.yml']);
    const dir = checkoutOf(branch);
    const {data, problems} = loadSiteData(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(data.bronnen.map((b) => b.key)).toContain('verslag-kenniscafe-3-ouders-en-pleegouders');
    fs.rmSync(dir, {recursive: true, force: true});
    // The redactie merges the pull request; the next build of the editor offers the source.
    const published = await fetch(decap.url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({
        action: 'publishUnpublishedEntry',
        params: {branch: 'main', collection: 'bronnen', slug: 'verslag-kenniscafe-3-ouders-en-pleegouders'},
      }),
    });
    expect(published.status, await published.clone().text()).toBe(200);
  });

  it('a new kenniscafé citing it passes npm run check and the schema', async () => {
    const {data} = loadSiteData(repo);
    // A fresh load, as a contributor's next visit: the editor reads the config the new build wrote.
    await page.goto('about:blank');
    await page.goto(editorUrl('#/collections/kenniscafes/new'));
    await page.getByLabel('Titel', {exact: true}).fill('Kenniscafé 3: Ouders en pleegouders');
    await page
      .getByLabel('Beschrijving', {exact: true})
      .fill('Wat deelnemers van het derde kenniscafé meenamen over samenwerken.');

    // The dropdowns offer exactly the site's data: every tag of blog/tags.yml, every source.
    expect((await optionsOf('Onderwerpen (tags)')).length).toBe(data.tags.size);
    await choose('Onderwerpen (tags)', 'samenwerken-met-ouders');
    await page.getByRole('button', {name: /Voeg bron toe/}).click();
    const bronOptions = await optionsOf('Bron');
    expect(bronOptions.length).toBe(data.bronnen.length);
    expect(bronOptions.join('\n')).toContain('Verslag kenniscafé 3');
    await choose('Bron', 'Verslag kenniscafé 3');
    await page.getByLabel(/^Waar in de bron/).fill('Hele verslag');

    await page.locator('.cms-editor-raw [contenteditable="true"]').click();
    await page.keyboard.type('Ouders en pleegouders spraken over wat samenwerken makkelijker maakt.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('<!-- truncate -->');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('## Wat we hoorden {#wat-we-hoorden}');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Afspraken helpen als ze samen gemaakt worden.');

    // The file is named after the day it is written (Docusaurus reads the date from it).
    const dir = checkoutOf(await save(/^cms\/kenniscafes\/\d{4}-\d{2}-\d{2}-kenniscafe-3-ouders-en-pleegouders$/));
    try {
      const written = fs
        .readdirSync(path.join(dir, 'blog'))
        .filter((f) => f.endsWith('-kenniscafe-3-ouders-en-pleegouders.md'));
      expect(written).toHaveLength(1);
      const file = `blog/${written[0]}`;
      const raw = fs.readFileSync(path.join(dir, file), 'utf8');

      const fm = await readFrontMatter(file, raw);
      if ('problem' in fm) throw new Error(formatProblem(fm.problem));
      const schemas = contentSchemas(loadSiteData(dir).data.bronnen.map((b) => b.key));
      const parsed = schemas.blog.safeParse(fm.data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(fm.data).toMatchObject({
        slug: 'kenniscafe-3-ouders-en-pleegouders',
        tags: ['samenwerken-met-ouders'],
        bronnen: [{bron: 'verslag-kenniscafe-3-ouders-en-pleegouders', waar: 'Hele verslag'}],
      });

      const {problems} = await checkSite(dir);
      expect(problems.filter(isError).map(formatProblem), raw).toEqual([]);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
    expect(pageErrors).toEqual([]);
    expect(offHost).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
