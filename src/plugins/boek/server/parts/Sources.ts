/** The appendix "Bronnen en literatuur" (PDF and EPUB): the sources the chapters name and the literature they cite. */
import type {ReactElement} from 'react';
import type {Bron} from '../../../../content/siteData';
import type {Referentie} from '../../../literatuur/shared';
import {BRONNEN_ID, type Book} from '../book';
import {h} from './render';

function BronItem({bron}: {bron: Bron}): ReactElement {
  return h(
    'li',
    null,
    h('cite', null, bron.titel),
    `. ${bron.maker}. ${bron.soort}${bron.vindplaats ? `. Te vinden via ${bron.vindplaats}` : ''}.`,
  );
}

function LiteratuurItem({entry: e}: {entry: Referentie}): ReactElement {
  const genoemd = e.bronTitel;
  return h(
    'li',
    {id: `ref-${e.id}`},
    // The APA reference is HTML made by citation-js (italics, a DOI link) from src/data/literatuur.json.
    h('span', {dangerouslySetInnerHTML: {__html: e.html}}),
    e.note ? [' ', h('span', {key: 'noot', className: 'noot'}, `(${e.note})`)] : null,
    genoemd || e.context
      ? [
          ' ',
          h(
            'span',
            {key: 'context', className: 'context'},
            'Genoemd in: ',
            genoemd ? h('cite', null, genoemd) : (e.bron ?? ''),
            e.context ? `, over: ${e.context}` : '',
            '.',
          ),
        ]
      : null,
  );
}

/** The appendix with the sources the chapters rest on and the literature those sources name. */
export function Sources({book}: {book: Book}): ReactElement {
  return h(
    'section',
    {className: 'bijlage', 'aria-labelledby': BRONNEN_ID},
    h('h1', {id: BRONNEN_ID}, 'Bronnen en literatuur'),
    h('h2', {id: 'bronnen-lijst'}, 'Bronnen'),
    h(
      'p',
      null,
      'De documenten waarop de hoofdstukken van dit boek rusten. Ze zijn niet van de kennisbank en staan niet in dit boek.',
    ),
    h(
      'ul',
      {className: 'referenties'},
      book.bronnen.map((b) => h(BronItem, {key: b.key, bron: b})),
    ),
    h('h2', {id: 'literatuur-lijst'}, 'Literatuur'),
    h('p', null, 'De publicaties die de bronnen noemen, in APA-stijl.'),
    h(
      'ul',
      {className: 'referenties'},
      book.literatuur.map((e) => h(LiteratuurItem, {key: e.id, entry: e})),
    ),
  );
}
