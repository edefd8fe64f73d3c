/** The book's colophon (PDF and EPUB): edition and content revision, maker, sources, licence, citation. */
import type {ReactElement} from 'react';
import {BRONNEN_ID, COLOFON_ID, type Book} from '../book';
import {h} from './render';

/** "Editie 2024 — laatste inhoudelijke wijziging op 5 december 2026 (pagina „Houding”)." */
function revisionSentence(meta: Book['meta']): string {
  const {revision} = meta;
  return revision
    ? `${meta.editionLabel} — laatste inhoudelijke wijziging op ${revision.dateText} (pagina „${revision.chapter}”).`
    : `${meta.editionLabel} — geen inhoudelijke wijzigingen vastgelegd.`;
}

/** Who made the book, from what, its content revision, its licence and how to cite it. */
export function Colophon({book}: {book: Book}): ReactElement {
  const {meta} = book;
  return h(
    'section',
    {className: 'colofon', 'aria-labelledby': COLOFON_ID},
    h('h1', {id: COLOFON_ID}, 'Colofon'),
    h('p', null, h('strong', null, `${meta.title} ${meta.subtitle}`), `. ${revisionSentence(meta)}`),
    h(
      'p',
      null,
      `Gemaakt door de ${meta.maker}. Dit boek is op ${meta.dateText} gemaakt uit dezelfde pagina’s als de website, in dezelfde volgorde. `,
      // A frozen edition records every change as a dated erratum, a tikfout too (the paragraph below).
      meta.errataUrl
        ? ''
        : 'Alleen een inhoudelijke wijziging krijgt een datum; een kleine correctie, zoals een tikfout, niet. ',
      'Online staat deze editie op ',
      h('a', {href: meta.url}, meta.url),
      '.',
    ),
    meta.errataUrl &&
      h(
        'p',
        null,
        'De inhoud van deze editie ligt vast. Elke wijziging sinds het vastzetten staat in de errata, met datum en reden, en bij een inhoudelijke correctie ook de bron: ',
        h('a', {href: meta.errataUrl}, meta.errataUrl),
        `. Dit boek is gemaakt op ${meta.dateText}; kijk daar of er daarna nog errata zijn bijgekomen.`,
      ),
    h('h2', {id: 'colofon-bronnen'}, 'Waar de tekst op rust'),
    h(
      'p',
      null,
      'De kennisbank schrijft in eigen woorden, op basis van deze bronnen. Elk hoofdstuk noemt achteraan de bronnen waar het op rust; de volledige lijst staat in ',
      h('a', {href: `#${BRONNEN_ID}`}, 'Bronnen en literatuur'),
      '.',
    ),
    h(
      'ul',
      null,
      book.alleBronnen.map((b) => h('li', {key: b.key}, h('cite', null, b.titel), `. ${b.maker}.`)),
    ),
    h('h2', {id: 'colofon-licentie'}, 'Licentie'),
    h(
      'p',
      null,
      `De eigen tekst van de kennisbank valt onder de licentie ${meta.license.name}: `,
      h('a', {href: meta.license.url}, meta.license.url),
      '. Je mag de tekst delen en bewerken, ook voor je organisatie, als je de kennisbank noemt. Dat geldt niet voor de bronnen en voor citaten daaruit: die blijven van hun makers.',
    ),
    h('h2', {id: 'colofon-citeren'}, 'Zo verwijs je naar deze editie'),
    h('p', null, 'Noem de editie en de vaste URL, zodat iedereen precies deze tekst terugvindt (APA):'),
    h('p', {className: 'citeer'}, meta.citation),
  );
}
