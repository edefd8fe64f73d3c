/**
 * The web editor at /beheer/ (src/plugins/beheer) as a contributor uses it: the
 * built editor in Chromium under the site's CSP, against a local backend —
 * decap-server in git mode on a TEMPORARY COPY of the site's content (never the
 * work tree), behind the editor's own origin, as `npx decap-server` is for the
 * local route. Saving in the editorial workflow commits to a branch
 * cms/<collection>/<slug>, as the pull request branch on GitHub.
 *
 * Her path: the login screen as built (no login configured: a Dutch page with the
 * other routes), then against the local backend a new kenniscafé whose new source
 * and image are added from its own form, all in ONE branch; the files written must
 * pass the content check and the schema, under the editor's CSP. The copy
 * is not built (that takes minutes): it is checked with checkSite, the very
 * validation `npm run check` and the build's content-validation plugin run
 * (that they agree is src/plugins/content-validation/__tests__/check-is-build.test.ts).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import type {Browser, Dialog, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../src/content/check';
import {readFrontMatter} from '../../src/content/frontMatter';
import {formatProblem, isError} from '../../src/content/problems';
import {contentSchemas} from '../../src/content/schema';
import {loadSiteData} from '../../src/content/siteData';
import type {DecapConfig} from '../../src/plugins/beheer/server/config';
import {loginOf} from '../../src/plugins/beheer/shared/login';
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
/** A 1×1 PNG: a real image file, far below the size limit. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const builtConfig = yaml.load(fs.readFileSync(path.join(BUILD_DIR, EDITOR, 'config.yml'), 'utf8')) as DecapConfig;

let repo: string;
/** Off: /beheer/config.yml is the built one (no login). On: the local backend, as `npx decap-server`. */
let lokaal = false;
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
      if (below === `${EDITOR}/config.yml` && lokaal) {
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
  // Decap is a 5 MB app: on a busy two-core machine a form can take longer than Playwright's 30 s to appear.
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  // Recorded, not intercepted: routing would switch off the HTTP cache, and every visit would then
  // fetch and compile Decap's 5 MB again (the test's slowest step). The CSP blocks other hosts anyway.
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && !/^(data|blob|about):/.test(url)) offHost.push(url);
  });
});

/** Logs in to the local backend (no account); Decap keeps the user for later loads. */
async function logIn(): Promise<void> {
  lokaal = true;
  await page.goto('about:blank');
  await page.goto(editorUrl(), {waitUntil: 'domcontentloaded'});
  // Decap is 5 MB of script: on a busy two-core machine it takes tens of seconds to start.
  const knop = page.getByRole('button', {name: 'Inloggen'});
  await knop.waitFor({timeout: 90_000}).catch(async (e: unknown) => {
    const body = await page.locator('body').innerText();
    throw new Error(
      `geen knop Inloggen: ${String(e)}\nfouten: ${pageErrors.join('\n')}\npagina: ${body.slice(0, 500)}`,
    );
  });
  await knop.click();
  await page.getByRole('link', {name: builtConfig.collections[0]!.label}).first().waitFor({timeout: 60_000});
}

const SHOTS = path.resolve('test-results/screenshots');
async function shot(name: string): Promise<void> {
  fs.mkdirSync(SHOTS, {recursive: true});
  await page.screenshot({path: path.join(SHOTS, `beheer-${name}.png`)});
}

const editorUrl = (hash = '') => `${server.origin}${BASE_URL}${EDITOR}/${hash}`;

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.stop();
  if (repo) fs.rmSync(repo, {recursive: true, force: true});
});

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

/** A value localforage (Decap's local backup) keeps in the page's IndexedDB, as JSON; "null" when absent. */
function backupOf(key: string): Promise<string> {
  return page.evaluate(
    (k) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('localforage');
        open.onerror = () => resolve('null');
        open.onsuccess = () => {
          try {
            const req = open.result.transaction('keyvaluepairs', 'readonly').objectStore('keyvaluepairs').get(k);
            req.onsuccess = () => resolve(JSON.stringify(req.result ?? null));
            req.onerror = () => resolve('null');
          } catch {
            resolve('null');
          } finally {
            open.result.close();
          }
        };
      }),
    key,
  );
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

  it('without a configured login, says so in Dutch and points to the forms that work (no Decap loaded)', async () => {
    expect(loginOf(builtConfig as never), 'de build zonder BEHEER_AUTH_URL').toBe('geen');
    const requested: string[] = [];
    const record = (r: {url(): string}) => requested.push(r.url());
    page.on('request', record);
    const res = await page.goto(editorUrl(), {waitUntil: 'networkidle'});
    expect(res?.headers()['content-security-policy']).toBe(
      readNginxHeaders(undefined, `/kennisbank/${EDITOR}/`)['Content-Security-Policy'],
    );
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect
      .poll(() => page.getByRole('heading', {name: 'De webeditor is nog niet aangezet'}).isVisible())
      .toBe(true);
    // The issue forms open as forms, not as their YAML files.
    const forms = await page
      .getByRole('link', {name: /Meld/})
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(forms).toEqual([
      `https://github.com/${builtConfig.backend.repo}/issues/new?template=nieuw-kenniscafe.yml`,
      `https://github.com/${builtConfig.backend.repo}/issues/new?template=correctie.yml`,
    ]);
    await expect.poll(() => page.locator('#beheer-geen-login').getByText('Bewerk deze pagina').isVisible()).toBe(true);
    expect(requested.filter((u) => u.includes('decap-cms'))).toEqual([]);
    await shot('geen-login-1280');
    page.off('request', record);
  });

  it('the config the build wrote is the one the site data gives (no hand-kept list)', () => {
    const fresh = editorConfigFor(repo, builtConfig, 'x', BASE_URL);
    expect(fresh.collections).toEqual(builtConfig.collections);
  });

  it('a kenniscafé with a NEW source and an image, all from its own form, in one pull request that passes the check', async () => {
    await logIn();
    expect(await page.getByText('Inhoudstypen', {exact: true}).count()).toBeGreaterThan(0);
    // Right after logging in Decap still moves from #/ to the first collection: go again until the form is there.
    await expect
      .poll(
        async () => {
          if (!page.url().endsWith('#/collections/kenniscafes/new'))
            await page.goto(editorUrl('#/collections/kenniscafes/new'));
          return page.getByLabel('Titel', {exact: true}).count();
        },
        {timeout: 90_000},
      )
      .toBe(1);
    await page.getByLabel('Titel', {exact: true}).fill('Kenniscafé 3: Ouders en pleegouders');
    await page
      .getByLabel('Beschrijving', {exact: true})
      .fill('Wat deelnemers van het derde kenniscafé meenamen over samenwerken.');
    await choose('Onderwerpen (tags)', 'samenwerken-met-ouders');

    // Her source is not on the site yet: she adds it here, with whole words in its key.
    const titel = 'Verslag van het derde kenniscafé over ouders en gezinshuisouders samen aan tafel';
    await page.getByRole('button', {name: 'Mijn bron staat er niet bij'}).click();
    const bron = page.getByRole('group', {name: 'Nieuwe bron'});
    await bron.getByRole('button', {name: 'Bron toevoegen'}).click();
    await expect.poll(() => bron.getByRole('alert').textContent()).toMatch(/^Vul nog in: Titel/);
    await bron.getByLabel('Titel').fill(titel);
    await bron.getByLabel('Maker').fill('Deelnemers van kenniscafé 3');
    await bron.getByLabel('Soort document').fill('Verslag');
    await bron.getByLabel('Waar in de bron').fill('Hele verslag');
    await bron.getByRole('button', {name: 'Bron toevoegen'}).click();
    await page.getByText(/gaat met deze bijdrage mee als nieuwe bron/).waitFor();

    // The text: a heading without an id, a known and an unknown term, text pasted from Word.
    const editor = page.locator('.cms-editor-raw [contenteditable="true"]');
    await editor.click();
    await page.keyboard.type('Ouders en pleegouders spraken over wat samenwerken makkelijker maakt.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('## Wat we hoorden');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Een [[gezinshuisouder]] en een [[zwembad]] vertelden.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // Word puts a tab after its bullet, a line break (not a blank line) between paragraphs, and no-break spaces.
    await editor.evaluate((el) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'Afspraken\u00a0helpen.\nSamen maken werkt.\n•\tEerste punt\n•\tTweede punt');
      el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    });
    // The preview shows the term as on the site and flags the unknown one.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('a.beheer-begrip').first().textContent()).toBe('gezinshuisouder');
    await expect.poll(() => preview.locator('mark.beheer-onbekend').first().textContent()).toContain('zwembad');

    // An image: too large is refused in Dutch; without a description it cannot go in.
    await page.getByRole('button', {name: 'Afbeelding toevoegen'}).click();
    const bestand = page.getByLabel(/^Afbeelding \(/);
    await bestand.setInputFiles({name: 'groot.png', mimeType: 'image/png', buffer: Buffer.alloc(400 * 1024, 1)});
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/is 400 kB; de grens is 300 kB/);
    await bestand.setInputFiles({name: 'Tafel gesprek.png', mimeType: 'image/png', buffer: PNG});
    await page.getByRole('button', {name: 'Invoegen in de tekst'}).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/wat er op de afbeelding staat/);
    await page.getByLabel(/^Beschrijving \(verplicht\)/).fill('Twee mensen aan een tafel');
    await page.getByRole('button', {name: 'Invoegen in de tekst'}).click();
    await expect.poll(() => editor.textContent()).toContain('![Twee mensen aan een tafel](/img/bijdragen/');
    // Not on the site yet, but in her pull request: the preview shows it, never "Afbeelding ontbreekt".
    await expect
      .poll(() =>
        preview.locator('img[src^="blob:"]').evaluateAll((i) => i.map((x) => (x as HTMLImageElement).naturalWidth)),
      )
      .toEqual([1]);
    await shot('kenniscafe-1280');

    const branch = await save(/^cms\/kenniscafes\/\d{4}-\d{2}-\d{2}-kenniscafe-3-ouders-en-pleegouders$/);
    const sleutel = 'verslag-van-het-derde-kenniscafe-over-ouders-en';
    const changed = filesChanged(repo, branch);
    expect(changed.filter((f) => !f.startsWith('blog/'))).toEqual([
      `src/data/bronnen/${sleutel}.yml`,
      'static/img/bijdragen/tafel-gesprek.png',
    ]);
    expect(branches(repo).filter((b) => b.startsWith('cms/'))).toEqual([branch]);
    const dir = checkoutOf(branch);
    try {
      const file = changed.find((f) => f.startsWith('blog/'))!;
      const raw = fs.readFileSync(path.join(dir, file), 'utf8');
      const fm = await readFrontMatter(file, raw);
      if ('problem' in fm) throw new Error(formatProblem(fm.problem));
      expect(fm.data).toMatchObject({
        slug: 'kenniscafe-3-ouders-en-pleegouders',
        bronnen: [{bron: sleutel, waar: 'Hele verslag'}],
      });
      expect(fm.data).not.toHaveProperty('nieuwe_bron');
      // What the site needs, written for her: the excerpt marker, heading ids, clean paragraphs and bullets.
      expect(raw).toContain('maakt.\n\n<!-- truncate -->\n\n## Wat we hoorden {#wat-we-hoorden}');
      expect(raw).toContain('Afspraken helpen.\n\nSamen maken werkt.\n\n- Eerste punt\n- Tweede punt');
      expect(raw).not.toMatch(/\u00a0|\t/);
      expect(fs.readFileSync(path.join(dir, `src/data/bronnen/${sleutel}.yml`), 'utf8')).toBe(
        `sleutel: ${sleutel}\ntitel: "${titel}"\nmaker: "Deelnemers van kenniscafé 3"\nsoort: "Verslag"\n`,
      );
      expect(fs.readFileSync(path.join(dir, 'static/img/bijdragen/tafel-gesprek.png')).equals(PNG)).toBe(true);
      const {data, problems: dataProblems} = loadSiteData(dir);
      expect(dataProblems.map(formatProblem)).toEqual([]);
      const parsed = contentSchemas(data.bronnen.map((b) => b.key)).blog.safeParse(fm.data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      // The unknown term is what `npm run check` reports; with it fixed the pull request passes.
      const {problems} = await checkSite(dir);
      expect(problems.filter(isError).map(formatProblem)).toEqual([
        expect.stringMatching(/^blog\/.*begrip "zwembad" bestaat niet/),
      ]);
      fs.writeFileSync(path.join(dir, file), raw.replace('[[zwembad]]', 'zwembad'));
      const fixed = await checkSite(dir);
      expect(fixed.problems.filter(isError).map(formatProblem), raw).toEqual([]);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
    expect(pageErrors).toEqual([]);
    expect(offHost).toEqual([]);
    expect(cspViolations).toEqual([]);
    // Decap's start and a real save under load: more than the project's default per-test time.
  }, 300_000);

  it('speaks Dutch where Decap would not: no English words on the workflow page', async () => {
    const dialogs: string[] = [];
    const accept = (d: Dialog) => {
      dialogs.push(d.message());
      void d.accept();
    };
    page.on('dialog', accept);
    // She comes back later to see where her contribution is.
    await page.goto('about:blank');
    await page.goto(editorUrl('#/workflow'));
    await page
      .getByText('Concepten')
      .first()
      .waitFor()
      .catch(async (e: unknown) => {
        await shot('redactie-fout');
        throw e;
      });
    page.off('dialog', accept);
    await expect
      .poll(() => page.getByText('Kenniscafé 3: Ouders en pleegouders').count(), {timeout: 30_000})
      .toBeGreaterThan(0);
    const text = await page.locator('body').innerText();
    for (const english of ['Unpublished Entries', 'Editorial Workflow', 'No options', 'Drafts', 'Media\n'])
      expect(text).not.toContain(english);
  });

  it('restoring her local backup brings back her text, never an empty form', async () => {
    const dialogs: string[] = [];
    // She starts afresh: a backup an earlier test left behind is not hers to restore (she says no).
    let fresh = true;
    const accept = (d: Dialog) => {
      dialogs.push(d.message());
      void (fresh && /back-up/.test(d.message()) ? d.dismiss() : d.accept());
    };
    page.on('dialog', accept);
    try {
      if (!lokaal) await logIn();
      await page.goto('about:blank');
      // Her form once Decap has finished preparing it (with nothing to restore, nothing replaces it).
      await page.goto(editorUrl('#/collections/kenniscafes/new'), {waitUntil: 'networkidle', timeout: 120_000});
      fresh = false;
      const titel = 'Kenniscafé 4: wat ik niet kwijt wil';
      await page.getByLabel('Titel', {exact: true}).fill(titel);
      await page.locator('.cms-editor-raw [contenteditable="true"]').click();
      await page.keyboard.type('Mijn tekst van een half uur.');
      // Decap keeps a backup in the browser (IndexedDB, via localforage) a moment after each change.
      await expect
        .poll(() => backupOf('backup.kenniscafes'), {timeout: 30_000})
        .toContain('Mijn tekst van een half uur.');
      // The browser closed on her: the next visit finds the backup, she says yes, the editor loads on.
      await page.goto('about:blank');
      await page.goto(editorUrl('#/collections/kenniscafes/new'), {waitUntil: 'networkidle', timeout: 120_000});
      await expect.poll(() => dialogs.some((m) => /back-up/.test(m)), {timeout: 30_000}).toBe(true);
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.getByLabel('Titel', {exact: true}).inputValue(), {timeout: 30_000}).toBe(titel);
      // The body editor fills a moment after the title (Slate mounts later): wait for it, but it must come.
      await expect
        .poll(() => page.locator('.cms-editor-raw').textContent(), {timeout: 30_000})
        .toContain('Mijn tekst van een half uur.');
    } finally {
      page.off('dialog', accept);
    }
  }, 240_000);

  it('on a phone (390 px) says to use a larger screen, with the other routes, and never scrolls sideways', async () => {
    await page.setViewportSize({width: 390, height: 844});
    await page.goto('about:blank');
    await page.goto(editorUrl(), {waitUntil: 'domcontentloaded'});
    await page.getByRole('heading', {name: 'Gebruik een groter scherm'}).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect.poll(() => page.getByRole('link', {name: /Meld de opbrengst/}).isVisible()).toBe(true);
    await shot('telefoon-390');
    lokaal = false;
    await page.goto(editorUrl(), {waitUntil: 'domcontentloaded'});
    await page.getByRole('heading', {name: 'De webeditor is nog niet aangezet'}).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('geen-login-390');
    // Her own pages follow the system's dark mode (Decap itself has none): the text stays readable.
    await page.emulateMedia({colorScheme: 'dark'});
    const kleuren = await page
      .getByRole('heading', {name: 'De webeditor is nog niet aangezet'})
      .evaluate((h) => [getComputedStyle(h).color, getComputedStyle(document.body).backgroundColor]);
    expect(kleuren).toEqual(['rgb(227, 227, 227)', 'rgb(27, 27, 29)']);
    await shot('geen-login-390-donker');
    await page.emulateMedia({colorScheme: null});
    await page.setViewportSize({width: 1280, height: 900});
  });
});
