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
import {formatBytes, isKaartenblad, type Werkblad} from '../../src/plugins/werkbladen/shared/model';
import {
  alleVragen,
  docxAnswerAreas,
  pdfAnswerAreas,
  type Vlakken,
} from '../../src/plugins/werkbladen/__tests__/helpers';
import {contentPages} from '../lib/content';
import {horizontalScroll, settle} from '../lib/layout';

const SHOTS = process.env.WERKBLAD_SCREENSHOTS; // optional folder for a person to look at print output

const werkbladen = (await contentPages())
  .filter((p) => p.kind === 'doc' && p.edition === 'current' && p.data.type === 'werkblad')
  .map((p) => ({file: p.file, sheet: p.data as unknown as Werkblad}));
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

  // The rolverheldering table (five columns of role names) once widened its page to ~765 px.
  it('no worksheet page scrolls sideways on a phone or a tablet; a wide table scrolls in its own box', async () => {
    const page = await context.newPage();
    try {
      const problems: string[] = [];
      for (const {sheet} of werkbladen) {
        await page.goto(`${site.server.root}/werkbladen/${sheet.id}`);
        for (const width of [360, 1024]) {
          await page.setViewportSize({width, height: 800});
          await settle(page);
          for (const p of await horizontalScroll(page)) problems.push(`${sheet.id} bij ${width} px: ${p}`);
        }
      }
      expect(problems).toEqual([]);
      // The box that scrolls can be reached and scrolled with the keyboard.
      await page.goto(`${site.server.root}/werkbladen/rolverheldering`);
      await page.setViewportSize({width: 360, height: 800});
      const vak = page.getByRole('region', {name: /Invultabel bij vraag/}).first();
      expect(await vak.getAttribute('tabindex')).toBe('0');
      expect(await vak.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('the overview lists every worksheet per phase and per user, and every file, without JavaScript', async () => {
    const noJs = await site.browser.newContext({javaScriptEnabled: false});
    const page = await noJs.newPage();
    await page.goto(`${site.server.root}/werkbladen`);
    for (const anchor of [
      'fase-installatiefase',
      'fase-stabilisatiefase',
      'fase-evaluatiefase',
      'voor-ouders',
      'voor-opvoeders',
      'voor-professionals',
    ]) {
      await expect(page.locator(`#${anchor}`).count()).resolves.toBe(1);
      await expect(page.locator(`nav a[href="#${anchor}"]`).count()).resolves.toBe(1);
    }
    for (const {sheet} of werkbladen) {
      const inFase = page.locator(`section:has(#fase-${sheet.fase[0]}) a[href="${BASE_URL}werkbladen/${sheet.id}"]`);
      await expect(inFase.count()).resolves.toBe(1);
      const inVoor = page.locator(`section:has(#voor-${sheet.voor[0]}) a[href="${BASE_URL}werkbladen/${sheet.id}"]`);
      await expect(inVoor.count()).resolves.toBe(1);
      for (const ext of ['pdf', 'docx']) {
        await expect(
          page.locator(`#downloads ~ table a[href="${BASE_URL}werkbladen/${sheet.id}.${ext}"]`).count(),
        ).resolves.toBe(1);
      }
    }
    await noJs.close();
  });

  it.each(werkbladen.filter((w) => !isKaartenblad(w.sheet)).map((w) => [w.sheet.id, w.sheet] as const))(
    '/werkbladen/%s gives every question the same answer area on the page, in the PDF and in the Word file',
    async (id, sheet) => {
      const page = await context.newPage();
      try {
        await page.goto(`${site.server.root}/werkbladen/${id}`);
        // What a reader sees per question: boxes, ruled lines (by their height: 2em a line), empty cells.
        const web = (await page.evaluate(() => {
          const out: Record<number, {vakjes: number; regels: number; cellen: number}> = {};
          for (const li of Array.from(document.querySelectorAll<HTMLElement>('li[data-vraag]'))) {
            const lines = li.querySelector<HTMLElement>('[data-regels]');
            const em = lines ? parseFloat(getComputedStyle(lines).fontSize) : 1;
            out[Number(li.dataset.vraag)] = {
              vakjes: li.querySelectorAll('[data-vakje]').length,
              regels: lines ? Math.round(lines.getBoundingClientRect().height / (2 * em)) : 0,
              cellen: li.querySelectorAll('tbody td').length,
            };
          }
          return out;
        })) as Vlakken;
        const pdf = await pdfAnswerAreas(
          new Uint8Array(fs.readFileSync(path.join(BUILD_DIR, 'werkbladen', `${id}.pdf`))),
          sheet,
        );
        const docx = await docxAnswerAreas(
          new Uint8Array(fs.readFileSync(path.join(BUILD_DIR, 'werkbladen', `${id}.docx`))),
        );
        expect(Object.keys(web).length, 'vragen op de pagina').toBe(alleVragen(sheet).length);
        expect(web).toEqual(pdf);
        expect(web).toEqual(docx);
      } finally {
        await page.close();
      }
    },
  );

  it('prints a clean A4: no navigation, sidebar, table of contents or footer; questions visible', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.root}/werkbladen/vragenlijst-ouders`);
    await page.emulateMedia({media: 'print'});
    for (const sel of [
      '.navbar',
      '.theme-doc-sidebar-container',
      '.theme-doc-toc-desktop',
      '.footer',
      '.pagination-nav',
    ]) {
      const el = page.locator(sel).first();
      if ((await el.count()) > 0) expect(await el.isVisible(), `${sel} is zichtbaar in print`).toBe(false);
    }
    await expect(
      page.getByText(alleVragen(werkbladen.find((w) => w.sheet.id === 'vragenlijst-ouders')!.sheet)[0]!).isVisible(),
    ).resolves.toBe(true);
    const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true});
    expect(pdf.byteLength).toBeGreaterThan(1000);
    if (SHOTS) {
      fs.mkdirSync(SHOTS, {recursive: true});
      fs.writeFileSync(path.join(SHOTS, 'vragenlijst-ouders-print.pdf'), pdf);
      await page.goto(`${site.server.root}/werkbladen/gesprekskaarten`);
      fs.writeFileSync(
        path.join(SHOTS, 'gesprekskaarten-print.pdf'),
        await page.pdf({format: 'A4', preferCSSPageSize: true}),
      );
    }
    await page.close();
  });
});
