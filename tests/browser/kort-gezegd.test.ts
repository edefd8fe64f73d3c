/**
 * The "Kort gezegd" box in the built site: on every page that has the field,
 * under the title and before the content, with its heading; and on a phone and
 * a desktop, in light and dark mode, a box that stands out from the page, fits
 * the screen and passes axe.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runAxe, setColorMode} from '../lib/audit';
import {BUILD_DIR as BUILD, useBuiltSite} from '../lib/site';
import {contentPages} from '../lib/content';
import {editionPath} from '../../src/content/vocabulary';

const html = (p: string) => fs.readFileSync(path.join(BUILD, `${p.replace(/^\//, '')}.html`), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const metKortGezegd = (await contentPages()).flatMap((p) =>
  p.kind === 'doc' && typeof p.data.kort_gezegd === 'string'
    ? [[editionPath(p.edition, String(p.data.slug)), p.data.kort_gezegd] as const]
    : [],
);

const site = useBuiltSite(BUILD, '/');
const PAGE = '/handleiding/houding';

describe('Kort gezegd', () => {
  it('is on at least the 52 handleiding, onderzoek and spanningsveld pages', () => {
    expect(metKortGezegd.length).toBeGreaterThanOrEqual(52);
  });

  it.each(metKortGezegd)('%s shows its Kort gezegd under the title, before the content', (slug, tekst) => {
    const page = html(slug);
    const h1 = page.indexOf('<h1');
    const box = page.indexOf('aria-labelledby="kort-gezegd"');
    expect(h1).toBeGreaterThan(0);
    expect(box).toBeGreaterThan(h1);
    const section = page.slice(box, page.indexOf('</section>', box));
    expect(section).toMatch(/<h2 id="kort-gezegd"[^>]*>Kort gezegd<\/h2>/);
    expect(decode(section)).toContain(tekst);
    // Nothing of the page's own text comes between the title and the box; a corrected page of a frozen
    // edition has the erratum notice there (site text, src/plugins/wijzigingen), and nothing else.
    const between = page.slice(h1, box).replace(/<aside[^>]*aria-labelledby="erratum-melding"[^>]*>.*?<\/aside>/s, '');
    expect(between).not.toMatch(/<p[ >]/);
  });

  it.each([360, 1280])(
    `${PAGE} at %i px: a box that stands out from the page and fits, in light and dark mode`,
    async (width) => {
      const page = await site.browser.newPage({viewport: {width, height: 900}});
      await page.goto(site.server.origin + PAGE);
      const box = page.getByRole('region', {name: 'Kort gezegd'});
      await box.waitFor();
      const backgrounds: string[] = [];
      for (const mode of ['light', 'dark'] as const) {
        await setColorMode(page, mode);
        const looks = await box.evaluate((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return {
            bg: s.backgroundColor,
            page: getComputedStyle(document.querySelector('main') ?? document.body).backgroundColor,
            body: getComputedStyle(document.body).backgroundColor,
            right: r.right,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        });
        // A transparent box would vanish on Infima's transparent light background.
        expect(looks.bg, mode).not.toBe('rgba(0, 0, 0, 0)');
        expect(looks.bg, mode).not.toBe(looks.body);
        expect(looks.right, mode).toBeLessThanOrEqual(width);
        expect(looks.overflow, mode).toBeLessThanOrEqual(0);
        expect(await runAxe(page), `axe (${mode})`).toEqual([]);
        backgrounds.push(looks.bg);
      }
      expect(backgrounds[0]).not.toBe(backgrounds[1]);
      await page.close();
    },
  );
});
