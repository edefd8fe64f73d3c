import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {anchorsIn, collectPublicUrls, compareManifest, formatRemovals, resolveInBuild} from '../manifest';
import type {PublicFiles} from '../declared';

const BUILD = path.join(__dirname, '__fixtures__/gebouwde-site');
// What the build would report for this fixture (src/config/publicFiles.ts declares it for the real site).
const DECLARED: PublicFiles = {
  files: ['/werkbladen/gesprekskaarten.pdf', '/werkbladen/weg.pdf', '/kenniscafes/rss.xml', '/kenniscafes/atom.xml'],
  anchorPages: ['/begrippen'],
  pages: ['/2024/handleiding/houding', '/2024/bestaat-niet'],
};

describe('collectPublicUrls', () => {
  it('lists sitemap pages of both locales, and the declared pages, anchors and files that the build has', () => {
    expect(collectPublicUrls(BUILD, DECLARED)).toEqual([
      '/',
      '/2024/handleiding/houding',
      '/begrippen',
      '/begrippen#gedeeld-opvoederschap',
      '/begrippen#gezinshuis',
      '/en',
      '/handleiding/houding',
      '/kenniscafes/rss.xml',
      '/nieuwe-pagina',
      '/werkbladen/gesprekskaarten.pdf',
    ]);
  });

  it('takes only content headings as anchors, not the page chrome', () => {
    expect(
      anchorsIn('<h2 class="anchor x" id="a">A</h2><h2 id="citeer-x">Citeer</h2><h3 id=b class=anchor>B</h3>'),
    ).toEqual(['a', 'b']);
  });
});

describe('resolveInBuild', () => {
  it.each([
    ['/', 'pagina'],
    ['/en', 'pagina'],
    ['/handleiding/houding#gastvrij', 'pagina'],
    ['/kenniscafes/rss.xml', 'bestand'],
    ['/oude-naam', 'redirect'],
    ['/oude-naam#gastvrij', 'redirect'],
  ])('%s resolves as %s', (url, via) => {
    expect(resolveInBuild(BUILD, url)).toEqual({ok: true, via});
  });

  it.each(['/verwijderd', '/handleiding/houding#weg', '/kapotte-redirect', '/kenniscafes/atom.xml'])(
    '%s does not resolve',
    (url) => {
      expect(resolveInBuild(BUILD, url)).toEqual({ok: false});
    },
  );
});

describe('compareManifest', () => {
  const manifest = [
    '/',
    '/2024/handleiding/houding',
    '/begrippen',
    '/begrippen#gedeeld-opvoederschap',
    '/begrippen#gezinshuis',
    '/en',
    '/handleiding/houding',
    '/kenniscafes/rss.xml',
    '/oude-naam', // removed, but a redirect covers it: passes
    '/verwijderd', // removed without redirect: fails
    '/werkbladen/gesprekskaarten.pdf',
  ];

  it('passes a removed URL that a redirect covers, fails one that nothing covers, and only notes a new URL', () => {
    const report = compareManifest(manifest, BUILD, DECLARED);
    expect(formatRemovals(report)).toEqual([
      "URL \"/verwijderd\" staat in urls.json, maar bestaat niet meer in de build en geen redirect vangt hem op. Organisaties linken hiernaar: zet de pagina terug, of voeg in src/config/redirects.ts een redirect toe ({from: '/verwijderd', to: '/nieuwe-plek'}). Mag de URL echt verdwijnen? Haal hem dan in dezelfde wijziging uit urls.json.",
    ]);
    expect(report.nieuw).toEqual(['/nieuwe-pagina']);
  });

  it('is clean when the manifest matches the build', () => {
    expect(compareManifest(collectPublicUrls(BUILD, DECLARED), BUILD, DECLARED)).toEqual({kwijt: [], nieuw: []});
  });
});
