/**
 * A worried parent finds the pages on disagreement and complaints in two clicks from the home page
 * (home → "Voor ouders" → the page), in the production build as nginx serves it. The complaints page
 * rests on web pages outside the five sources: the page and its sources list must say so.
 */
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useBuiltSite} from '../lib/site';

const site = useBuiltSite();

const PAGES = [
  {slug: '/voor-ouders/als-je-het-oneens-bent', h1: 'Als je het oneens bent over de dagelijkse regels'},
  {slug: '/voor-ouders/klacht-en-onafhankelijke-steun', h1: 'Een klacht, of steun van iemand die onafhankelijk is'},
];

/** Follows the first visible link in the page's main content whose address ends in `slug`: one click. */
async function click(page: Page, slug: string): Promise<void> {
  const link = page.locator(`main a[href$="${slug}"]`).first();
  await link.waitFor({state: 'visible'});
  await Promise.all([page.waitForURL((u) => u.pathname.endsWith(slug)), link.click()]);
}

describe('parents reach the pages on disagreement and complaints in two clicks from home', () => {
  it.each(PAGES)('home → Voor ouders → $slug', async ({slug, h1}) => {
    const page = await site.browser.newPage({viewport: {width: 360, height: 800}});
    await page.goto(`${site.server.root}/`);
    await click(page, '/voor-ouders');
    await click(page, slug);
    // The site routes in the browser: the address changes before the new page is drawn.
    await page.getByRole('heading', {level: 1, name: h1, exact: true}).waitFor({timeout: 15_000});
    await expect(page.locator('h1').innerText()).resolves.toBe(h1);
    await page.close();
  });

  it('the complaints page and its sources list say the information comes from outside the sources', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/voor-ouders/klacht-en-onafhankelijke-steun`);
    // textContent, not innerText: the theme shows an admonition's title in capitals.
    const notice = await page.locator('main .theme-admonition').first().textContent();
    expect(notice).toContain('Niet uit de bronnen van deze kennisbank');
    expect(notice).toContain('5 december 2026');
    const bronnen = page.getByRole('region', {name: 'Bronnen van deze pagina'});
    const extern = bronnen.locator('li', {hasText: 'Buiten de bronnen van de kennisbank:'});
    await expect(extern.count()).resolves.toBe(5);
    const regelhulp = extern.filter({hasText: 'Vertrouwenspersoon jeugd'});
    await expect(regelhulp.innerText()).resolves.toMatch(/geraadpleegd op 5 december 2026\.$/);
    await expect(
      regelhulp.locator('a[href="https://www.regelhulp.nl/onderwerpen/vertrouwenspersoon-jeugd"]').count(),
    ).resolves.toBe(1);
    await page.close();
  });

  it('the page that rests on the five sources has no source from outside them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}/voor-ouders/als-je-het-oneens-bent`);
    const bronnen = page.getByRole('region', {name: 'Bronnen van deze pagina'});
    await expect(bronnen.locator('li').count()).resolves.toBe(4);
    await expect(bronnen.innerText()).resolves.not.toContain('Buiten de bronnen');
    await page.close();
  });
});
