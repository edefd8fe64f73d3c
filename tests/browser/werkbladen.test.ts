/**
 * Werkbladen in the built site: each page shows the same questions as its
 * source (one source, three outputs), both files download with the right type
 * and size, the overview works without JavaScript, and printing hides the
 * navigation. Honours BUILD_DIR and BASE_URL like site.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {BrowserContext} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {BASE_URL, BUILD_DIR, useBuiltSite} from '../lib/site';
import {loadWerkbladen} from '../../src/plugins/werkbladen/load';
import {alleVragen} from '../../src/plugins/werkbladen/model';
import {formatBytes} from '../../src/plugins/werkbladen/types';

const SHOTS = process.env.WERKBLAD_SCREENSHOTS; // optional folder for a person to look at print output

const {werkbladen} = loadWerkbladen(path.resolve(__dirname, '../..'), 'docs/werkbladen');
const TYPES = {pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'};

const site = useBuiltSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({acceptDownloads: true});
});

describe(`werkbladen (base URL ${BASE_URL})`, () => {
  it('has eight worksheets to test', () => {
    expect(werkbladen.length).toBeGreaterThanOrEqual(8);
  });

  it.each(werkbladen.map((w) => [w.sheet.id, w.sheet] as const))(
    '/werkbladen/%s shows every question of its source and downloads both files',
    async (id, sheet) => {
      const page = await context.newPage();
      try {
        const res = await page.goto(`${site.server.root}/werkbladen/${id}`);
        expect(res?.status()).toBe(200);
        const text = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
        for (const q of alleVragen(sheet)) expect(text).toContain(q.replace(/\s+/g, ' '));
        expect(text).toContain('Deze vragen zijn van de kennisbank zelf');

        for (const ext of ['pdf', 'docx'] as const) {
          const file = path.join(BUILD_DIR, 'werkbladen', `${id}.${ext}`);
          const bytes = fs.statSync(file).size;
          const link = page.locator(`article a[href$="/werkbladen/${id}.${ext}"]`).first();
          expect(await link.getAttribute('href')).toBe(`${BASE_URL}werkbladen/${id}.${ext}`);
          // the link says what it is and how big
          expect(await link.innerText()).toContain(`${ext.toUpperCase()}, ${formatBytes(bytes)}`);
          const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
          expect(download.suggestedFilename()).toBe(`${id}.${ext}`);
          expect(fs.statSync((await download.path())!).size).toBe(bytes);
          const r = await fetch(`${site.server.origin}${BASE_URL}werkbladen/${id}.${ext}`);
          expect(r.status).toBe(200);
          expect(r.headers.get('content-type')).toContain(TYPES[ext]);
          expect((await r.arrayBuffer()).byteLength).toBe(bytes);
        }
      } finally {
        await page.close();
      }
    },
  );

  it('the overview lists every worksheet per phase and per user, and every file, without JavaScript', async () => {
    const noJs = await site.browser.newContext({javaScriptEnabled: false});
    const page = await noJs.newPage();
    await page.goto(`${site.server.root}/werkbladen`);
    for (const anchor of ['fase-installatiefase', 'fase-stabilisatiefase', 'fase-evaluatiefase', 'voor-ouders', 'voor-opvoeders', 'voor-professionals']) {
      await expect(page.locator(`#${anchor}`).count()).resolves.toBe(1);
      await expect(page.locator(`nav a[href="#${anchor}"]`).count()).resolves.toBe(1);
    }
    for (const {sheet} of werkbladen) {
      const inFase = page.locator(`section:has(#fase-${sheet.fase[0]}) a[href="${BASE_URL}werkbladen/${sheet.id}"]`);
      await expect(inFase.count()).resolves.toBe(1);
      const inVoor = page.locator(`section:has(#voor-${sheet.voor[0]}) a[href="${BASE_URL}werkbladen/${sheet.id}"]`);
      await expect(inVoor.count()).resolves.toBe(1);
      for (const ext of ['pdf', 'docx']) {
        await expect(page.locator(`#downloads ~ table a[href="${BASE_URL}werkbladen/${sheet.id}.${ext}"]`).count()).resolves.toBe(1);
      }
    }
    await noJs.close();
  });

  it('prints a clean A4: no navigation, sidebar, table of contents or footer; questions visible', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.root}/werkbladen/vragenlijst-ouders`);
    await page.emulateMedia({media: 'print'});
    for (const sel of ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.footer', '.pagination-nav']) {
      const el = page.locator(sel).first();
      if ((await el.count()) > 0) expect(await el.isVisible(), `${sel} is zichtbaar in print`).toBe(false);
    }
    await expect(page.getByText(alleVragen(werkbladen.find((w) => w.sheet.id === 'vragenlijst-ouders')!.sheet)[0]!).isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true});
    expect(pdf.byteLength).toBeGreaterThan(1000);
    if (SHOTS) {
      fs.mkdirSync(SHOTS, {recursive: true});
      fs.writeFileSync(path.join(SHOTS, 'vragenlijst-ouders-print.pdf'), pdf);
      await page.goto(`${site.server.root}/werkbladen/gesprekskaarten`);
      fs.writeFileSync(path.join(SHOTS, 'gesprekskaarten-print.pdf'), await page.pdf({format: 'A4', preferCSSPageSize: true}));
    }
    await page.close();
  });
});
