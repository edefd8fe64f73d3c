/**
 * CSS that only some pages use is kept out of the shared stylesheet (src/plugins/paginastijl)
 * and linked in the HTML of the pages that need it. With JavaScript off, every built page must
 * link each separate stylesheet that has a rule matching one of its elements (the browser
 * decides what matches). The CSS byte budget of a docs page is in bundle.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {separateSheets, sheetSelectors, unlinkedMatches} from '../lib/paginastijl';
import {sample, sitemapPaths} from '../lib/sitemap';
import {BASE_URL, BUILD_DIR, useBuiltSite} from '../lib/site';

const site = useBuiltSite();
const locales = [
  {dir: BUILD_DIR, sitemap: path.join(BUILD_DIR, 'sitemap.xml'), lang: 'nl'},
  {dir: path.join(BUILD_DIR, 'en'), sitemap: path.join(BUILD_DIR, 'en/sitemap.xml'), lang: 'en'},
];
// SITE_PAGES=steekproef (the base-URL pass): a few pages of each section, as in site.test.ts.
const pagesOf = (sitemap: string, lang: string) => {
  const all = sitemapPaths(sitemap).map((p) => ({path: p, lang}));
  return (process.env.SITE_PAGES === 'steekproef' ? sample(all, BASE_URL) : all).map((p) => p.path);
};

describe('separate stylesheets (paginastijl)', () => {
  it('a page that uses a separate stylesheet but does not link it is caught (guard)', async () => {
    const sheets = [
      {
        file: 'x.abc123.css',
        text: '.kaart_Ab12:hover::before{content:"x"}@media (min-width:1px){.lijst_Cd34 li{margin:0}}',
      },
    ];
    const context = await site.browser.newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      const parsed = await sheetSelectors(page, sheets);
      await page.setContent('<html><head></head><body><ul class="lijst_Cd34"><li>a</li></ul></body></html>');
      expect(await unlinkedMatches(page, parsed)).toEqual(['x.abc123.css: .lijst_Cd34 li']);
      await page.setContent(
        '<html><head><link rel="stylesheet" href="/assets/css/x.abc123.css"></head><body><ul class="lijst_Cd34"><li>a</li></ul></body></html>',
      );
      expect(await unlinkedMatches(page, parsed)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(
    'every built page links the separate stylesheets whose rules match it, without JavaScript',
    {timeout: 300_000},
    async () => {
      const context = await site.browser.newContext({javaScriptEnabled: false});
      const problems: string[] = [];
      let checked = 0;
      try {
        const page = await context.newPage();
        for (const {dir, sitemap, lang} of locales) {
          const sheets = separateSheets(path.join(dir, 'assets/css'));
          expect(sheets.length, `${dir}/assets/css heeft geen losse stylesheets`).toBeGreaterThan(0);
          const parsed = await sheetSelectors(page, sheets);
          for (const p of pagesOf(sitemap, lang)) {
            // The served HTML as a document of its own: only its elements and links matter here,
            // so nothing it refers to is loaded (its paths do not resolve from about:blank).
            const response = await fetch(`${site.server.origin}${p}`);
            expect(response.status, p).toBe(200);
            await page.setContent(await response.text(), {waitUntil: 'domcontentloaded'});
            for (const m of await unlinkedMatches(page, parsed)) problems.push(`${p} → ${m}`);
            checked++;
          }
        }
      } finally {
        await context.close();
      }
      expect(checked).toBeGreaterThan(process.env.SITE_PAGES === 'steekproef' ? 20 : 100);
      expect(problems).toEqual([]);
    },
  );

  it('the shared stylesheet holds none of the worksheet, route, glossary-index, blog or KaTeX rules', () => {
    const cssDir = path.join(BUILD_DIR, 'assets/css');
    const shared = fs
      .readdirSync(cssDir)
      .filter((f) => f.startsWith('styles.'))
      .map((f) => fs.readFileSync(path.join(cssDir, f), 'utf8'))
      .join('\n');
    for (const marker of ['.katex{', '.route_', '.downloadTabel_', '.letters_', 'authorName_', '.vraag_'])
      expect(shared, marker).not.toContain(marker);
  });
});
