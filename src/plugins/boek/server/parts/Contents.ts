/** The printed table of contents (PDF): entries with the page numbers of the previous pass. The EPUB has its own (epub.ts). */
import type {ReactElement} from 'react';
import type {TocEntry} from '../book';
import {h} from './render';

function Entry({entry: e, level, pages}: {entry: TocEntry; level: number; pages: Props['pages']}): ReactElement {
  // A fixed-width number box: filling in the numbers never moves a line, so the page count stays.
  return h(
    'li',
    {className: `toc-${level}`},
    h(
      'a',
      {href: `#${e.id}`},
      h('span', {className: 'toc-titel'}, e.title),
      ' ',
      h('span', {className: 'toc-nr'}, pages?.get(e.id) ?? ''),
    ),
    e.children.length > 0
      ? h(
          'ol',
          null,
          e.children.map((c) => h(Entry, {key: c.id, entry: c, level: level + 1, pages})),
        )
      : null,
  );
}

interface Props {
  toc: readonly TocEntry[];
  /** Page of each entry, from the previous pass; undefined in the first. */
  pages: ReadonlyMap<string, number> | undefined;
}

/** The printed table of contents, with page numbers. */
export function Contents({toc, pages}: Props): ReactElement {
  return h(
    'nav',
    {className: 'inhoud', 'aria-labelledby': 'inhoud'},
    h('h1', {id: 'inhoud'}, 'Inhoud'),
    h(
      'ol',
      null,
      toc.map((e) => h(Entry, {key: e.id, entry: e, level: 1, pages})),
    ),
  );
}
