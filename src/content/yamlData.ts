/**
 * Reading the YAML a contributor edits by hand: front matter, and the data files
 * (sources, errata, everyday search words). A mistake in any of them gets the same
 * Dutch advice on the line js-yaml points at, so a kenniscafé participant who broke a
 * file in the web editor or on GitHub learns what to change, whichever file it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type * as z from 'zod';
import {yamlLine, type Problem} from './problems';

/** js-yaml's reasons, as a contributor can act on them. */
export function yamlAdvice(reason: string, lineText: string): string {
  if (reason.startsWith('bad indentation of a mapping entry') && /^\s*[\w-]+:\s*[^"'\s].*:\s/.test(lineText)) {
    const [key, ...rest] = lineText.split(':');
    return `er staat een tweede dubbele punt (:) in de waarde van "${key!.trim()}". Zet de hele waarde tussen aanhalingstekens, zo: ${key!.trim()}: "${rest.join(':').trim()}"`;
  }
  if (reason.startsWith('bad indentation')) {
    return 'de inspringing klopt niet. Laat regels die bij elkaar horen even ver inspringen, met spaties; lijstregels beginnen met "- " onder hun veld';
  }
  if (reason.startsWith('tab characters')) return 'gebruik spaties om in te springen, geen tabs';
  if (reason.startsWith('duplicated mapping key')) return 'dit veld staat hier twee keer: houd er één over';
  if (/within a (double|single) quoted scalar/.test(reason))
    return 'een aanhalingsteken (") wordt geopend maar niet gesloten: zet er ook een aan het eind van de waarde';
  if (reason.includes('within a flow collection')) return 'een lijst die met [ begint, wordt niet gesloten met ]';
  return `dit is geen geldige YAML (${reason}). Controleer de inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens (zet een waarde met een dubbele punt of # tussen aanhalingstekens)`;
}

/** A js-yaml error in file rel (whose text is raw) as a problem on its line. */
export function yamlProblem(rel: string, raw: string, e: unknown, prefix = 'is geen geldige YAML'): Problem {
  const err = e as {reason?: string; mark?: {line?: number}; message?: string};
  const line = (err.mark?.line ?? 0) + 1;
  const lineText = raw.replace(/\r\n?/g, '\n').split('\n')[line - 1] ?? '';
  return {file: rel, line, message: `${prefix}: ${yamlAdvice(err.reason ?? String(err.message), lineText)}`};
}

export type YamlFile = {raw: string; data: unknown} | {problem: Problem};

/**
 * The parsed contents of site-relative file rel; undefined when the file does not exist
 * (every data file is optional: no errata, no everyday words), null data for an empty file.
 */
export function readYamlFile(siteDir: string, rel: string): YamlFile | undefined {
  const full = path.join(siteDir, rel);
  if (!fs.existsSync(full)) return undefined;
  const raw = fs.readFileSync(full, 'utf8');
  try {
    return {raw, data: yaml.load(raw) ?? null};
  } catch (e) {
    return {problem: yamlProblem(rel, raw, e)};
  }
}

/**
 * A data file that holds a list (errata, everyday words): its items and text, or the
 * problem that stops it being read. notAList says, for this file, how an item starts.
 */
export function readYamlList(
  siteDir: string,
  rel: string,
  notAList: string,
): {raw: string; items: unknown[]; problems: Problem[]} {
  const file = readYamlFile(siteDir, rel);
  if (!file) return {raw: '', items: [], problems: []};
  if ('problem' in file) return {raw: '', items: [], problems: [file.problem]};
  if (file.data === null) return {raw: file.raw, items: [], problems: []};
  if (!Array.isArray(file.data)) return {raw: file.raw, items: [], problems: [{file: rel, line: 1, message: notAList}]};
  return {raw: file.raw, items: file.data, problems: []};
}

/** Line of the index-th item of a top-level YAML list, or of a field inside it (the item's line when the field is absent). */
export function yamlItemLine(raw: string, index: number, field?: string): number {
  return yamlLine(raw, field === undefined ? [index] : [index, field]) || 1;
}

/**
 * The schema issues of the index-th item of a YAML list (errata, everyday words, reader questions) as problems on
 * the lines of their fields; an unknown field is named with the fields `allowed`. `fieldPrefix` goes before the
 * field path (the errata name an item by its index: "3.datum").
 */
export function itemIssueProblems(
  rel: string,
  raw: string,
  index: number,
  issues: z.ZodError['issues'],
  allowed: readonly string[],
  fieldPrefix?: string,
): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return {
      file: rel,
      line: yamlItemLine(raw, index, issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.map(String)[0]),
      field: fieldPrefix === undefined ? path || undefined : path ? `${fieldPrefix}.${path}` : fieldPrefix,
      message:
        issue.code === 'unrecognized_keys'
          ? `onbekende velden: ${issue.keys.join(', ')} (toegestaan: ${allowed.join(', ')})`
          : issue.message,
    };
  });
}
