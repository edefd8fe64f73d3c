/**
 * Under every doc and every kenniscafé post, in both locales: "Bewerk deze
 * pagina", "Laatst gewijzigd" (only for a recorded major change, dated by it;
 * src/plugins/wijzigingen), "Geef feedback" (prefilled correctie form) and
 * "Citeer deze pagina". Reads the built HTML; the axe audit of the same pages
 * is in site.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {htmlFileFor} from '../../src/urls/manifest';
import {sitemapPaths} from '../lib/sitemap';
import {BASE_URL, BUILD_DIR} from '../lib/site';
import {paginasSchema} from '../../src/plugins/wijzigingen/server/api';

/** The newest recorded major change per page path, from the build's own content API. */
const laatstGewijzigd = new Map<string, string | null>();
for (const taal of ['nl', 'en'])
  for (const jaar of ['2024', '2021']) {
    const api = paginasSchema.parse(
      JSON.parse(fs.readFileSync(path.join(BUILD_DIR, `api/${taal}/${jaar}/paginas.json`), 'utf8')),
    );
    for (const p of api.paginas)
      laatstGewijzigd.set(`/${new URL(p.url).pathname.slice(BASE_URL.length)}`, p.laatst_gewijzigd);
  }

const strip = (p: string) => `/${p.slice(BASE_URL.length)}`.replace(/(.)\/$/, '$1');
const pages = [
  ...sitemapPaths(path.join(BUILD_DIR, 'sitemap.xml')).map((p) => ({path: strip(p), en: false})),
  ...sitemapPaths(path.join(BUILD_DIR, 'en/sitemap.xml')).map((p) => ({path: strip(p), en: true})),
]
  .map((p) => ({...p, html: fs.readFileSync(htmlFileFor(BUILD_DIR, p.path)!, 'utf8')}))
  .filter(
    (p) =>
      p.html.includes('theme-doc-markdown') ||
      /^(\/en)?\/kenniscafes\/(?!tags|archive|authors|page\/)[^/]+$/.test(p.path),
  );

describe('pagina-voet', () => {
  it('finds docs and posts in both locales', () => {
    expect(pages.filter((p) => p.en).length).toBeGreaterThan(10);
    expect(pages.some((p) => p.path.endsWith('/kenniscafes/kenniscafe-1-samenwerken-met-ouders'))).toBe(true);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s has edit link, last change (if any), feedback and citation',
    (_p, {path: p, en, html}) => {
      expect(html, 'Bewerk deze pagina').toMatch(/class="?theme-edit-this-page/);
      // "Laatst gewijzigd" is the newest change note; without one there is no date at all (never the last commit).
      const laatst = laatstGewijzigd.get(p);
      if (laatst) {
        expect(html, 'Laatst gewijzigd').toMatch(
          new RegExp(`theme-last-updated[\\s\\S]*datetime="?${laatst}T00:00:00.000Z`),
        );
      } else {
        expect(html, 'geen datum zonder wijziging').not.toContain('theme-last-updated');
      }
      const feedback = /href="?([^"\s>]*issues\/new\?template=correctie\.yml[^"\s>]*)/
        .exec(html)?.[1]
        ?.replaceAll('&amp;', '&');
      expect(feedback, 'Geef feedback').toBeDefined();
      const q = new URL(feedback!).searchParams;
      expect(q.get('pagina')).toMatch(new RegExp(`${p.replace(/[/]/g, '\\/')}$`));
      expect(q.get('editie')).toBeTruthy();
      expect(html).toContain(en ? 'Cite this page' : 'Citeer deze pagina');
      // Dated by the newest change (or a post's own date); "(z.d.)" / "(n.d.)" when none is recorded.
      const post = /\/kenniscafes\//.test(p);
      expect(html).toMatch(
        laatst === null && !post ? /data-citeer="[^"]+\((z|n)\.d\.\)\./ : /data-citeer="[^"]+\(\d{4}, [^)]+\)\./,
      );
    },
  );
});
