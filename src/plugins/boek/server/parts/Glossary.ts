/** The appendix "Begrippen" (PDF and EPUB): the terms the chapters link to, with their definitions. */
import {Fragment, type ReactElement} from 'react';
import {BEGRIPPEN_ID, displayUrl, type Book} from '../book';
import {termAnchor} from '../chapter';
import {h} from './render';

/** The appendix with the terms the book's pages link to, each with its short definition. */
export function Glossary({book}: {book: Book}): ReactElement {
  return h(
    'section',
    {className: 'bijlage', 'aria-labelledby': BEGRIPPEN_ID},
    h('h1', {id: BEGRIPPEN_ID}, 'Bijlage: Begrippen'),
    h(
      'p',
      null,
      'De begrippen die in dit boek voorkomen, met de korte uitleg van de kennisbank. In de tekst zijn ze onderstreept met een stippellijn. Meer uitleg per begrip staat online.',
    ),
    h(
      'dl',
      {className: 'begrippen'},
      book.glossary.map((t) => {
        const url = book.meta.siteUrl + t.permalink;
        return h(
          Fragment,
          {key: t.id},
          h('dt', {id: termAnchor(t.id)}, t.term),
          h(
            'dd',
            null,
            `${t.definitie} `,
            h('span', {className: 'online'}, 'Online: ', h('a', {href: url}, displayUrl(url))),
          ),
        );
      }),
    ),
  );
}
