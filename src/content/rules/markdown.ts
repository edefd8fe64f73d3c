/**
 * Small, dependency-free helpers for line-based checks on markdown bodies.
 * Code (fenced blocks, inline code) and HTML comments are blanked out first,
 * so an example in a code block or a note in a template never counts as content.
 */
import type {Problem} from '../validate';
import type {RuleFile} from './types';

export interface BodyLine {
  /** 1-based line number in the whole file. */
  line: number;
  /** The line with code and comments replaced by spaces (same length). */
  text: string;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

export function maskBody(body: string): string {
  const lines = body.replace(/<!--[\s\S]*?-->/g, blank).split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]!);
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = undefined;
      lines[i] = blank(lines[i]!);
    } else if (m) {
      fence = m[1];
      lines[i] = blank(lines[i]!);
    } else {
      lines[i] = lines[i]!.replace(/(`+)[^`]+?\1/g, blank);
    }
  }
  return lines.join('\n');
}

export function bodyLines(f: Pick<RuleFile, 'body' | 'bodyLine'>): BodyLine[] {
  return maskBody(f.body)
    .split('\n')
    .map((text, i) => ({line: f.bodyLine + i, text}));
}

export interface Heading {
  line: number;
  depth: number;
  text: string;
  /** The explicit `{#id}`, if any. */
  explicitId?: string;
  /** The id Docusaurus gives it: explicit, or derived from the text. */
  id: string;
}

/** github-slugger's rule in short: lower case, drop punctuation, spaces become dashes. */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function headings(f: Pick<RuleFile, 'body' | 'bodyLine'>): Heading[] {
  const out: Heading[] = [];
  const seen = new Map<string, number>();
  for (const {line, text} of bodyLines(f)) {
    const m = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*(?:\{#([^}\s]*)\})?[ \t]*#*[ \t]*$/.exec(text);
    if (!m) continue;
    const explicitId = m[3];
    let id = explicitId ?? slugify(m[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, ''));
    if (explicitId === undefined) {
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      if (n > 0) id = `${id}-${n}`;
    }
    out.push({line, depth: m[1]!.length, text: m[2]!, explicitId, id});
  }
  return out;
}

export interface LinkRef {
  line: number;
  image: boolean;
  text: string;
  target: string;
}

/** Inline links and images, `[tekst](doel)` / `![alt](bron)`, and reference definitions. */
export function links(f: Pick<RuleFile, 'body' | 'bodyLine'>): LinkRef[] {
  const out: LinkRef[] = [];
  for (const {line, text} of bodyLines(f)) {
    for (const m of text.matchAll(/(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*(?:<([^>]*)>|([^\s)]*))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)) {
      out.push({line, image: m[1] === '!', text: m[2]!, target: m[3] ?? m[4] ?? ''});
    }
    const def = /^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]+)>?/.exec(text);
    if (def) out.push({line, image: false, text: def[1]!, target: def[2]!});
  }
  return out;
}

export function problem(f: Pick<RuleFile, 'file'>, line: number, rule: string, message: string): Problem {
  return {file: f.file, line, message: `${message} [${rule}]`};
}
