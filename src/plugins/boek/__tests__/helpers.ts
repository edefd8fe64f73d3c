/** A small book from the fixture page, for the generator tests. */
import fs from 'node:fs';
import path from 'node:path';
import {loadSiteData} from '../../../content/siteData';

const BRONNEN = loadSiteData(path.resolve(__dirname, '../../../..')).data.bronnen;
import {buildBook, type Book, type BuildBookInput} from '../server/book';
import {chapterKey, extractChapter, type LinkContext} from '../server/chapter';
import type {BookEdition} from '../server/collect';

export const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8');

export const EDITION: BookEdition = {
  version: 'current',
  year: '2024',
  label: 'Editie 2024',
  homePath: '/handleiding/houding',
  errataPath: undefined,
  chapters: [
    {
      docId: 'handleiding/houding',
      title: 'Houding',
      permalink: '/handleiding/houding',
      depth: 0,
      bronnen: ['artikel-gezinshuis-ouders'],
      literatuur: [],
      wijzigingen: [],
    },
    {
      docId: 'handleiding/installatiefase',
      title: 'Installatiefase',
      permalink: '/handleiding/installatiefase',
      depth: 1,
      bronnen: [],
      literatuur: [],
      wijzigingen: [],
    },
  ],
  terms: {
    gezinshuisouder: {
      id: 'gezinshuisouder',
      term: 'gezinshuisouder',
      definitie: 'Iemand die in een gezinshuis zorgt.',
      permalink: '/begrippen/gezinshuisouder',
    },
    pleegouder: {
      id: 'pleegouder',
      term: 'pleegouder',
      definitie: 'Niet gebruikt in het boek.',
      permalink: '/begrippen/pleegouder',
    },
  },
};

export const CTX: LinkContext = {
  siteUrl: 'https://kennisbank.example',
  baseUrl: '/',
  chapterKeys: new Map(EDITION.chapters.map((c) => [c.permalink, chapterKey(c.docId)])),
  termPaths: new Map([['/begrippen/gezinshuisouder', 'gezinshuisouder']]),
};

/** The second chapter: a sub-page with the section the first one links to. */
const INSTALLATIE = `<article><div class="theme-doc-markdown markdown"><header><h1>Installatiefase</h1></header>
<h2 id="begeleidingsplan-ouders">Begeleidingsplan ouders</h2><p>Tekst met <a href="/handleiding/houding#kenmerken">een link terug</a>.</p></div></article>`;

export function fixtureInput(): BuildBookInput {
  const chapters = EDITION.chapters.map((c, i) => ({
    ...extractChapter(i === 0 ? fixture('pagina.html') : INSTALLATIE, {
      key: chapterKey(c.docId),
      depth: c.depth,
      source: c.permalink,
      ctx: CTX,
    }),
    depth: c.depth,
    title: c.title,
  }));
  return {
    edition: EDITION,
    chapters,
    bronnen: BRONNEN,
    literatuur: [
      {
        id: 'a2020',
        html: 'Auteur, A. (2020). <i>Titel</i>. <a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a>',
        text: 'Auteur, A. (2020). Titel.',
        bron: 'artikel-gezinshuis-ouders',
      },
    ],
    options: {
      title: 'Handleiding',
      subtitle: 'tot gedeeld opvoederschap',
      maker: 'Kennisbank',
      license: {name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl'},
    },
    siteUrl: 'https://kennisbank.example',
    siteName: 'Kennisbank Gedeeld Opvoederschap',
    date: new Date(Date.UTC(2026, 10, 29)),
  };
}

export function fixtureBook(): Book {
  return buildBook(fixtureInput());
}
