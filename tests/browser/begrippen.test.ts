/**
 * The glossary in a real browser: the inline explanation of a marked term with
 * mouse, keyboard and touch, without JavaScript, axe on the open state in light
 * and dark mode, and the A–Z and term pages in both editions and locales.
 */
import type {BrowserContext, Locator, Page} from 'playwright-core';
import fs from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {readFrontMatter} from '../../src/content/frontMatter';
import {runAxe, setColorMode} from '../lib/audit';
import {BASE_URL, useBuiltSite} from '../lib/site';

/** A page whose text marks [[Relationele Route]] (first marked term in its article). */
const PAGE = 'handleiding/gedeeld-opvoederschap';

const TERM_FILE = 'docs/begrippen/relationele-route.md';

const site = useBuiltSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

async function open(p: string, ctx = context): Promise<Page> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.server.root}/${p}`, {waitUntil: 'load'});
  await page.waitForFunction('document.readyState === "complete"');
  // Hydration: React attaches its handlers after load.
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
  return page;
}

/** The first marked term in the article, and its tooltip. */
function firstTerm(page: Page): {link: Locator; tooltip: Locator} {
  const link = page.locator('article .markdown a[aria-describedby]').first();
  const wrapper = link.locator('xpath=..');
  return {link, tooltip: wrapper.locator('[role="tooltip"]')};
}

describe('begrippen: inline explanation', () => {
  it(`/${PAGE}: a marked term is a link to its term page, described by its definition`, async () => {
    const page = await open(PAGE);
    const {link, tooltip} = firstTerm(page);
    expect(await link.getAttribute('href')).toBe(`${BASE_URL}begrippen/relationele-route`);
    expect(await tooltip.isHidden()).toBe(true);
    const describedBy = await link.getAttribute('aria-describedby');
    expect(await tooltip.getAttribute('id')).toBe(describedBy);
    const read = await readFrontMatter(TERM_FILE, fs.readFileSync(TERM_FILE, 'utf8'));
    if ('problem' in read) throw new Error(read.problem.message);
    expect(await tooltip.textContent()).toBe(`Relationele Route: ${String(read.data.definitie)}`);
    await page.close();
  });

  it(`/${PAGE}: hover shows the definition, leaving or Escape closes it`, async () => {
    const page = await open(PAGE);
    const {link, tooltip} = firstTerm(page);
    await link.hover();
    await tooltip.waitFor({state: 'visible'});
    await page.mouse.move(0, 0);
    await tooltip.waitFor({state: 'hidden'});
    // The pointer can move onto the explanation (WCAG 1.4.13) without closing it.
    await link.hover();
    await tooltip.waitFor({state: 'visible'});
    const box = (await tooltip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, {steps: 5});
    expect(await tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await tooltip.waitFor({state: 'hidden'});
    await link.hover();
    await tooltip.waitFor({state: 'visible'});
    await page.keyboard.press('Escape');
    await tooltip.waitFor({state: 'hidden'});
    await page.close();
  });

  it(`/${PAGE}: Tab focus shows the definition, Escape closes it`, async () => {
    const page = await open(PAGE);
    const {link, tooltip} = firstTerm(page);
    const target = await link.elementHandle();
    let reached = false;
    for (let i = 0; i < 300 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((el) => document.activeElement === el, target);
    }
    expect(reached, 'de term is met Tab te bereiken').toBe(true);
    await tooltip.waitFor({state: 'visible'});
    await page.keyboard.press('Escape');
    await tooltip.waitFor({state: 'hidden'});
    // Focus stays on the link, so the reader does not lose their place.
    expect(await page.evaluate((el) => document.activeElement === el, target)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await tooltip.waitFor({state: 'visible'});
    await page.keyboard.press('Tab');
    await tooltip.waitFor({state: 'hidden'});
    await page.close();
  });

  it(`/${PAGE}: the open explanation passes axe in light and dark mode`, async () => {
    const page = await open(PAGE);
    const {link, tooltip} = firstTerm(page);
    for (const mode of ['light', 'dark'] as const) {
      // Uses the site's own toggle (which takes focus), so focus the term again afterwards.
      await setColorMode(page, mode);
      await link.focus();
      await tooltip.waitFor({state: 'visible'});
      expect(await runAxe(page), `axe (${mode}) met open uitleg`).toEqual([]);
    }
    await page.close();
  });

  it(`/${PAGE}: a first tap shows the definition, a second tap follows the link`, async () => {
    const touch = await site.browser.newContext({hasTouch: true, isMobile: true, viewport: {width: 390, height: 800}});
    const page = await open(PAGE, touch);
    const {link, tooltip} = firstTerm(page);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await tooltip.waitFor({state: 'visible'});
    expect(new URL(page.url()).pathname).toBe(`${BASE_URL}${PAGE}`);
    await link.tap();
    await page.waitForURL(`**/begrippen/relationele-route`);
    expect(await page.locator('h1').textContent()).toBe('Relationele Route');
    await touch.close();
  });

  it(`/${PAGE}: without JavaScript the term is a plain link to its page`, async () => {
    const noJs = await site.browser.newContext({javaScriptEnabled: false});
    const page = await noJs.newPage();
    await page.goto(`${site.server.root}/${PAGE}`);
    const {link, tooltip} = firstTerm(page);
    expect(await tooltip.isHidden()).toBe(true);
    await link.click();
    await page.waitForURL(`**/begrippen/relationele-route`);
    expect(await page.locator('h1').textContent()).toBe('Relationele Route');
    await noJs.close();
  });
});

describe('begrippen: pages', () => {
  it('/begrippen lists every term A–Z with letter navigation and an anchor per term', async () => {
    const page = await open('begrippen');
    const letters = await page.locator('nav[aria-label="Begrippen per letter"] a').allTextContents();
    expect(letters.length).toBeGreaterThan(10);
    expect(letters).toEqual([...letters].sort((a, b) => a.localeCompare(b, 'nl')));
    for (const l of letters) expect(await page.locator(`#letter-${l.toLowerCase()}`).count()).toBe(1);
    expect(await page.locator('h3[id]').count()).toBeGreaterThanOrEqual(30);
    expect(await page.locator('h3#gezinshuisouder a[href*="/begrippen/"]').getAttribute('href')).toBe(
      `${BASE_URL}begrippen/gezinshuisouder`,
    );
    await page.close();
  });

  it('/begrippen/sensitief-begrenzen shows definition, related terms and sources', async () => {
    const page = await open('begrippen/sensitief-begrenzen');
    const text = (await page.locator('article').textContent()) ?? '';
    expect(text).toContain('Voorzichtig een grens aangeven');
    expect(await page.locator('#verwante-begrippen + ul a').allTextContents()).toEqual([
      'omgaan met spanning',
      'delicaat bespreekpunt',
    ]);
    expect(text).not.toContain('In het Engels');
    await page.close();
  });

  it('/en/begrippen shows the English term next to the Dutch one', async () => {
    const page = await open('en/begrippen');
    expect(await page.locator('h3#gezinshuisouder').innerText()).toMatch(/^gezinshuisouder — family-home parent/);
    expect(await page.locator('h3#gezinshuisouder [lang="en"]').count()).toBe(1);
    await page.close();
    const term = await open('en/begrippen/gezinshuisouder');
    expect(await term.locator('article').textContent()).toContain('In English: family-home parent');
    await term.close();
  });

  it('/2021/handleiding/houding links its marked term to the 2021 glossary', async () => {
    const page = await open('2021/handleiding/houding');
    const {link} = firstTerm(page);
    expect(await link.getAttribute('href')).toBe(`${BASE_URL}2021/begrippen/gezinshuisouder`);
    await page.close();
    const az = await open('2021/begrippen');
    const ids = await az.locator('h3[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toContain('gezinshuisouder');
    // Terms of the later edition (spanningsvelden) are not in the pilot edition.
    expect(ids).not.toContain('relationeel-maatwerk');
    await az.close();
  });
});
