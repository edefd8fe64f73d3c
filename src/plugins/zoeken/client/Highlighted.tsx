import {createElement, Fragment, type ReactNode} from 'react';
import type {Piece} from '../shared/highlight';

/**
 * Text pieces as React text nodes and <mark> elements: never parsed as HTML.
 * (createElement rather than JSX keeps it testable in the plain-Node unit project.)
 */
export default function Highlighted({pieces}: {pieces: readonly Piece[]}): ReactNode {
  return createElement(
    Fragment,
    null,
    pieces.map((p, i) =>
      p.mark ? createElement('mark', {key: i}, p.text) : createElement(Fragment, {key: i}, p.text),
    ),
  );
}
