/**
 * Changes as readers and organisations meet them in the production build, served with
 * deploy/nginx.conf's headers: the errata page and the notice on a corrected 2021 page, the banner
 * of the older edition, a page's change history and its "Laatst gewijzigd", the feeds read by a
 * feed parser, the API files against their schemas, the published URL manifest, OpenSearch (its
 * template really searches), and the head links on every page. What the screenshots showed by eye
 * (notice near the top, history closed until opened, date equal to the newest note) is asserted here.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadErrata} from '../../src/content/errata';
import {loadSiteData} from '../../src/content/siteData';
import {begrippenSchema, paginasSchema, urlLijstSchema} from '../../src/plugins/wijzigingen/server/api';
import {htmlFileFor, readManifest} from '../../src/urls/manifest';
import {leesAtom, leesJsonFeed} from '../lib/feeds';
import {SITE, contentPages} from '../lib/content';
import {BASE_URL, BUILD_DIR, useBuiltSite} from '../lib/site';
import {sitemapPaths} from '../lib/sitemap';

const site = useBuiltSite();

// The pages these tests open are chosen from the content, so an editor adding a change note breaks nothing.
type Notitie = {datum: string; tekst: string};
const huidige = (await contentPages()).filter(
  (p) => p.kind === 'doc' && p.edition === 'current' && p.locale === 'nl' && typeof p.data.slug === 'string',
);
const notities = (p: (typeof huidige)[number]) => (p.data.wijzigingen as Notitie[] | undefined) ?? [];
const metNotities = huidige.find((p) => p.data.slug === '/handleiding/over-de-edities')!;
const zonderNotities = huidige.find((p) => notities(p).length === 0);
const read = (rel: string) => fs.readFileSync(path.join(BUILD_DIR, rel), 'utf8');
const errata = loadErrata(
  SITE,
  '2021',
  loadSiteData(SITE).data.bronnen.map((b) => b.key),
).errata;
/** A URL of this build as a path below the base URL ("https://…/kennisbank/x" → "/x"). */
const below = (u: string) => {
  const {pathname, hash} = new URL(u);
  return `/${pathname.slice(BASE_URL.length)}`.replace(/(.)\/$/, '$1') + hash;
};
const resolves = (u: string) => htmlFileFor(BUILD_DIR, below(u).split('#')[0]!) !== undefined;

describe('feeds of major changes and errata', () => {
  it.each(['', 'en/'])(
    '%swijzigingen/2021: one item per erratum, newest first, linking to pages that exist',
    (prefix) => {
      const atom = leesAtom(read(`${prefix}wijzigingen/2021/atom.xml`));
      expect(atom.title).toMatch(prefix ? /^Errata of the edition 2021/i : /^Errata van de editie 2021/);
      expect(atom.items).toHaveLength(errata.length);
      const dates = atom.items.map((i) => i.updated!.toISOString().slice(0, 10));
      expect(dates).toEqual([...dates].sort().reverse());
      expect(dates[0]).toBe(errata[0]!.datum);
      for (const i of atom.items) expect(resolves(i.url!), i.url!).toBe(true);
      const json = leesJsonFeed(read(`${prefix}wijzigingen/2021/feed.json`));
      expect(json.items.map((i) => i._kennisbank.erratum).sort()).toEqual(errata.map((e) => e.id).sort());
    },
  );

  it.each(['', 'en/'])('%swijzigingen/2024: the change notes of the current edition, with the pinned URL', (prefix) => {
    const atom = leesAtom(read(`${prefix}wijzigingen/2024/atom.xml`));
    const item = atom.items.find((i) => i.url!.endsWith('/handleiding/over-de-edities'));
    expect(item, 'de wijziging van over-de-edities').toBeDefined();
    expect(item!.updated!.toISOString().slice(0, 10)).toBe('2026-12-05');
    for (const i of atom.items) expect(resolves(i.url!), i.url!).toBe(true);
    const json = leesJsonFeed(read(`${prefix}wijzigingen/2024/feed.json`));
    // Pages of the edition carry their pinned URL; a kenniscafé post belongs to no edition: its own URL is fixed.
    const docs = json.items.filter((i) => !below(i.url!).startsWith(`/${prefix}kenniscafes/`));
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((i) => below(i._kennisbank.vaste_url!).startsWith(`/${prefix}2024/`))).toBe(true);
    expect(json.items.filter((i) => !docs.includes(i)).every((i) => i._kennisbank.vaste_url === i.url)).toBe(true);
  });
});

describe('content API', () => {
  it.each(['nl', 'en'])(
    'api/%s: pages and terms of both editions, in the documented shape, with URLs that work',
    (taal) => {
      for (const jaar of ['2024', '2021']) {
        const paginas = paginasSchema.parse(JSON.parse(read(`api/${taal}/${jaar}/paginas.json`)));
        expect(paginas).toMatchObject({editie: jaar, taal, vastgezet: jaar === '2021'});
        expect(paginas.paginas.length).toBeGreaterThan(jaar === '2021' ? 40 : 100);
        for (const p of paginas.paginas) expect(resolves(p.url), p.url).toBe(true);
        const begrippen = begrippenSchema.parse(JSON.parse(read(`api/${taal}/${jaar}/begrippen.json`)));
        expect(begrippen.begrippen.length).toBeGreaterThan(20);
        for (const b of begrippen.begrippen) expect(resolves(b.url), b.url).toBe(true);
      }
      const oud = paginasSchema.parse(JSON.parse(read(`api/${taal}/2021/paginas.json`)));
      const afstemmen = oud.paginas.find((p) => p.id === 'handleiding/handelingen/afstemmen-op-elkaar')!;
      expect(afstemmen.laatst_gewijzigd).toBe('2026-12-05');
      expect(afstemmen.wijzigingen[0]!.erratum).toBe('band-erkennen');
      expect(afstemmen.vaste_url).toBe(afstemmen.url);
    },
  );

  it('publishes urls.json, the URL promise, as absolute URLs', () => {
    const lijst = urlLijstSchema.parse(JSON.parse(read('api/urls.json')));
    expect(lijst.urls.map(below)).toEqual(
      readManifest(path.join(SITE, 'urls.json')).map((u) => u.replace(/(.)\/$/, '$1')),
    );
  });
});

describe('head of every page', () => {
  const pages = [
    ...sitemapPaths(path.join(BUILD_DIR, 'sitemap.xml')),
    ...sitemapPaths(path.join(BUILD_DIR, 'en/sitemap.xml')),
  ].map((p) => `/${p.slice(BASE_URL.length)}`.replace(/(.)\/$/, '$1'));

  it.each(pages)('%s names OpenSearch and the feeds of both editions', (p) => {
    const html = fs.readFileSync(htmlFileFor(BUILD_DIR, p)!, 'utf8');
    const prefix = p === '/en' || p.startsWith('/en/') ? 'en/' : '';
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(new RegExp(`<link[^>]*rel="?search[^>]*href="?${BASE_URL}${prefix}opensearch\\.xml`));
    for (const jaar of ['2024', '2021']) {
      expect(head).toMatch(
        new RegExp(
          `<link[^>]*type="?application/atom\\+xml[^>]*href="?${BASE_URL}${prefix}wijzigingen/${jaar}/atom\\.xml`,
        ),
      );
      expect(head).toMatch(
        new RegExp(
          `<link[^>]*type="?application/feed\\+json[^>]*href="?${BASE_URL}${prefix}wijzigingen/${jaar}/feed\\.json`,
        ),
      );
    }
  });
});

describe('in Chromium', () => {
  const open = async (p: string, width = 1280) => {
    const page = await site.browser.newPage({viewport: {width, height: 900}});
    await page.goto(site.server.root + p);
    return page;
  };

  it('/2021/errata lists every erratum under its own anchor, with what, why and the source', async () => {
    const page = await open('/2021/errata');
    await expect(page.locator('h1').textContent()).resolves.toBe('Errata van de editie 2021');
    const ids = await page.locator('article h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(errata.map((e) => e.id));
    const band = page.locator('article', {has: page.locator('#band-erkennen')});
    await expect(band.textContent()).resolves.toContain('besefte: ook de gezinshuismoeder heeft een belangrijke band');
    await expect(band.getByRole('link', {name: 'Afstemmen op elkaar'}).getAttribute('href')).resolves.toBe(
      `${BASE_URL}2021/handleiding/handelingen/afstemmen-op-elkaar`,
    );
    await expect(band.locator('cite').first().textContent()).resolves.toMatch(/^„De ingewikkelde relatie/);
    await page.close();
  });

  it('a corrected 2021 page opens with the notice under its title, linking to its erratum; the banner says the truth', async () => {
    const page = await open('/2021/handleiding/handelingen/afstemmen-op-elkaar');
    const notice = page.getByRole('complementary', {name: 'Gecorrigeerd na het vastzetten'});
    await expect(notice.textContent()).resolves.toContain('5 december 2026');
    const order = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const box = document.querySelector('[aria-labelledby="erratum-melding"]')!;
      const kort = document.querySelector('[aria-labelledby="kort-gezegd"]');
      return {
        afterTitle: Boolean(h1.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING),
        beforeSummary: kort ? Boolean(box.compareDocumentPosition(kort) & Node.DOCUMENT_POSITION_FOLLOWING) : true,
      };
    });
    expect(order).toEqual({afterTitle: true, beforeSummary: true});
    await notice.getByRole('link').click();
    await page.waitForURL(/\/2021\/errata#band-erkennen$/);
    await page.goBack();
    const banner = page.locator('.theme-doc-version-banner');
    await expect(banner.textContent()).resolves.toContain('De inhoud is vastgezet; correcties staan in de errata.');
    await expect(banner.getByRole('link', {name: 'errata'}).getAttribute('href')).resolves.toBe(
      `${BASE_URL}2021/errata`,
    );
    await expect(banner.textContent()).resolves.not.toContain('blijft zoals hij is');
    await page.close();
  });

  it('a page with change notes dates "Laatst gewijzigd" by the newest one and lists them, closed until opened', async () => {
    const notes = notities(metNotities);
    expect(notes.length).toBeGreaterThan(0);
    const page = await open(String(metNotities.data.slug));
    await expect(page.locator('.theme-last-updated time').getAttribute('datetime')).resolves.toBe(
      `${notes[0]!.datum}T00:00:00.000Z`,
    );
    await expect(page.locator('.theme-last-updated').textContent()).resolves.toMatch(/^Laatst gewijzigd op/);
    const history = page.locator('details.kennisbank-wijzigingen');
    await expect(history.locator('summary').textContent()).resolves.toBe(
      `Wijzigingen op deze pagina (${notes.length})`,
    );
    await expect(history.locator('li').first().isVisible()).resolves.toBe(false);
    await history.locator('summary').focus();
    await page.keyboard.press('Enter');
    // Newest first, each with its date in words and its sentence.
    const items = await history.locator('li').allTextContents();
    expect(items).toHaveLength(notes.length);
    expect(items.join('\n')).toContain('5 december 2026');
    expect(items.join('\n')).toContain('correcties in de errata');
    await page.close();
  });

  it('a page without change notes shows no date and says so; its citation has no invented date', async () => {
    expect(zonderNotities, 'een pagina van de huidige editie zonder wijzigingen').toBeDefined();
    const page = await open(String(zonderNotities!.data.slug));
    await expect(page.locator('.theme-last-updated').count()).resolves.toBe(0);
    await expect(page.locator('p.kennisbank-wijzigingen').textContent()).resolves.toMatch(
      /^Geen grote wijzigingen vastgelegd\./,
    );
    await expect(page.locator('[data-citeer]').getAttribute('data-citeer')).resolves.toContain('(z.d.)');
    await page.close();
  });

  it('the OpenSearch template searches: the search page answers ?q=', async () => {
    const template = /template="([^"]+\?q=)\{searchTerms\}"/.exec(read('opensearch.xml'))![1]!;
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + new URL(`${template}gastvrij`).pathname + '?q=gastvrij');
    // The static page has an empty box; the query arrives with hydration.
    await expect.poll(() => page.locator('input[type="search"]').first().inputValue()).toBe('gastvrij');
    await page
      .getByRole('link', {name: /Houding/})
      .first()
      .waitFor();
    await page.close();
  });
});
