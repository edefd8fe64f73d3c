/**
 * Content validation shared by the build, `npm run check` and the tests.
 * It never stops at the first error: a contributor gets every problem of a
 * change in one run, each with file, line, field, what is wrong and what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type * as z from 'zod';
import {blogSchema, schemaFor} from './schema';

export interface Problem {
  /** Path relative to the site directory, with forward slashes. */
  file: string;
  line: number;
  field?: string;
  message: string;
  /** A warning is printed but does not fail `npm run check` or the tests; default 'fout'. */
  severity?: 'fout' | 'waarschuwing';
}

export const isWaarschuwing = (p: Problem): boolean => p.severity === 'waarschuwing';

export interface ContentFile {
  file: string;
  kind: 'doc' | 'blog';
  /** 'current', a version name such as '2021', or 'blog'. */
  tree: string;
  raw: string;
}

export function formatProblem(p: Problem): string {
  const field = p.field ? `veld "${p.field}": ` : '';
  return `${p.file}:${p.line} — ${field}${p.message}`;
}

/** Warnings, printed after the problems (or alone): they never fail a run. */
export function formatWarnings(warnings: Problem[]): string {
  const n = warnings.length;
  return [
    `${n} ${n === 1 ? 'waarschuwing' : 'waarschuwingen'} (blokkeren niet, maar maken de site beter):`,
    ...warnings.map((p) => `  ! ${formatProblem(p)}`),
  ].join('\n');
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return [
    `${n} ${n === 1 ? 'probleem' : 'problemen'} in de inhoud gevonden:`,
    ...problems.map((p) => `  ✗ ${formatProblem(p)}`),
    '',
    'Los deze op en probeer het opnieuw. Hulp nodig? Zie CONTRIBUTING.md.',
  ].join('\n');
}

/**
 * Best-effort line of a front-matter field, so an error points at what to edit.
 * Falls back to the line of the nearest parent that exists, then to line 1.
 */
export function frontMatterLine(raw: string, fieldPath: readonly PropertyKey[]): number {
  const lines = raw.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (!raw.startsWith('---') || end < 0) return 1;
  let line = 0; // index of the '---' opening; lines are 0-based here
  let indent = -1;
  for (const key of fieldPath) {
    // A flow list ("werkbladen: [a, b]") has its items on the parent's own line.
    if (typeof key === 'number' && line > 0 && /:\s*\S/.test(lines[line]!)) break;
    let found = -1;
    for (let i = line + 1; i < end; i++) {
      const text = lines[i]!;
      const ind = text.length - text.trimStart().length;
      if (text.trim() === '') continue;
      if (ind <= indent && i > line + 1 && !text.trimStart().startsWith('-')) break;
      if (typeof key === 'number') {
        if (text.trimStart().startsWith('-') && ind > indent) {
          if (key === 0) {
            found = i;
            break;
          }
          // count list items at the same indentation
          let count = 0;
          for (let j = i; j < end; j++) {
            const t = lines[j]!;
            if (t.trimStart().startsWith('-') && t.length - t.trimStart().length === ind) {
              if (count === key) {
                found = j;
                break;
              }
              count++;
            }
          }
          break;
        }
      } else if (new RegExp(`^\\s*-?\\s*${String(key)}\\s*:`).test(text)) {
        found = i;
        break;
      }
    }
    if (found < 0) break;
    line = found;
    indent = lines[found]!.length - lines[found]!.trimStart().length;
  }
  return line + 1;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  array: 'een lijst (bijvoorbeeld [a, b] of regels die met "- " beginnen)',
  object: 'een groep velden',
  boolean: 'true of false',
};

/** Dutch fallback messages for what a field's own schema does not word itself. */
function dutchIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'ontbreekt: dit veld is verplicht voor dit soort pagina';
    return `moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn`;
  }
  if (issue.code === 'too_small') return `is te klein of te kort (minimaal ${String(issue.minimum)})`;
  if (issue.code === 'unrecognized_keys') return `onbekende velden: ${issue.keys.join(', ')}`;
  return undefined;
}

function zodProblems(file: string, raw: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    line: frontMatterLine(raw, issue.path),
    field: issue.path.length ? issue.path.map(String).join('.') : undefined,
    message: issue.message,
  }));
}

export interface Parsed {
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
}

export function parseFile(file: string, raw: string): Parsed | Problem {
  if (!raw.startsWith('---')) {
    return {
      file,
      line: 1,
      message:
        'de pagina begint niet met front matter: zet bovenaan een blok tussen twee regels "---" met id, slug, title, description, type en bronnen (kijk hoe een andere pagina in dezelfde map begint)',
    };
  }
  try {
    const parsed = matter(raw);
    const bodyLine = raw.slice(0, raw.length - parsed.content.length).split('\n').length;
    return {data: parsed.data as Record<string, unknown>, body: parsed.content, bodyLine};
  } catch (e) {
    const mark = (e as {mark?: {line?: number}}).mark;
    return {
      file,
      line: (mark?.line ?? 0) + 1,
      message: `de front matter is geen geldige YAML (${(e as Error).message.split('\n')[0]}). Controleer inspringing, dubbele punten en aanhalingstekens`,
    };
  }
}

/** All published content files: skips partials and templates (names starting with "_"). */
export function collectContentFiles(siteDir: string): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string, kind: ContentFile['kind'], tree: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, kind, tree);
      else if (/\.mdx?$/.test(entry.name)) {
        out.push({
          file: path.relative(siteDir, full).split(path.sep).join('/'),
          kind,
          tree,
          raw: fs.readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(path.join(siteDir, 'docs'), 'doc', 'current');
  const versioned = path.join(siteDir, 'versioned_docs');
  if (fs.existsSync(versioned)) {
    for (const v of fs.readdirSync(versioned).sort()) {
      walk(path.join(versioned, v), 'doc', v.replace(/^version-/, ''));
    }
  }
  walk(path.join(siteDir, 'blog'), 'blog', 'blog');
  return out;
}

function readYamlKeys(file: string): Set<string> {
  if (!fs.existsSync(file)) return new Set();
  const data = yaml.load(fs.readFileSync(file, 'utf8'));
  return new Set(data && typeof data === 'object' ? Object.keys(data) : []);
}

export interface SiteIndex {
  literatuur: Set<string>;
  authors: Set<string>;
  tags: Set<string>;
}

export function loadSiteIndex(siteDir: string): SiteIndex {
  const litFile = path.join(siteDir, 'src/data/literatuur.json');
  const lit = fs.existsSync(litFile)
    ? (JSON.parse(fs.readFileSync(litFile, 'utf8')) as {id: string}[]).map((e) => e.id)
    : [];
  return {
    literatuur: new Set(lit),
    authors: readYamlKeys(path.join(siteDir, 'blog/authors.yml')),
    tags: readYamlKeys(path.join(siteDir, 'blog/tags.yml')),
  };
}

/** Validates one file's front matter on its own. */
export function validateFile(f: ContentFile, index: SiteIndex): {problems: Problem[]; data?: Record<string, unknown>} {
  const parsed = parseFile(f.file, f.raw);
  if ('message' in parsed) return {problems: [parsed]};
  const schema = f.kind === 'blog' ? blogSchema : schemaFor(parsed.data.type);
  const result = schema.safeParse(parsed.data, {error: dutchIssue});
  const problems = result.success ? [] : zodProblems(f.file, f.raw, result.error);
  const refCheck = (field: string, known: Set<string>, hint: string) => {
    const values = parsed.data[field];
    if (!Array.isArray(values)) return;
    values.forEach((v, i) => {
      if (typeof v === 'string' && !known.has(v)) {
        problems.push({
          file: f.file,
          line: frontMatterLine(f.raw, [field, i]),
          field: `${field}.${i}`,
          message: `"${v}" bestaat niet. ${hint}${suggest(v, known)}`,
        });
      }
    });
  };
  refCheck('literatuur', index.literatuur, 'Voeg de bron toe aan src/data/literatuur.json of gebruik een bestaande sleutel.');
  if (f.kind === 'blog') {
    refCheck('authors', index.authors, 'Voeg de auteur toe aan blog/authors.yml of gebruik een bestaande sleutel.');
    refCheck('tags', index.tags, 'Voeg het thema toe aan blog/tags.yml of gebruik een bestaande sleutel.');
  }
  return {problems, data: parsed.data};
}

/** Nearest known value, for "bedoel je …?" hints. */
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

/** Validates every content file, then what only shows across files (duplicates, references). */
export function validateSite(siteDir: string, files = collectContentFiles(siteDir)): Problem[] {
  const index = loadSiteIndex(siteDir);
  const problems: Problem[] = [];
  const seen = new Map<string, string>(); // tree + kind + value -> file
  const docs: {f: ContentFile; data: Record<string, unknown>}[] = [];
  for (const f of files) {
    const {problems: own, data} = validateFile(f, index);
    problems.push(...own);
    if (!data) continue;
    if (f.kind === 'doc') docs.push({f, data});
    for (const key of ['id', 'slug'] as const) {
      const value = data[key];
      if (typeof value !== 'string') continue;
      // Ids are referenced per type (werkbladen: [id], handelingen: [id]), so a begrip may share its id
      // with the page on the same subject (begrippen/installatiefase, handleiding/installatiefase); slugs never.
      const k = key === 'id' ? `${f.tree}|id|${String(data.type)}|${value}` : `${f.tree}|${key}|${value}`;
      const other = seen.get(k);
      if (other) {
        problems.push({
          file: f.file,
          line: frontMatterLine(f.raw, [key]),
          field: key,
          message: `"${value}" wordt al gebruikt door ${other}. Kies een ${key} die nog niet bestaat.`,
        });
      } else seen.set(k, f.file);
    }
  }
  // References between pages of the same edition.
  const idsOfType = (tree: string, type: string) =>
    new Set(docs.filter((d) => d.f.tree === tree && d.data.type === type).map((d) => String(d.data.id)));
  const blogSlugs = new Set(
    files.filter((f) => f.kind === 'blog').map((f) => {
      const p = parseFile(f.file, f.raw);
      return 'data' in p ? String(p.data.slug) : '';
    }),
  );
  for (const {f, data} of docs) {
    const check = (field: string, known: Set<string>, what: string) => {
      const raw = data[field];
      const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
      values.forEach((v, i) => {
        if (typeof v === 'string' && !known.has(v)) {
          problems.push({
            file: f.file,
            line: frontMatterLine(f.raw, Array.isArray(raw) ? [field, i] : [field]),
            field: Array.isArray(raw) ? `${field}.${i}` : field,
            message: `${what} "${v}" bestaat niet in deze editie.${suggest(v, known)}`,
          });
        }
      });
    };
    check('werkbladen', idsOfType(f.tree, 'werkblad'), 'werkblad');
    check('handelingen', idsOfType(f.tree, 'handleiding'), 'handeling');
    check('kenniscafe', blogSlugs, 'kenniscafé');
  }
  return problems;
}
