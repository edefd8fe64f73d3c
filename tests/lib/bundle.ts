/**
 * What a reader's browser loads for a page, sorted the way the budgets and `npm run bench` need
 * it: scripts Chromium evaluated (Debugger.scriptParsed: a <script> tag or a webpack chunk it
 * inserted), stylesheets the page applies, and files it only prefetched for linked pages
 * (<link rel=prefetch>: fetched, never evaluated or applied). Sizes are gzip (level 9) of the
 * file as served, fetched again from Node: Chromium keeps no body for a prefetch.
 */
import zlib from 'node:zlib';
import type {Browser} from 'playwright-core';

export interface LoadedFile {
  url: string;
  kind: 'js' | 'css';
  gzip: number;
  /** Evaluated (script) or applied (stylesheet); false: prefetched only. */
  used: boolean;
  /** The file's text, for the heavy-library check. */
  text: string;
}

export async function loadPage(browser: Browser, url: string, idleMs: number): Promise<LoadedFile[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const parsed = new Set<string>();
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.url) parsed.add(e.url);
    });
    await cdp.send('Debugger.enable');
    const urls = new Set<string>();
    page.on('requestfinished', (req) => {
      if (/\.(js|css)(\?|$)/.test(req.url())) urls.add(req.url());
    });
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForTimeout(idleMs);
    const applied = new Set(
      await page.evaluate(() => [...document.styleSheets].map((s) => s.href).filter((h): h is string => Boolean(h))),
    );
    return await Promise.all(
      [...urls].map(async (u) => {
        const body = Buffer.from(await (await fetch(u)).arrayBuffer());
        const kind = /\.js(\?|$)/.test(u) ? ('js' as const) : ('css' as const);
        return {
          url: u,
          kind,
          gzip: zlib.gzipSync(body, {level: 9}).length,
          used: kind === 'js' ? parsed.has(u) : applied.has(u),
          text: body.toString('utf8'),
        };
      }),
    );
  } finally {
    await context.close();
  }
}

export const sumGzip = (files: readonly LoadedFile[]) => ({
  gzip: files.reduce((n, f) => n + f.gzip, 0),
  files: files.length,
});
