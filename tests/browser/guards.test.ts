/**
 * Each guard of the browser suite and of the build is shown to bite: a
 * deliberately broken fixture must produce the failure the guard exists for.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {AuditPool, auditPage, brokenLinks, problemsOf} from '../lib/audit';
import {launchBrowser} from '../lib/browser';
import {brokenWords, clippedText, headerCollisions, horizontalScroll, overlayProblems} from '../lib/layout';
import {follow} from '../lib/redirect';
import {serveBuild, type StaticServer} from '../lib/server';
import {NO_HISTORY_NOTICE} from '../../src/config/vcs';

const FIXTURES = path.join(__dirname, '__fixtures__');
const run = promisify(execFile);

let server: StaticServer;
let cspServer: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // Without the CSP, so the request checks themselves are tested, not the CSP in front of them.
  server = await serveBuild(path.join(FIXTURES, 'pages'), '/', {});
  cspServer = await serveBuild(path.join(FIXTURES, 'pages'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cspServer?.close();
});

describe('browser guards', () => {
  it('passes a clean page (so the failures below are not noise)', async () => {
    const report = await auditPage(browser, `${server.origin}/index.html`);
    expect(problemsOf(report, 'nl')).toEqual([]);
  });

  it('catches and blocks a script from another host', async () => {
    const report = await auditPage(browser, `${server.origin}/external-script.html`);
    expect(report.externalRequests).toEqual(['https://cdn.example.com/library.js']);
    expect(problemsOf(report, 'nl')).toContain('verzoek naar andere host: https://cdn.example.com/library.js');
  });

  it('catches an image without alt text through axe-core', async () => {
    const report = await auditPage(browser, `${server.origin}/missing-alt.html`);
    expect(report.axe.light.map((v) => v.id)).toContain('image-alt');
    expect(report.axe.dark.map((v) => v.id)).toContain('image-alt');
  });

  it('checks contrast in dark mode too, not only in light mode', async () => {
    const report = await auditPage(browser, `${server.origin}/dark-contrast.html`);
    expect(report.axe.light).toEqual([]);
    expect(report.axe.dark.map((v) => v.id)).toContain('color-contrast');
  });

  it('keeps reports apart when a pool of tabs audits pages one after another', async () => {
    const pool = await AuditPool.open(browser, 1);
    try {
      const [bad, good, dark] = await Promise.all([
        pool.audit(`${server.origin}/external-script.html`),
        pool.audit(`${server.origin}/index.html`),
        pool.audit(`${server.origin}/dark-contrast.html`),
      ]);
      expect(bad.externalRequests).toEqual(['https://cdn.example.com/library.js']);
      expect(problemsOf(good, 'nl')).toEqual([]);
      expect(dark.axe.dark.map((v) => v.id)).toContain('color-contrast');
    } finally {
      await pool.close();
    }
  });

  it('catches a file of the page that is missing', async () => {
    const report = await auditPage(browser, `${server.origin}/missing-asset.html`);
    expect(problemsOf(report, 'nl')).toContain(`kapot verzoek: 404 ${server.origin}/assets/js/bestaat-niet.js`);
  });

  it('catches a dead link', async () => {
    const report = await auditPage(browser, `${server.origin}/dead-link.html`);
    expect(await brokenLinks(report.links)).toEqual([`404 ${server.origin}/bestaat-niet`]);
  });

  it('catches an inline script that the Content-Security-Policy forbids', async () => {
    const report = await auditPage(browser, `${cspServer.origin}/inline-script.html`);
    expect(report.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    const allowed = await auditPage(browser, `${server.origin}/inline-script.html`);
    expect(allowed.consoleErrors).toEqual([]);
  });

  it('catches a wrong lang and more than one h1', async () => {
    const report = await auditPage(browser, `${server.origin}/wrong-lang.html`);
    expect(problemsOf(report, 'nl')).toEqual(
      expect.arrayContaining(['2 h1-koppen (verwacht: precies 1)', 'lang="en" (verwacht: "nl")']),
    );
  });
});

describe('layout guards (tests/browser/layout.test.ts)', () => {
  async function open(file: string, width: number) {
    const page = await browser.newPage({viewport: {width, height: 800}});
    await page.goto(`${server.origin}/${file}`);
    return page;
  }

  it.each([360, 1280])('passes a page where everything fits and overlays are opaque, at %i px', async (width) => {
    const page = await open('layout-ok.html', width);
    try {
      expect(await horizontalScroll(page)).toEqual([]);
      expect(await headerCollisions(page)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      expect(await overlayProblems(page, '.overlay', 'venster')).toEqual([]);
      expect(await brokenWords(page, 'body')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('catches a page that scrolls sideways, and names the wide table (not the off-screen skip link)', async () => {
    const page = await open('layout-horizontal-scroll.html', 360);
    try {
      const problems = await horizontalScroll(page);
      expect(problems).toEqual([
        expect.stringMatching(
          /^horizontaal scrollen: pagina is \d+ px breed bij een venster van 360 px \(te breed: table\.downloads/,
        ),
      ]);
      expect(problems[0]).not.toContain('Ga naar hoofdinhoud');
    } finally {
      await page.close();
    }
  });

  it('catches navbar items drawn over each other, a logo on a link, items that touch, and an item outside the bar', async () => {
    const page = await open('layout-navbar-overlap.html', 1024);
    try {
      const problems = await headerCollisions(page);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^over elkaar: a "Werkbladen" .* en a "Editie 2024"/),
          expect.stringMatching(/^over elkaar: a\.navbar__brand .* en a "Handleiding"/),
          expect.stringMatching(/^buiten de kopbalk: a\.onder "Te laag"/),
        ]),
      );
      expect(await headerCollisions(page, '#raakt')).toEqual([
        expect.stringMatching(/^raken elkaar \(2\.0 px\): a .* en a "Handleiding"/),
      ]);
      // The same bar has room at 1920 px: only the misplaced item is left.
      await page.setViewportSize({width: 1920, height: 800});
      expect(await headerCollisions(page)).toEqual([
        expect.stringMatching(/^buiten de kopbalk: a\.onder/),
        expect.stringMatching(/^over elkaar: a\.navbar__brand/),
      ]);
    } finally {
      await page.close();
    }
  });

  it('catches a see-through overlay, grey text, a faded box and a box wider than the phone; passes the good one', async () => {
    const page = await open('layout-overlays.html', 360);
    try {
      expect(await overlayProblems(page, '#doorzichtig', 'zoekvenster')).toEqual([
        'zoekvenster: achtergrond niet dekkend (rgba(0, 0, 0, 0)): de pagina schijnt erdoorheen',
        expect.stringMatching(/^zoekvenster: te weinig contrast in 1 tekst\(en\), slechtst 1\.\d+:1 \(nodig 4\.5:1\)/),
      ]);
      expect(await overlayProblems(page, '#grijs', 'uitleg')).toEqual([
        expect.stringMatching(
          /^uitleg: te weinig contrast in 1 tekst\(en\), slechtst 2\.\d+:1 \(nodig 4\.5:1\) voor "Lichtgrijze uitleg op wit"/,
        ),
      ]);
      expect(await overlayProblems(page, '#vaag', 'menu')).toEqual([
        expect.stringMatching(/^menu: doorschijnend \(opacity 0\.85\)/),
      ]);
      expect(await overlayProblems(page, '#breed', 'venster')).toEqual([
        expect.stringMatching(/^venster: valt buiten het venster/),
      ]);
      expect(await overlayProblems(page, '#goed', 'venster')).toEqual([]);
      // An overlay that did not open fails the check instead of passing it.
      expect(await overlayProblems(page, '#dicht', 'venster')).toEqual([expect.stringMatching(/^venster: niet open/)]);
    } finally {
      await page.close();
    }
  });

  it('catches button text that is cut off or runs out of its button, not screen-reader-only text', async () => {
    const page = await open('layout-clipped-button.html', 360);
    try {
      expect(await clippedText(page)).toEqual([
        expect.stringMatching(/^tekst afgesneden in button "Alle resultaten bekijken"/),
        expect.stringMatching(/^tekst steekt uit button "Zoek in Editie 2021 \(pilot\)"/),
      ]);
    } finally {
      await page.close();
    }
  });
});

describe('layout guards: words cut in a narrow column', () => {
  it('catches a word cut over two lines in a narrow column, not the words that fit', async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 800}});
    try {
      await page.goto(`${server.origin}/layout-broken-word.html`);
      expect(await brokenWords(page, '.smal')).toEqual([
        expect.stringMatching(/^woord afgebroken in .*"uithuisplaatsing"$/),
      ]);
      expect(await brokenWords(page, '.breed')).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('redirect guards', () => {
  // The page @docusaurus/plugin-client-redirects wrote (its own template): the CSP blocks its inline
  // script, so the refresh takes the reader on, without query and anchor. tests/nginx holds the
  // site's redirects to what this check finds missing here.
  it('catches a redirect that answers 200, breaks the CSP and loses the anchor', async () => {
    const journey = await follow(browser, `${cspServer.origin}/oude-doorverwijzing.html?bron=x#gastvrij`, /doel/);
    expect(journey.chain.map((s) => s.status)).toEqual([200, 200]);
    expect(journey.cspViolations.join('\n')).toMatch(/script-src/);
    expect(journey.finalUrl).toBe(`${cspServer.origin}/doel.html`);
    expect(journey.target).toBeNull();
  });

  it('sees the anchor kept when a page keeps it (so the check above can pass)', async () => {
    const journey = await follow(browser, `${cspServer.origin}/doel.html#gastvrij`);
    expect(journey.target).toBe('gastvrij');
    expect(journey.cspViolations).toEqual([]);
  });
});

describe('build guards', () => {
  const build = (site: string, env: NodeJS.ProcessEnv = {}) =>
    run(
      process.execPath,
      [
        require.resolve('@docusaurus/core/bin/docusaurus.mjs'),
        'build',
        '--out-dir',
        path.join(os.tmpdir(), `kb-guard-${site}`),
      ],
      {
        cwd: path.join(FIXTURES, site),
        env: {...process.env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus', ...env},
      },
    );

  it('fails the build on a broken link', async () => {
    await expect(build('broken-link-site')).rejects.toMatchObject({
      stderr: expect.stringMatching(/Docusaurus found broken links[\s\S]*\/bestaat-niet/),
    });
  });

  it('builds without git history, as from a zip download, and says that dates are off', async () => {
    // Git stops looking for a repository above the fixture: exactly what a folder without .git sees.
    const {stdout} = await build('no-git-site', {GIT_CEILING_DIRECTORIES: FIXTURES});
    expect(stdout).toContain(NO_HISTORY_NOTICE);
    expect(fs.existsSync(path.join(os.tmpdir(), 'kb-guard-no-git-site', 'index.html'))).toBe(true);
  });

  it('fails the build on a blog tag that is not in tags.yml', async () => {
    await expect(build('unknown-tag-site')).rejects.toMatchObject({
      stderr: expect.stringMatching(/bestaat-niet/),
    });
  });
});
