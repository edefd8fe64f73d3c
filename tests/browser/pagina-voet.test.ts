/**
 * Under every doc and every kenniscafé post, in both locales: "Bewerk deze
 * pagina", "Laatst bijgewerkt", "Geef feedback" (prefilled correctie form) and
 * "Citeer deze pagina". Reads the built HTML; the axe audit of the same pages
 * is in site.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {htmlFileFor} from '../../src/urls/manifest';
import {sitemapPaths} from '../lib/sitemap';
import {BASE_URL, BUILD_DIR} from '../lib/site';

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
    '%s has edit link, last update, feedback and citation',
    (_p, {path: p, en, html}) => {
      expect(html, 'Bewerk deze pagina').toMatch(/class="?theme-edit-this-page/);
      expect(html, 'Laatst bijgewerkt').toContain('theme-last-updated');
      const feedback = /href="?([^"\s>]*issues\/new\?template=correctie\.yml[^"\s>]*)/
        .exec(html)?.[1]
        ?.replaceAll('&amp;', '&');
      expect(feedback, 'Geef feedback').toBeDefined();
      const q = new URL(feedback!).searchParams;
      expect(q.get('pagina')).toMatch(new RegExp(`${p.replace(/[/]/g, '\\/')}$`));
      expect(q.get('editie')).toBeTruthy();
      expect(html).toContain(en ? 'Cite this page' : 'Citeer deze pagina');
      expect(html).toMatch(/data-citeer="[^"]+\(\d{4}, [^)]+\)\./);
    },
  );
});
