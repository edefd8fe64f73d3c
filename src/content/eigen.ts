/**
 * `npm run check` in a pull request from the web editor: the contributor's own
 * files first, each problem placed where she can find it in the form (the field,
 * or the line within the "Tekst" field, which shows no file line numbers), and
 * other pages' warnings only on request (`--alles`).
 */
import type {Problem} from './problems';

/** The first line of the body (after the closing --- of the front matter), 1-based; 1 without front matter. */
export function bodyStartLine(raw: string): number {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return 1;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return end < 0 ? 1 : end + 2;
}

/** Where a problem is in the web editor's form: "veld Tekst, regel 3" for the body, else nothing (the field is named already). */
export function placeInForm(p: Problem, raw: string | undefined): string | undefined {
  if (p.field || raw === undefined || !/\.mdx?$/.test(p.file)) return undefined;
  const start = bodyStartLine(raw);
  if (p.line < start) return undefined;
  return `in het veld Tekst, regel ${p.line - start + 1}`;
}

/** The problems of the contributor's own files, then the others' errors; others' warnings only when asked. */
export function ownFirst(
  problems: readonly Problem[],
  own: ReadonlySet<string>,
  all: boolean,
): {own: Problem[]; others: Problem[]; hiddenWarnings: number} {
  const mine = problems.filter((p) => own.has(p.file));
  const rest = problems.filter((p) => !own.has(p.file));
  const shown = all ? rest : rest.filter((p) => p.severity !== 'waarschuwing');
  return {own: mine, others: shown, hiddenWarnings: rest.length - shown.length};
}
