import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {anchorsIn, collectPublicUrls, compareManifest, formatManifestReport, resolveInBuild} from '../manifest';

const BUILD = path.join(__dirname, '__fixtures__/gebouwde-site');

describe('collectPublicUrls', () => {
  it('lists sitemap pages of both locales, begrippen anchors, worksheet files, downloads and feeds', () => {
    expect(collectPublicUrls(BUILD)).toEqual([
      '/',
      '/begrippen',
      '/begrippen#gedeeld-opvoederschap',
      '/begrippen#gezinshuis',
      '/downloads/handleiding-2024.pdf',
      '/en',
      '/handleiding/houding',
      '/kenniscafes/rss.xml',
      '/nieuwe-pagina',
      '/werkbladen/gesprekskaarten.pdf',
    ]);
  });

  it('takes only content headings as anchors, not the page chrome', () => {
    expect(anchorsIn('<h2 class="anchor x" id="a">A</h2><h2 id="citeer-x">Citeer</h2><h3 id=b class=anchor>B</h3>')).toEqual(['a', 'b']);
  });
});

describe('resolveInBuild', () => {
  it.each([
    ['/', 'pagina'],
    ['/en', 'pagina'],
    ['/handleiding/houding#gastvrij', 'pagina'],
    ['/kenniscafes/rss.xml', 'bestand'],
    ['/downloads/handleiding-2024.pdf', 'bestand'],
    ['/oude-naam', 'redirect'],
    ['/oude-naam#gastvrij', 'redirect'],
  ])('%s resolves as %s', (url, via) => {
    expect(resolveInBuild(BUILD, url)).toEqual({ok: true, via});
  });

  it.each(['/verwijderd', '/handleiding/houding#weg', '/kapotte-redirect', '/kenniscafes/atom.xml', '/downloads/handleiding-2021.pdf'])('%s does not resolve', (url) => {
    expect(resolveInBuild(BUILD, url)).toEqual({ok: false});
  });
});

describe('compareManifest', () => {
  const manifest = [
    '/',
    '/begrippen',
    '/begrippen#gedeeld-opvoederschap',
    '/begrippen#gezinshuis',
    '/downloads/handleiding-2024.pdf',
    '/en',
    '/handleiding/houding',
    '/kenniscafes/rss.xml',
    '/oude-naam', // removed, but a redirect covers it: passes
    '/verwijderd', // removed without redirect: fails
    '/werkbladen/gesprekskaarten.pdf',
  ];

  it('passes a removed URL that a redirect covers, fails one that nothing covers, and asks to list a new URL', () => {
    expect(formatManifestReport(compareManifest(manifest, BUILD))).toEqual([
      'URL "/verwijderd" staat in urls.json, maar bestaat niet meer in de build en geen redirect vangt hem op. Organisaties linken hiernaar: zet de pagina terug, of voeg in src/config/redirects.ts een redirect toe ({from: \'/verwijderd\', to: \'/nieuwe-plek\'}). Mag de URL echt verdwijnen? Voer dan npm run urls uit.',
      'URL "/nieuwe-pagina" is nieuw en staat nog niet in urls.json: voer npm run urls uit en commit urls.json, zodat de nieuwe URL in de review te zien is.',
    ]);
  });

  it('is clean when the manifest matches the build', () => {
    expect(compareManifest(collectPublicUrls(BUILD), BUILD)).toEqual({kwijt: [], nieuw: []});
  });
});
