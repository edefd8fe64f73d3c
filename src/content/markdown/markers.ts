/**
 * Glossary markers in running text: `[[woord]]` or `[[begrip|getoonde tekst]]`.
 * The remark plugin turns them into explained terms; everything else that reads
 * text (search, readability, checks) sees what the reader sees: the shown text.
 */

/** `[[target]]` or `[[target|shown text]]`; no brackets, pipes or line breaks inside. */
export const MARKER = /\[\[([^[\]|\n]+?)(?:\|([^[\]|\n]+?))?\]\]/g;

export interface MarkerMatch {
  /** Index of the marker in the text. */
  index: number;
  /** The whole marker, brackets included. */
  raw: string;
  /** Term, alias or id the marker points at. */
  target: string;
  /** The text the reader sees. */
  shown: string;
}

export function findMarkers(text: string): MarkerMatch[] {
  return [...text.matchAll(MARKER)].map((m) => ({
    index: m.index,
    raw: m[0],
    target: m[1]!.trim(),
    shown: (m[2] ?? m[1]!).trim(),
  }));
}

/** The text as the reader sees it: every marker replaced by its shown text. */
export function resolveMarkers(text: string): string {
  return text.replace(MARKER, (_, target: string, shown?: string) => (shown ?? target).trim());
}
