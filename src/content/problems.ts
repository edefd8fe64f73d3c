/**
 * How every content problem is reported — by `npm run check`, the build, the
 * tests and the GitHub annotations alike: file, line, field, what is wrong and
 * what to do, in Dutch.
 */
import {isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Scalar} from 'yaml';

export interface Problem {
  /** Path relative to the site directory, with forward slashes. */
  file: string;
  line: number;
  field?: string;
  message: string;
  /** Warnings are shown but do not stop a check or a build. Default: fout. */
  severity?: 'fout' | 'waarschuwing';
}

export const isError = (p: Problem): boolean => p.severity !== 'waarschuwing';

export function formatProblem(p: Problem): string {
  const field = p.field ? `veld "${p.field}": ` : '';
  return `${p.file}:${p.line} — ${field}${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const n = problems.length;
  return [
    `${n} ${n === 1 ? 'probleem' : 'problemen'} in de inhoud gevonden:`,
    ...problems.map((p) => `  ✗ ${formatProblem(p)}`),
    '',
    'Los deze op en probeer het opnieuw. Hulp nodig? Zie CONTRIBUTING.md.',
  ].join('\n');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}

/** A problem found by the build (plugins, remark): thrown as one error with every problem listed. */
export class ContentError extends Error {
  declare readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    // Not enumerable: Docusaurus prints an error's own properties after its message, and the message already says it all.
    Object.defineProperty(this, 'problems', {value: problems, enumerable: false});
  }
}

/**
 * Line (1-based) of a field in a YAML text, found by the `yaml` package's parser:
 * `['bronnen', 1, 'waar']` is the key `waar` of the second item of `bronnen`. Falls
 * back to the line of the nearest parent that exists; 0 when not even the first
 * key is there (or the text is no YAML mapping).
 */
export function yamlLine(text: string, fieldPath: readonly PropertyKey[]): number {
  const {doc, lines} = parsedYaml(text);
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of fieldPath) {
    let next: {at: number | undefined; value: unknown} | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (pair) next = {at: (pair.key as Scalar).range?.[0], value: pair.value};
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (isNode(item)) next = {at: item.range?.[0], value: item};
    }
    if (!next || next.at === undefined) break;
    offset = next.at;
    node = next.value;
  }
  return offset === undefined ? 0 : lines.linePos(offset).line;
}

/**
 * The last text parsed, kept: a data file's problems ask for the lines of many of its items and fields in turn
 * (the everyday-words list: one per word), and parsing the whole file for each took seconds.
 */
let lastParsed: {text: string; doc: ReturnType<typeof parseDocument>; lines: LineCounter} | undefined;
function parsedYaml(text: string): {doc: ReturnType<typeof parseDocument>; lines: LineCounter} {
  if (lastParsed?.text !== text) {
    const lines = new LineCounter();
    lastParsed = {text, doc: parseDocument(text, {lineCounter: lines, uniqueKeys: false}), lines};
  }
  return lastParsed;
}

/**
 * Line of a front-matter field, so an error points at what to edit. Falls back
 * to the line of the nearest parent that exists, then to line 1.
 */
export function frontMatterLine(raw: string, fieldPath: readonly PropertyKey[]): number {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (!lines[0]?.startsWith('---') || end < 0) return 1;
  // The YAML starts on the line after the opening "---".
  return yamlLine(lines.slice(1, end).join('\n'), fieldPath) + 1;
}

/** Nearest known value, for "Bedoel je …?" hints. */
export function suggest(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = levenshtein(value.toLowerCase(), k.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = k;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? ` Bedoel je "${best}"?` : '';
}

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
