/** The book's cover (PDF and EPUB): title, edition and its content revision, build date, URL. */
import type {ReactElement} from 'react';
import {displayUrl, type BookMeta} from '../book';
import {h} from './render';

/** The content revision in a few words: the date of the last major change, or that none is recorded. */
export function revisionText(meta: Pick<BookMeta, 'revision'>): string {
  return meta.revision
    ? `Laatste inhoudelijke wijziging: ${meta.revision.dateText}`
    : 'Geen inhoudelijke wijzigingen vastgelegd';
}

/** The first page: title, edition and its content revision, when the book was made, where it is online. */
export function Cover({meta}: {meta: BookMeta}): ReactElement {
  return h(
    'section',
    {className: 'omslag', id: 'omslag', 'aria-label': 'Omslag'},
    h('p', {className: 'omslag-reeks'}, meta.maker),
    h(
      'h1',
      {className: 'omslag-titel'},
      meta.title,
      meta.subtitle ? [' ', h('span', {key: 'sub', className: 'omslag-sub'}, meta.subtitle)] : null,
    ),
    h('p', {className: 'omslag-editie'}, meta.editionLabel),
    h('p', {className: 'omslag-revisie'}, revisionText(meta)),
    h('p', {className: 'omslag-datum'}, `Gemaakt op ${meta.dateText}`),
    h('p', {className: 'omslag-url'}, 'Online: ', h('a', {href: meta.url}, displayUrl(meta.url))),
  );
}
