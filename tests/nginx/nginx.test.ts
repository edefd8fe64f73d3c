/**
 * The real server: nginx with deploy/nginx.conf and deploy/redirects.conf, serving the base-URL
 * build (`npm run test:baseurl`: the site under /kennisbank/, a planted moved page in
 * REDIRECTS_EXTRA, never in the real list), driven by Chromium. What the Node test server cannot
 * prove: moved pages answer 301 and the reader keeps their #anchor, under the real CSP; an address
 * with a trailing slash and the bare /kennisbank find the page; the page left at an old address
 * (for hosts without server rules) goes on with query and anchor without breaking the CSP.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {LOCALE_PREFIXES} from '../../src/content/vocabulary';
import {extraRedirects} from '../../src/config/redirects';
import {nginxRedirects} from '../../src/plugins/doorverwijzingen/server/regels';
import {DEPLOY_BASE} from '../../src/plugins/doorverwijzingen/server/deploy';
import {launchBrowser} from '../lib/browser';
import {nginxVersion, startNginx, type NginxServer} from '../lib/nginx';
import {follow} from '../lib/redirect';
import {BASE_URL, BUILD_DIR} from '../lib/site';

const plant = extraRedirects(process.env);
if (plant.length === 0 || BASE_URL !== DEPLOY_BASE) {
  throw new Error(
    `tests/nginx draait in npm run test:baseurl (BASE_URL ${DEPLOY_BASE}, REDIRECTS_EXTRA met een verhuisde pagina); nu: BASE_URL ${BASE_URL}.`,
  );
}
const [moved] = plant;
const from = (Array.isArray(moved!.from) ? moved!.from[0] : moved!.from)!;
const to = moved!.to;
const ANCHOR = '#gastvrij';

let nginx: NginxServer;
let browser: Browser;
const url = (p: string) => `${nginx.origin}${p}`;
const raw = (p: string) => fetch(url(p), {redirect: 'manual'});

beforeAll(async () => {
  console.log(`nginx: ${nginxVersion()}`);
  nginx = await startNginx({buildDir: BUILD_DIR, extraRedirects: nginxRedirects(plant, DEPLOY_BASE, LOCALE_PREFIXES)});
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

describe('nginx: a moved page', () => {
  it('answers 301 with the new address and the query, then the page answers 200', async () => {
    const r = await raw(`/kennisbank${from}?bron=intranet`);
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe(`/kennisbank${to}?bron=intranet`);
    expect((await raw(`/kennisbank${to}`)).status).toBe(200);
  });

  it.each(LOCALE_PREFIXES)('keeps the reader at the anchor, under the CSP (locale "%s")', async (locale) => {
    const journey = await follow(browser, url(`/kennisbank${locale}${from}?bron=intranet${ANCHOR}`));
    expect(journey.chain.map((s) => s.status)).toEqual([301, 200]);
    expect(journey.finalUrl).toBe(url(`/kennisbank${locale}${to}?bron=intranet${ANCHOR}`));
    expect(journey.target).toBe(ANCHOR.slice(1));
    expect(journey.cspViolations).toEqual([]);
  });
});

describe('nginx: the page left at an old address, for hosts without server rules', () => {
  it('goes on to the new address with query and anchor, and the CSP allows its script', async () => {
    // What a host without server rules serves at the old address: the file the build wrote there.
    const journey = await follow(
      browser,
      url(`/kennisbank${from}.html?bron=intranet${ANCHOR}`),
      new RegExp(`${to}\\?`),
    );
    expect(journey.chain.map((s) => s.status)).toEqual([200, 200]);
    expect(journey.finalUrl).toBe(url(`/kennisbank${to}?bron=intranet${ANCHOR}`));
    expect(journey.target).toBe(ANCHOR.slice(1));
    expect(journey.cspViolations).toEqual([]);
  });

  it('still reaches the new page without JavaScript (the refresh; the anchor is lost there)', async () => {
    const journey = await follow(browser, url(`/kennisbank${from}.html${ANCHOR}`), new RegExp(`${to}$`), {
      javaScriptEnabled: false,
    });
    expect(journey.finalUrl).toBe(url(`/kennisbank${to}`));
  });
});

describe('nginx: addresses with a trailing slash and the bare sub-path', () => {
  it('sends a page address with a slash to the page, query kept, and the reader keeps the anchor', async () => {
    const r = await raw('/kennisbank/handleiding/houding/?a=1');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/kennisbank/handleiding/houding?a=1');
    const journey = await follow(browser, url(`/kennisbank/handleiding/houding/?a=1${ANCHOR}`));
    expect(journey.chain.map((s) => s.status)).toEqual([301, 200]);
    expect(journey.finalUrl).toBe(url(`/kennisbank/handleiding/houding?a=1${ANCHOR}`));
    expect(journey.target).toBe(ANCHOR.slice(1));
    expect(journey.cspViolations).toEqual([]);
  });

  it('does the same for a section and in English', async () => {
    expect((await raw('/kennisbank/handleiding/')).headers.get('location')).toBe('/kennisbank/handleiding');
    expect((await raw('/kennisbank/en/handleiding/houding/')).headers.get('location')).toBe(
      '/kennisbank/en/handleiding/houding',
    );
    expect((await raw('/kennisbank/2024/handleiding/houding/')).headers.get('location')).toBe(
      '/kennisbank/2024/handleiding/houding',
    );
  });

  it('serves the start pages that end in a slash as they are', async () => {
    for (const p of ['/kennisbank/', '/kennisbank/en/', '/kennisbank/beheer/']) {
      const r = await raw(p);
      expect(r.status, p).toBe(200);
      expect(r.headers.get('content-security-policy'), p).toBeTruthy();
    }
  });

  it('sends the bare /kennisbank to /kennisbank/, query kept', async () => {
    const r = await raw('/kennisbank?a=1');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/kennisbank/?a=1');
    const journey = await follow(browser, url('/kennisbank'));
    expect(journey.chain.map((s) => s.status)).toEqual([301, 200]);
    expect(journey.finalUrl).toBe(url('/kennisbank/'));
  });

  it('answers an unknown address with the site’s 404 page, also with a slash', async () => {
    expect((await raw('/kennisbank/bestaat-niet')).status).toBe(404);
    const r = await raw('/kennisbank/bestaat-niet/');
    expect(r.status).toBe(301);
    const after = await raw(r.headers.get('location')!);
    expect(after.status).toBe(404);
    expect(await after.text()).toContain('<html');
  });

  it('never lets a decoded line break or another host into the Location header', async () => {
    const r = await raw('/kennisbank/a%0d%0aSet-Cookie:%20x=1/');
    expect(r.headers.get('set-cookie')).toBeNull();
    expect(r.headers.get('location') ?? '').not.toMatch(/[\r\n]/);
    expect([301, 404]).toContain(r.status);
    // Encoded, it stays encoded: the address as sent, without its slash.
    const encoded = await raw('/kennisbank/a%20b/');
    expect(encoded.headers.get('location')).toBe('/kennisbank/a%20b');
    const twoSlashes = await raw('/kennisbank//elders.example/');
    expect(twoSlashes.headers.get('location') ?? '').toMatch(/^\/kennisbank\//);
  });

  it('serves the site’s files with their type and no redirect loop for a folder of files', async () => {
    const js = await raw('/kennisbank/doorverwijzing.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const folder = await raw('/kennisbank/assets/js/');
    expect(folder.status).toBe(301);
    expect((await raw(folder.headers.get('location')!)).status).toBe(404);
  });
});
