/**
 * The first search of a visit as a reader does it, in Chromium: from the "/"
 * that opens the search dialog, typing the question key by key, until the
 * results for the whole question are on screen. Counts the bytes of every
 * script and fetch in that time as the server sent them (gzip, as nginx does:
 * tests/lib/server.ts), so the engine, the dialog code and every index part
 * are in. Bytes, not time: typing is slowed down so each keystroke searches,
 * as it does for a person.
 */
import type {Browser, Request} from 'playwright-core';

export interface TypedSearch {
  bytes: number;
  files: Array<{url: string; bytes: number}>;
}

/** Milliseconds between keystrokes: a quick typist, slower than any search on a local server. */
export const KEY_DELAY_MS = 120;

export async function typedFirstSearch(browser: Browser, root: string, query: string): Promise<TypedSearch> {
  const context = await browser.newContext({extraHTTPHeaders: {'Accept-Encoding': 'gzip'}});
  try {
    const page = await context.newPage();
    await page.goto(`${root}/handleiding`, {waitUntil: 'networkidle'});
    await page.locator('button[data-zoeken-ready]').waitFor();
    const counted = (r: Request) => r.resourceType() === 'script' || r.resourceType() === 'fetch';
    const sizes: Array<Promise<{url: string; bytes: number}>> = [];
    let open = 0;
    page.on('request', (r) => {
      if (counted(r)) open++;
    });
    page.on('requestfailed', (r) => {
      if (counted(r)) open--;
    });
    page.on('requestfinished', (r) => {
      if (!counted(r)) return;
      open--;
      sizes.push(r.sizes().then((s) => ({url: r.url(), bytes: s.responseBodySize})));
    });
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').waitFor();
    await page.keyboard.type(query, {delay: KEY_DELAY_MS});
    // The list says which query its results answer; then let the last fetches of earlier keystrokes land.
    // An expression, not a function: this module is type-checked without the DOM.
    await page.waitForFunction(
      `document.querySelector('dialog[open] [role="listbox"]')?.getAttribute('data-zoeken-query') === ${JSON.stringify(query)} &&
       /resultaten\\.$/.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? '')`,
    );
    // The visible lines fetch their text once they have stayed on screen a moment (ResultSnippet): wait for
    // the first, let the others of the same moment start, then let every fetch land.
    await page.locator('dialog[open] [data-zoeken-snippet]').first().waitFor({state: 'attached'});
    await page.waitForTimeout(100);
    while (open > 0) await page.waitForTimeout(50);
    const files = await Promise.all(sizes);
    return {bytes: files.reduce((a, b) => a + b.bytes, 0), files};
  } finally {
    await context.close();
  }
}
