/**
 * Snippets with highlighted words, as plain data: a list of text pieces, some
 * marked. The UI turns marked pieces into <mark> elements and the rest into
 * text nodes, so content is never parsed as HTML ("<script>" stays text).
 */
import {normalize} from './normalize';
import {stem} from './encoder';

export interface Piece {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function matches(word: string, terms: readonly string[]): boolean {
  const n = normalize(word);
  const s = stem(n);
  return terms.some(
    (t) =>
      t.length > 0 &&
      (s.startsWith(t) ||
        n.startsWith(t) ||
        // compounds: "ouder" inside "gezinshuisouders"
        (t.length >= 4 && n.includes(t))),
  );
}

/** Marks every word of `text` that matches one of the encoded query `terms`. */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (!matches(m[0], terms)) continue;
    if (start > last) pieces.push({text: text.slice(last, start), mark: false});
    pieces.push({text: m[0], mark: true});
    last = start + m[0].length;
  }
  if (last < text.length) pieces.push({text: text.slice(last), mark: false});
  return pieces;
}

/**
 * A window of about `length` characters around the first match, cut at word
 * boundaries, with "…" where text was left out; then highlighted.
 */
export function snippet(text: string, terms: readonly string[], length = 160): Piece[] {
  let first = -1;
  for (const m of text.matchAll(WORD)) {
    if (matches(m[0], terms)) {
      first = m.index ?? 0;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const body = highlight(text.slice(start, end), terms);
  if (start > 0) body.unshift({text: '…', mark: false});
  if (end < text.length) body.push({text: '…', mark: false});
  return body;
}
