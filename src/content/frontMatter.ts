/**
 * Front matter, parsed and validated once per file: Docusaurus's own parser
 * (so `npm run check` reads YAML exactly as the build does), then the schema of
 * the file's kind, which also fills in defaults. `createParseFrontMatter` is the
 * site's `markdown.parseFrontMatter`, so page components, `allContent` and
 * plugins all receive the validated values; `npm run check` and the build's
 * content validation report problems with the same function and words.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import type * as z from 'zod';
import {isRealDate} from './datum';
import {errataFile, type Erratum} from './errata';
import {editionOfFile} from './editions';
import {ContentError, frontMatterLine, type Problem} from './problems';
import {contentSchemas, type ContentSchemas} from './schema';
import {errataPerEditie, isVastgezet} from './vastgezet';
import {DEFAULT_LOCALE, URLS} from './vocabulary';
import {metWijzigingsdatum} from './wijzigingen';
import {yamlAdvice} from './yamlData';

export type ContentKind = 'doc' | 'blog';

export interface ContentFile {
  /** Path relative to the site directory, with forward slashes. */
  file: string;
  kind: ContentKind;
  /** Docs edition ("current", "2021") or "blog". */
  edition: string;
  /** Locale of the file: the default locale, or the one of its i18n folder. */
  locale: string;
  raw: string;
}

/** Which content a site-relative path is, or undefined for files the schemas do not cover (pages, partials, data). */
export function classify(rel: string): {kind: ContentKind; edition: string; locale: string} | undefined {
  const parts = rel.split('/');
  if (!/\.mdx?$/i.test(rel) || parts.some((p) => p.startsWith('_'))) return undefined;
  if (parts[0] === 'docs' || parts[0] === 'versioned_docs')
    return {kind: 'doc', edition: editionOfFile(rel), locale: DEFAULT_LOCALE};
  if (parts[0] === 'blog') return {kind: 'blog', edition: 'blog', locale: DEFAULT_LOCALE};
  if (parts[0] === 'i18n' && parts[2] === 'docusaurus-plugin-content-docs')
    return {kind: 'doc', edition: editionOfFile(rel), locale: parts[1]!};
  if (parts[0] === 'i18n' && parts[2] === 'docusaurus-plugin-content-blog')
    return {kind: 'blog', edition: 'blog', locale: parts[1]!};
  return undefined;
}

export type FrontMatterResult = {data: Record<string, unknown>; body: string} | {problem: Problem};

type GrayMatter = (input: string, options?: object) => {data: Record<string, unknown>; content: string};
/**
 * Docusaurus's own front-matter parser (@11ty/gray-matter, resolved from @docusaurus/utils so it is
 * the very same package). Called with an options object, as Docusaurus does in its tests: without
 * one, gray-matter caches per text, and a text whose YAML failed once parses as {} the next time.
 */
const grayMatter = createRequire(require.resolve('@docusaurus/utils'))('@11ty/gray-matter') as GrayMatter;

const NO_FRONT_MATTER =
  'de pagina begint niet met front matter: zet bovenaan een blok tussen twee regels "---" met id, slug, title, description, type en bronnen (kijk hoe een andere pagina in dezelfde map begint)';

/** Reads the front matter with Docusaurus's parser; a YAML error becomes a Dutch problem on its line. */
export async function readFrontMatter(file: string, raw: string): Promise<FrontMatterResult> {
  if (!/^---\r?\n/.test(raw)) return {problem: {file, line: 1, message: NO_FRONT_MATTER}};
  try {
    const {data, content} = grayMatter(raw, {});
    return {data: structuredClone(data), body: content.trim()};
  } catch (e) {
    const err = e as {reason?: string; mark?: {line?: number}; message: string};
    const line = (err.mark?.line ?? 0) + 1;
    const lineText = raw.replace(/\r\n?/g, '\n').split('\n')[line - 1] ?? '';
    return {
      problem: {
        file,
        line,
        message: `de front matter is geen geldige YAML: ${yamlAdvice(err.reason ?? err.message, lineText)}`,
      },
    };
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'een tekst (zet hem tussen aanhalingstekens als er een dubbele punt of # in staat)',
  number: 'een getal',
  array: 'een lijst (bijvoorbeeld [a, b] of regels die met "- " beginnen)',
  object: 'een groep velden',
  boolean: 'true of false',
};

/** Dutch fallback messages for what a field's own schema does not word itself. */
function dutchIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'ontbreekt: dit veld is verplicht voor dit soort pagina';
    if (issue.input === null)
      return 'is leeg: geef een waarde (staat er een # direct na de dubbele punt? Zet de waarde dan tussen aanhalingstekens)';
    return `moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn`;
  }
  if (issue.code === 'too_small') return `is te klein of te kort (minimaal ${String(issue.minimum)})`;
  if (issue.code === 'too_big') return `is te groot of te lang (maximaal ${String(issue.maximum)})`;
  if (issue.code === 'unrecognized_keys') return `onbekende velden: ${issue.keys.join(', ')}`;
  return undefined;
}

/** Checks on the raw lines the YAML parser accepts silently but a reader would see wrong. */
function rawLineProblems(f: ContentFile): Problem[] {
  const out: Problem[] = [];
  const lines = f.raw.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  for (let i = 1; i < end; i++) {
    const m = /^([\w-]+):[ \t]+([^"'\s[{>|].*)$/.exec(lines[i]!);
    if (m && / #/.test(m[2]!)) {
      out.push({
        file: f.file,
        line: i + 1,
        field: m[1],
        message: `alles vanaf " #" wordt als commentaar gelezen, dus de waarde wordt afgekapt tot "${m[2]!.split(' #')[0]!.trim()}". Zet de hele waarde tussen aanhalingstekens, zo: ${m[1]}: "${m[2]!.trim()}"`,
      });
    }
  }
  return out;
}

export {isRealDate};

/** A kenniscafé's date, in its file name or its front matter, must be a real day written as JJJJ-MM-DD. */
function dateProblems(f: ContentFile): Problem[] {
  if (f.kind !== 'blog') return [];
  const out: Problem[] = [];
  const name = /^(\d{4})-(\d{2})-(\d{2})-/.exec(path.posix.basename(f.file));
  if (name && !isRealDate(Number(name[1]), Number(name[2]), Number(name[3]))) {
    out.push({
      file: f.file,
      line: 1,
      message: `de datum in de bestandsnaam (${name[0].slice(0, 10)}) bestaat niet. Schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2025-03-12 voor 12 maart 2025.`,
    });
  }
  const lines = f.raw.replace(/\r\n?/g, '\n').split('\n');
  const i = lines.findIndex((l, n) => n > 0 && /^date:/.test(l));
  if (i > 0) {
    const value = lines[i]!.slice('date:'.length)
      .trim()
      .replace(/^["']|["']$/g, '');
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
    if (!m) {
      const dmj = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
      const voorbeeld = dmj ? `${dmj[3]}-${dmj[2]!.padStart(2, '0')}-${dmj[1]!.padStart(2, '0')}` : '2025-03-12';
      out.push({
        file: f.file,
        line: i + 1,
        field: 'date',
        message: `"${value}" is geen datum in de vorm JJJJ-MM-DD (jaar-maand-dag). Schrijf bijvoorbeeld date: ${voorbeeld}; anders leest de site de datum verkeerd.`,
      });
    } else if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      out.push({
        file: f.file,
        line: i + 1,
        field: 'date',
        message: `${value} bestaat niet: controleer maand (01–12) en dag. De vorm is JJJJ-MM-DD.`,
      });
    }
  }
  return out;
}

/** File-level rules that a schema cannot express: a term's id is its file name, its URL is /begrippen/<id>. */
function fileProblems(f: ContentFile, data: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const at = (field: string) => frontMatterLine(f.raw, [field]);
  const folder = path.posix.basename(path.posix.dirname(f.file));
  const name = path.posix.basename(f.file).replace(/\.mdx?$/i, '');
  const isTermFolder = f.kind === 'doc' && `/${folder}` === URLS.begrippen && name !== 'index';
  if (isTermFolder && data.type !== 'begrip') {
    out.push({
      file: f.file,
      line: at('type'),
      field: 'type',
      message: 'een bestand in de map begrippen moet "type: begrip" hebben',
    });
  }
  if (data.type === 'begrip') {
    if (data.id !== name)
      out.push({
        file: f.file,
        line: at('id'),
        field: 'id',
        message: `moet gelijk zijn aan de bestandsnaam ("${name}")`,
      });
    const slug = `${URLS.begrippen}/${name}`;
    if (data.slug !== slug)
      out.push({
        file: f.file,
        line: at('slug'),
        field: 'slug',
        message: `moet "${slug}" zijn, zodat het begrip een vaste URL heeft`,
      });
  }
  if (f.kind === 'doc' && isVastgezet(f.edition) && data.wijzigingen !== undefined) {
    out.push({
      file: f.file,
      line: at('wijzigingen'),
      field: 'wijzigingen',
      message: `de editie ${f.edition} is vastgezet: een correctie staat niet hier maar als erratum in ${errataFile(f.edition)} (zie CONTRIBUTING.md). Haal "wijzigingen" hier weg.`,
    });
  }
  if (data.last_update !== undefined) {
    out.push({
      file: f.file,
      line: at('last_update'),
      field: 'last_update',
      message:
        'laat dit veld weg: de datum „Laatst gewijzigd” komt uit "wijzigingen" (de nieuwste wijziging), of in een vastgezette editie uit de errata. Een kleine correctie verandert de datum niet.',
    });
  }
  if (/\.(MD|MDX|Md|mD|markdown)$/.test(f.file)) {
    out.push({
      file: f.file,
      line: 1,
      message: 'de bestandsnaam moet eindigen op .md (kleine letters), anders wordt de pagina niet gepubliceerd',
    });
  }
  return out;
}

/** Validates one file's front matter; returns the values with defaults filled in. */
export function validateFrontMatter(
  f: ContentFile,
  data: Record<string, unknown>,
  schemas: ContentSchemas,
): {data: Record<string, unknown>; problems: Problem[]} {
  const schema = f.kind === 'blog' ? schemas.blog : schemas.doc(data.type);
  const result = schema.safeParse(data, {error: dutchIssue});
  const problems = [...rawLineProblems(f), ...fileProblems(f, data), ...dateProblems(f)];
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file: f.file,
        line: frontMatterLine(f.raw, issue.path),
        field: issue.path.length ? issue.path.map(String).join('.') : undefined,
        message: issue.message,
      });
    }
  }
  return {data: result.success ? (result.data as Record<string, unknown>) : data, problems};
}

export interface ParseFrontMatterOptions {
  siteDir: string;
  /** Keys of the sources (src/data/bronnen/<sleutel>.yml). */
  bronKeys: readonly string[];
  /** Errata per frozen edition (src/data/errata/<editie>.yml): a frozen page's change notes. Default: read from siteDir. */
  errata?: ReadonlyMap<string, readonly Erratum[]>;
}

/**
 * The site's `markdown.parseFrontMatter`. Files outside the content folders pass
 * through unchanged. An invalid file stops the build with its problems; the
 * content-validation plugin has normally reported every problem of every file first.
 */
export function createParseFrontMatter({
  siteDir,
  bronKeys,
  errata = errataPerEditie(siteDir, bronKeys),
}: ParseFrontMatterOptions): ParseFrontMatter {
  const schemas = contentSchemas(bronKeys);
  return async (params) => {
    const parsed = await params.defaultParseFrontMatter(params);
    const rel = path.relative(siteDir, params.filePath).split(path.sep).join('/');
    const what = classify(rel);
    if (!what || rel.startsWith('..')) return parsed;
    const f: ContentFile = {file: rel, ...what, raw: params.fileContent};
    if (!/^---\r?\n/.test(f.raw)) throw new ContentError([{file: rel, line: 1, message: NO_FRONT_MATTER}]);
    const {data, problems} = validateFrontMatter(f, parsed.frontMatter, schemas);
    if (problems.length > 0) throw new ContentError(problems);
    // "Laatst gewijzigd" is the newest change note (or erratum), never the last commit.
    return {...parsed, frontMatter: metWijzigingsdatum(data, f, errata)};
  };
}
