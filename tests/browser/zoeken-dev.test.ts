/**
 * Search in `npm start` (development mode), where editors preview their text:
 * the plugin writes the index files into a generated folder that the dev server
 * serves, so search works without a production build.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import net from 'node:net';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchBrowser} from '../lib/browser';

let dev: ChildProcess;
let origin: string;
let browser: Browser;
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const {port} = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  dev = spawn(
    process.execPath,
    [
      require.resolve('@docusaurus/core/bin/docusaurus.mjs'),
      'start',
      '--port',
      String(port),
      '--host',
      'localhost',
      '--no-open',
    ],
    {
      // Its own generated-files folder: the production build's stays untouched.
      env: {...process.env, BROWSER: 'none', DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-dev-test'},
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (/compiled successfully/i.test(log)) resolve();
      else if (/compiled with .*error|\[ERROR\]/i.test(log))
        reject(new Error(`docusaurus start faalde:\n${log.slice(-3000)}`));
    };
    dev.stdout!.on('data', onData);
    dev.stderr!.on('data', onData);
    dev.once('exit', (code) => reject(new Error(`docusaurus start stopte (code ${code}):\n${log.slice(-3000)}`)));
  });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  // The dev server runs in its own process group; stop it with everything it started.
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

describe('zoeken in development mode (npm start)', () => {
  it('finds a section and opens it, with the index served by the dev server', async () => {
    const page = await browser.newPage();
    const indexRequests: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.url().includes('/assets/zoekindex/')) indexRequests.push(`${r.status()} ${r.url()}`);
    });
    try {
      await page.goto(`${origin}/handleiding/houding`, {waitUntil: 'load', timeout: 120_000});
      await page.locator('button[data-zoeken-ready]').waitFor({timeout: 60_000});
      await page.keyboard.press('/');
      const combobox = page.locator('dialog[open] [role="combobox"]');
      await combobox.waitFor();
      await combobox.fill('samenwerkingen');
      const options = page.locator('dialog[open] [role="option"]');
      // The first search in a fresh dev server waits for webpack to serve the lazy search chunk.
      await options
        .first()
        .waitFor({timeout: 90_000})
        .catch(async (e: Error) => {
          const dialog = await page
            .locator('dialog[open]')
            .innerText()
            .catch(() => '(geen dialoog)');
          throw new Error(
            `${e.message}\nDialoog: ${dialog}\nFouten: ${errors.join('\n')}\nIndex: ${indexRequests.join(', ')}`,
          );
        });
      // meta.json first, then shards and sections, all served by the dev server from the generated folder.
      expect(indexRequests[0]).toMatch(new RegExp(`^200 ${origin}/assets/zoekindex/nl-current-[0-9a-f]+/meta\\.json$`));
      expect(
        indexRequests.filter((r) => !r.startsWith('200 ')),
        indexRequests.join('\n'),
      ).toEqual([]);
      expect(indexRequests.some((r) => /\/s\d+\.json$/.test(r))).toBe(true);
      expect(await options.count()).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname !== '/handleiding/houding' || url.hash !== '');
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await page.close();
    }
  }, 240_000);
});
