/**
 * What a reader sees, at the widths readers use (phone, tablet, laptop, desktop) in
 * light and dark mode: the page never scrolls sideways, the header's links and buttons
 * keep apart, button text fits, and every overlay the site opens (search dialog, term
 * explanation, navbar menus, phone menu) is opaque with readable text. Each state is
 * also written to test-results/screenshots/<page>-<width>-<mode>.png for reviewers
 * (CI uploads the folder). The checks themselves are proven on broken pages in guards.test.ts.
 *
 * One tab per colour mode (each in its own context, so their stored colour choices stay
 * apart), both at work at the same time, resized in place: a page loads once per mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {setColorMode, type ColorMode} from '../lib/audit';
import {brokenWords, clippedText, headerCollisions, horizontalScroll, overlayProblems, settle} from '../lib/layout';
import {useBuiltSite} from '../lib/site';

const SHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');
const WIDTHS = [360, 768, 1024, 1280, 1920] as const;
/** Docusaurus swaps the navbar links for the phone menu at 996 px and below. */
const PHONE_MENU_MAX = 996;
const HEIGHT = 900;
const MODES: readonly ColorMode[] = ['light', 'dark'];

/** Representative pages: one of each kind the site has. */
const PAGES = [
  ['home', '/'],
  ['handleiding-houding', '/handleiding/houding'],
  ['spanningsveld', '/spanningsvelden/breder-netwerk'],
  ['spanningsvelden', '/spanningsvelden'],
  ['werkbladen', '/werkbladen'],
  ['begrippen', '/begrippen'],
  ['werkblad', '/werkbladen/reflectie-relationele-handelingen'],
  ['begrip', '/begrippen/sensitief-begrenzen'],
  ['kenniscafes', '/kenniscafes'],
  ['zoeken', '/zoeken?q=contact'],
  ['404', '/deze-pagina-bestaat-niet'],
  // English labels and title have other lengths.
  ['en-home', '/en'],
] as const;

const site = useBuiltSite();

/** One colour mode's tab. */
class Tab {
  constructor(
    readonly page: Page,
    readonly mode: ColorMode,
  ) {}

  async load(p: string): Promise<void> {
    await this.page.goto(site.server.root + p, {waitUntil: 'load'});
    // The search button marks itself once React has hydrated.
    await this.page.locator('button[data-zoeken-ready]').waitFor();
    await setColorMode(this.page, this.mode);
  }

  async resize(width: number): Promise<void> {
    await this.page.setViewportSize({width, height: HEIGHT});
    await settle(this.page);
  }

  async shoot(name: string, width: number): Promise<void> {
    await this.page.screenshot({path: path.join(SHOTS, `${name}-${width}-${this.mode}.png`), caret: 'hide'});
  }
}

/** Narrow columns where a long Dutch word would not fit: page contents, docs sidebar, navbar. */
const NARROW_COLUMNS = '.theme-doc-toc-desktop, .theme-doc-sidebar-container, nav.navbar';

const tabs = new Map<ColorMode, Tab>();

beforeAll(async () => {
  fs.mkdirSync(SHOTS, {recursive: true});
  for (const mode of MODES) {
    // The site follows the system's colour scheme; setColorMode confirms it through the toggle.
    const context = await site.browser.newContext({colorScheme: mode, viewport: {width: WIDTHS[0], height: HEIGHT}});
    tabs.set(mode, new Tab(await context.newPage(), mode));
  }
});
afterAll(async () => {
  for (const tab of tabs.values()) await tab.page.context().close();
});

/** Runs a sweep in every mode at once and returns its problems, each marked with mode and width. */
async function inEveryMode(
  sweep: (tab: Tab, report: (width: number, problems: string[]) => void) => Promise<void>,
): Promise<string[]> {
  const found = await Promise.all(
    [...tabs.values()].map(async (tab) => {
      const problems: string[] = [];
      await sweep(tab, (width, list) => problems.push(...list.map((p) => `${tab.mode} ${width} px: ${p}`)));
      return problems;
    }),
  );
  return found.flat();
}

describe('layout at 360, 768, 1024, 1280 and 1920 px, light and dark', () => {
  it.each(PAGES)('%s (%s): no sideways scrolling, header items apart, button text fits', async (name, p) => {
    const problems = await inEveryMode(async (tab, report) => {
      await tab.load(p);
      for (const width of WIDTHS) {
        await tab.resize(width);
        report(width, [
          ...(await horizontalScroll(tab.page)),
          ...(await headerCollisions(tab.page)),
          ...(await clippedText(tab.page)),
          // Columns beside the text (page contents, sidebar, navbar) must be wide enough for a Dutch word.
          ...(await brokenWords(tab.page, `${NARROW_COLUMNS}`)),
        ]);
        await tab.shoot(name, width);
      }
    });
    expect(problems).toEqual([]);
  });

  it('search dialog with results: opaque, readable, fits the window', async () => {
    const problems = await inEveryMode(async (tab, report) => {
      const {page} = tab;
      await tab.load('/handleiding/houding');
      await page.keyboard.press('/');
      await page.locator('dialog[open] [role="combobox"]').fill('contact');
      await page.locator('dialog[open] [role="option"]').first().waitFor();
      for (const width of WIDTHS) {
        await tab.resize(width);
        report(width, [
          ...(await overlayProblems(page, 'dialog[open]', 'zoekvenster')),
          ...(await horizontalScroll(page)),
          ...(await clippedText(page, 'dialog[open] button')),
        ]);
        await tab.shoot('zoekvenster', width);
      }
    });
    expect(problems).toEqual([]);
  });

  it('term explanation (tooltip) on /handleiding/houding: opaque, readable, inside the window', async () => {
    const problems = await inEveryMode(async (tab, report) => {
      const {page} = tab;
      await tab.load('/handleiding/houding');
      const term = page.locator('article .markdown a[aria-describedby]').first();
      for (const width of WIDTHS) {
        await tab.resize(width);
        // Keyboard focus opens the explanation, as for a reader tabbing through the text.
        await term.evaluate((el) => (el as HTMLElement).blur());
        await term.focus();
        await page.locator('[role="tooltip"]:not([hidden])').waitFor();
        await term.evaluate((el) => el.scrollIntoView({block: 'center'}));
        await settle(page);
        report(width, [
          ...(await overlayProblems(page, '[role="tooltip"]:not([hidden])', 'uitleg bij begrip')),
          ...(await horizontalScroll(page)),
        ]);
        await tab.shoot('begrip-uitleg', width);
      }
    });
    expect(problems).toEqual([]);
  });

  it('navbar menus open by keyboard (desktop) and as the phone menu: opaque, readable, nothing cut off', async () => {
    const problems = await inEveryMode(async (tab, report) => {
      const {page} = tab;
      await tab.load('/');
      for (const width of WIDTHS) {
        await tab.resize(width);
        if (width <= PHONE_MENU_MAX) {
          await page.locator('button.navbar__toggle').click();
          await page.locator('.navbar-sidebar--show').waitFor();
          // Expand every collapsible group (Verdieping, editions, languages), so their items are checked too.
          const collapsed = page.locator('.navbar-sidebar .menu__list-item--collapsed .menu__caret');
          while ((await collapsed.count()) > 0) await collapsed.first().click();
          await page.waitForTimeout(300);
          report(width, [
            ...(await overlayProblems(page, '.navbar-sidebar', 'telefoonmenu')),
            ...(await clippedText(page, '.navbar-sidebar .menu__link, .navbar-sidebar button')),
          ]);
          await tab.shoot('menu', width);
          await page.locator('.navbar-sidebar__close').click();
          await page.locator('.navbar-sidebar--show').waitFor({state: 'detached'});
          continue;
        }
        // The pointer away from the bar: a menu under it would open on hover and show in the screenshot.
        await page.mouse.move(width / 2, HEIGHT - 1);
        const toggles = await page.locator('.navbar .dropdown > .navbar__link').all();
        expect(toggles.length, 'menus in the navbar').toBeGreaterThan(0);
        for (const [i, toggle] of toggles.entries()) {
          await toggle.focus();
          await page.keyboard.press('Enter');
          await page.locator('.dropdown--show > .dropdown__menu').waitFor();
          // Tab goes into the open menu: its first item gets focus and can be followed.
          await page.keyboard.press('Tab');
          const focused = await page.evaluate('document.activeElement?.matches(".dropdown--show .dropdown__link")');
          await settle(page);
          const label = (await toggle.innerText()).trim();
          report(width, [
            ...(focused ? [] : [`menu "${label}": Tab gaat niet naar het eerste item`]),
            ...(await overlayProblems(page, '.dropdown--show > .dropdown__menu', `menu "${label}"`)),
            ...(await clippedText(page, '.dropdown--show .dropdown__link')),
            ...(await horizontalScroll(page)),
          ]);
          if (i === 0) await tab.shoot('menu', width);
          await toggle.focus();
          await page.keyboard.press('Enter');
          await page.locator('.dropdown--show').waitFor({state: 'detached'});
        }
      }
    });
    expect(problems).toEqual([]);
  });

  it('Tab reaches every item of the navbar at 1024 px, in reading order', async () => {
    const tab = tabs.get('light')!;
    await tab.load('/');
    await tab.resize(1024);
    const names: string[] = [];
    for (let i = 0; i < 15; i++) {
      await tab.page.keyboard.press('Tab');
      const name = (await tab.page.evaluate(
        `(() => { const el = document.activeElement; return el && el.closest('nav.navbar') ? (el.getAttribute('aria-label') || el.textContent || el.querySelector('img')?.alt || '').trim() : null; })()`,
      )) as string | null;
      if (name === null) {
        if (names.length > 0) break;
        continue;
      }
      names.push(name);
    }
    expect(names).toEqual([
      'Kennisbank Gedeeld Opvoederschap',
      'Handleiding',
      'Verdieping',
      'Begrippen',
      'Werkbladen',
      'Editie 2024',
      'Nederlands',
      // The colour-mode toggle, whose label names the current mode (i18n/nl/code.json).
      expect.stringMatching(/licht.*donker|donker.*licht/i),
      expect.stringMatching(/^Zoeken/),
    ]);
  });
});
