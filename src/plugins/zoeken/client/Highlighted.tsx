import type {ReactNode} from 'react';
import type {Piece} from '../shared/highlight';

/** Text pieces as React text nodes and <mark> elements: never parsed as HTML. */
export default function Highlighted({pieces}: {pieces: readonly Piece[]}): ReactNode {
  return pieces.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>));
}
