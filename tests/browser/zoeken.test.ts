/**
 * Search in a real browser, on the built site (BUILD_DIR, BASE_URL as in
 * site.test.ts): lazy index, keyboard, deep links, edition scope, the results
 * page with filters, and axe-core on the open dialog.
 */
import type {BrowserContext, Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {runAxe, setColorMode} from '../lib/audit';
import {BASE_URL, useBuiltSite} from '../lib/site';
import {FIRST_SEARCH_BUDGET} from '../lib/zoeken/firstSearch';
import {typedFirstSearch} from '../lib/zoeken/typing';

const site = useBuiltSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

async function open(url: string): Promise<{page: Page; indexRequests: string[]; external: string[]}> {
  const page = await context.newPage();
  const indexRequests: string[] = [];
  const external: string[] = [];
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(site.server.origin + '/') || target.startsWith('data:')) return route.continue();
    external.push(target);
    return route.abort('blockedbyclient');
  });
  page.on('request', (r) => {
    if (r.url().includes('/assets/zoekindex/')) indexRequests.push(r.url());
  });
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForFunction('document.readyState === "complete"');
  // The search button marks itself once React has hydrated: shortcuts work from then on.
  await page.locator('button[data-zoeken-ready]').waitFor();
  return {page, indexRequests, external};
}

const combobox = (page: Page) => page.locator('dialog[open] [role="combobox"]');

describe(`zoeken (base URL ${BASE_URL})`, () => {
  it('/handleiding/houding: index loads only on demand; "/" opens; arrows and Enter open the section', async () => {
    const {page, indexRequests, external} = await open(`${site.server.root}/handleiding/houding`);
    try {
      expect(indexRequests).toEqual([]);
      await page.keyboard.press('/');
      await combobox(page).waitFor();
      await combobox(page).fill('geinteresseerd');
      const options = page.locator('dialog[open] [role="option"]');
      await options.first().waitFor();
      // The edition's meta file first, then only the parts this query needs.
      expect(indexRequests[0]).toMatch(
        new RegExp(`${site.server.origin}${BASE_URL}assets/zoekindex/nl-current-[0-9a-f]+/meta\\.json$`),
      );
      const folder = indexRequests[0]!.replace(/meta\.json$/, '');
      expect(
        indexRequests.every((u) => u.startsWith(folder) && /\/(meta|s\d+|r\d+|t\d+)\.json$/.test(u)),
        indexRequests.join('\n'),
      ).toBe(true);
      expect(indexRequests.filter((u) => /\/s\d+\.json$/.test(u)).length).toBeGreaterThan(0);
      expect(indexRequests.length).toBeLessThan(30);
      expect(await options.first().innerText()).toMatch(/Geïnteresseerd zijn/);
      expect(await options.first().locator('mark').count()).toBeGreaterThan(0);
      const first = await combobox(page).getAttribute('aria-activedescendant');
      await page.keyboard.press('ArrowDown');
      const second = await combobox(page).getAttribute('aria-activedescendant');
      expect(second).not.toBe(first);
      await page.keyboard.press('ArrowUp');
      expect(await combobox(page).getAttribute('aria-activedescendant')).toBe(first);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/handleiding\/houding#geinteresseerd$/);
      expect(await page.locator('dialog[open]').count()).toBe(0);
      expect(external).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // Typed key by key as a person types (tests/lib/zoeken/typing.ts), gzip as nginx sends it: every keystroke's
  // fetches count, from the "/" that opens the dialog to the results of the whole question.
  it.each(['grenzen stellen aan ouders', 'mijn pleegkind wil zijn moeder niet zien', 'loyaliteitsconflict'])(
    `the first search of a visit, "%s" typed, downloads at most ${FIRST_SEARCH_BUDGET / 1024} KiB gzip (dialog, engine and index parts)`,
    async (q) => {
      const {bytes, files} = await typedFirstSearch(site.browser, site.server.root, q);
      const list = files.map((g) => `${g.bytes} ${g.url}`).join('\n');
      expect(
        files.some((g) => g.url.endsWith('.js')),
        `de zoekcode zelf\n${list}`,
      ).toBe(true);
      expect(
        files.some((g) => /\/assets\/zoekindex\/.*\/s\d+\.json$/.test(g.url)),
        `de zoekindex\n${list}`,
      ).toBe(true);
      expect(bytes, list).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    },
  );

  it('/spanningsvelden: Ctrl+K opens, a reader question finds its page, Escape returns focus', async () => {
    const {page} = await open(`${site.server.root}/spanningsvelden`);
    try {
      const trigger = page.locator('button[aria-haspopup="dialog"]');
      await trigger.click();
      await combobox(page).waitFor();
      await page.keyboard.press('Escape');
      await page.waitForFunction('!document.querySelector("dialog[open]")');
      expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Control+k');
      await combobox(page).fill('mijn pleegkind wil zijn moeder niet zien');
      // The committed set asks for this page in the top 5 (tests/search-queries.json), not first.
      const options = page.locator('dialog[open] [role="option"]');
      await options.first().waitFor();
      const titles = (await options.locator(':scope > span:nth-child(2)').allInnerTexts()).slice(0, 5);
      const at = titles.indexOf('Als de jongere geen contact wil met een ouder');
      expect(at, titles.join('\n')).toBeGreaterThanOrEqual(0);
      await options.nth(at).click();
      await page.waitForURL(/\/spanningsvelden\/jongere-wil-geen-contact/);
    } finally {
      await page.close();
    }
  });

  it('the open search dialog is axe clean in light and dark mode', async () => {
    const {page} = await open(`${site.server.root}/handleiding`);
    try {
      await page.keyboard.press('/');
      await combobox(page).fill('ouders');
      await page.locator('dialog[open] [role="option"]').first().waitFor();
      await setColorMode(page, 'light');
      expect(await runAxe(page)).toEqual([]);
      await setColorMode(page, 'dark');
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('/2021/handleiding/houding: searches the 2021 edition first, says so, and switches in one click', async () => {
    const {page, indexRequests} = await open(`${site.server.root}/2021/handleiding/houding`);
    try {
      await page.keyboard.press('/');
      await combobox(page).fill('houding');
      const first = page.locator('dialog[open] [role="option"]').first();
      await first.waitFor();
      expect(await page.locator('dialog[open]').innerText()).toContain('Editie 2021');
      expect(indexRequests.some((u) => /\/assets\/zoekindex\/nl-2021-[0-9a-f]+\/meta\.json$/.test(u))).toBe(true);
      await page.locator('dialog[open] button', {hasText: 'Editie 2024'}).click();
      await page.waitForFunction(() =>
        document.querySelector('dialog[open]')?.textContent?.includes('Je zoekt in Editie 2024'),
      );
      await page.keyboard.press('Escape');
      // A "/" typed while the dialog is still closing lands in its field, not on the page.
      await page.waitForFunction('!document.querySelector("dialog[open]")');
      await page.keyboard.press('/');
      await combobox(page).fill('houding');
      // Enter before the results are there opens the results page instead: wait for them.
      await first.waitFor();
      expect(await first.getAttribute('id')).toBe(await combobox(page).getAttribute('aria-activedescendant'));
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname.endsWith('/handleiding/houding') && !u.pathname.includes('/2021/'));
    } finally {
      await page.close();
    }
  });

  it('/zoeken: results page with one h1, type and edition filters in a shareable URL, honest empty state', async () => {
    const {page} = await open(`${site.server.root}/zoeken?q=ouders`);
    try {
      expect(await page.locator('h1').count()).toBe(1);
      const results = page.locator('main ol > li');
      await results.first().waitFor();
      const all = await results.count();
      await page.getByLabel('Werkblad', {exact: true}).check();
      await page.waitForURL(/type=werkblad/);
      await page.waitForFunction((n) => document.querySelectorAll('main ol > li').length < n, all);
      const labels = await page.locator('main ol > li > span').allInnerTexts();
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.every((l) => /werkblad/i.test(l))).toBe(true);
      await page.getByLabel('Alle edities').check();
      await page.waitForURL(/editie=alle/);
      // Shared URL gives the same filtered view.
      const shared = page.url();
      const again = await context.newPage();
      await again.goto(shared);
      await again.locator('main ol > li').first().waitFor();
      expect(await again.getByLabel('Werkblad', {exact: true}).isChecked()).toBe(true);
      await again.close();
      await page.goto(`${site.server.root}/zoeken?q=xyzzyqwerty`);
      await page.getByText('Niets gevonden').waitFor();
      expect(await page.locator('main a[href$="/begrippen"]').count()).toBe(1);
      // axe on /zoeken itself runs in site.test.ts, like every page in the sitemap.
    } finally {
      await page.close();
    }
  });
});
