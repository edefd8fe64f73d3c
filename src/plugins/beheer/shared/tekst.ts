/**
 * What the editor does to the "Tekst" field so a contributor need not know the
 * site's Markdown rules: heading ids and the excerpt marker are written for her
 * on save, and text pasted from a word processor is cleaned as it arrives. Pure
 * (no DOM, no Node): the editor script and the unit tests run the same code.
 */

/** The excerpt marker of a blog post (Docusaurus: everything above it is the summary). */
export const TRUNCATE = '<!-- truncate -->';
const TRUNCATE_RE = /^\s*(?:<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\})\s*$/m;
const FENCE = /^\s*(```|~~~)/;

/** The id `npm run check` suggests for a heading (src/content/rules/koppen.ts suggestId). */
export function headingId(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'kop'
  );
}

/** Lines outside fenced code blocks, with their index; code is the contributor's to keep as typed. */
function outsideCode(lines: readonly string[]): number[] {
  const out: number[] = [];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const m = FENCE.exec(line);
    if (m) {
      if (!fence) fence = m[1];
      else if (m[1] === fence) fence = undefined;
      return;
    }
    if (!fence) out.push(i);
  });
  return out;
}

const HEADING = /^(#{2,3})[ \t]+(.*?)[ \t]*$/;
const EXPLICIT_ID = /\{#([^}]*)\}\s*$/;

/**
 * Gives every ## and ### heading without one a fixed id ("## Wat we hoorden {#wat-we-hoorden}"),
 * unique on the page. Headings that have an id keep it: links depend on it.
 */
export function addHeadingIds(body: string): string {
  const lines = body.split('\n');
  const used = new Set<string>();
  const todo: number[] = [];
  for (const i of outsideCode(lines)) {
    const m = HEADING.exec(lines[i]!);
    if (!m) continue;
    const id = EXPLICIT_ID.exec(m[2]!)?.[1];
    if (id !== undefined) used.add(id);
    else if (m[2]!.trim()) todo.push(i);
  }
  for (const i of todo) {
    const [, hashes, text] = HEADING.exec(lines[i]!)!;
    const base = headingId(text!);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    lines[i] = `${hashes} ${text} {#${id}}`;
  }
  return lines.join('\n');
}

/**
 * Puts the excerpt marker after the first paragraph when the post has none, so the
 * overview shows that paragraph. A body with only one paragraph gets it at the end.
 */
export function addTruncate(body: string): string {
  if (TRUNCATE_RE.test(body) || !body.trim()) return body;
  const lines = body.split('\n');
  const code = new Set(lines.map((_, i) => i));
  for (const i of outsideCode(lines)) code.delete(i);
  let start = lines.findIndex((l, i) => l.trim() !== '' && !code.has(i) && !/^#{1,6}\s/.test(l));
  if (start < 0) start = lines.findIndex((l) => l.trim() !== '');
  let end = start;
  while (end + 1 < lines.length && lines[end + 1]!.trim() !== '' && !code.has(end + 1)) end++;
  const before = lines.slice(0, end + 1);
  const after = lines.slice(end + 1);
  while (after.length && after[0]!.trim() === '') after.shift();
  return [...before, '', TRUNCATE, ...(after.length ? ['', ...after] : [])].join('\n');
}

const ODD_SPACES = /[\u00a0\u2007\u202f\u2002\u2003\u2009]/g;
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
/** Word's list markers before a tab: •, ·, o, §, ▪, –, -, *, or a number. */
const TAB_BULLET = /^[ \t]*(?:[•·o§▪■◦●–\-*]|\uf0b7|\uf0a7)[ \t]*\t[ \t]*/;
const TAB_NUMBER = /^[ \t]*(\d+)[.)][ \t]*\t[ \t]*/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S/;

/** Fixes that are always right, also for text typed in the editor: odd spaces and Word's tab bullets. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(TAB_BULLET, '- ').replace(TAB_NUMBER, '$1. '))
    .join('\n');
}

/**
 * Text pasted from Word or an e-mail: every line there is a paragraph of its own,
 * while Markdown joins lines that follow each other into one. So single line breaks
 * become blank lines, except between the items of a list; trailing spaces and runs of
 * blank lines go.
 */
export function cleanPaste(text: string): string {
  const lines = tidyText(text)
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''));
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (line === '') {
      if (prev !== undefined && prev !== '') out.push('');
      continue;
    }
    if (prev !== undefined && prev !== '' && !(LIST_ITEM.test(prev) && LIST_ITEM.test(line))) out.push('');
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

/** What the editor writes for the Tekst field on save: tidy text, heading ids, and for a post its excerpt marker. */
export function prepareBody(body: string, {isPost}: {isPost: boolean}): string {
  const tidy = addHeadingIds(tidyText(body));
  return isPost ? addTruncate(tidy) : tidy;
}
