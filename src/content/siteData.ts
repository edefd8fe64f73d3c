/**
 * The data files pages refer to by key: the sources (src/data/bronnen.yml), the
 * literature (src/data/literatuur.json), and the blog's authors and tags. Read
 * and validated once; schemas, checks and plugins take their keys from here.
 * A broken data file is a content problem like any other: file, line, what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import * as z from 'zod';
import type {Problem} from './problems';

export const DATA_FILES = {
  bronnen: 'src/data/bronnen.yml',
  literatuur: 'src/data/literatuur.json',
  authors: 'blog/authors.yml',
  tags: 'blog/tags.yml',
} as const;

export const bronSchema = z.strictObject({
  titel: z.string({error: 'ontbreekt: geef de titel van de bron zoals die in het document staat'}).min(3),
  maker: z.string({error: 'ontbreekt: zeg wie de bron maakte, zoals het document het zegt'}).min(3),
  soort: z.string({error: 'ontbreekt: zeg wat voor document het is, bijvoorbeeld "Artikel"'}).min(3),
  vindplaats: z.string().min(3).optional(),
});
export type Bron = z.output<typeof bronSchema> & {key: string};

export interface SiteData {
  bronnen: Bron[];
  literatuur: Set<string>;
  authors: Set<string>;
  tags: Set<string>;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readYaml(siteDir: string, rel: string, problems: Problem[]): Record<string, unknown> {
  const full = path.join(siteDir, rel);
  if (!fs.existsSync(full)) return {};
  try {
    const data = yaml.load(fs.readFileSync(full, 'utf8'));
    if (data === undefined || data === null) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({file: rel, line: 1, message: 'moet een lijst van sleutels met hun velden zijn (sleutel: dan de velden eronder, ingesprongen)'});
      return {};
    }
    return data as Record<string, unknown>;
  } catch (e) {
    const mark = (e as {mark?: {line?: number}}).mark;
    problems.push({file: rel, line: (mark?.line ?? 0) + 1, message: `is geen geldige YAML: ${(e as {reason?: string}).reason ?? (e as Error).message}. Controleer inspringing (spaties, geen tabs) en aanhalingstekens.`});
    return {};
  }
}

export function loadSiteData(siteDir: string): {data: SiteData; problems: Problem[]} {
  const problems: Problem[] = [];
  const raw = readYaml(siteDir, DATA_FILES.bronnen, problems);
  const bronRaw = fs.existsSync(path.join(siteDir, DATA_FILES.bronnen)) ? fs.readFileSync(path.join(siteDir, DATA_FILES.bronnen), 'utf8') : '';
  const bronnen: Bron[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!KEY.test(key)) {
      problems.push({file: DATA_FILES.bronnen, line: yamlKeyLine(bronRaw, key), message: `sleutel "${key}" mag alleen kleine letters, cijfers en streepjes bevatten`});
      continue;
    }
    const r = bronSchema.safeParse(value);
    if (r.success) bronnen.push({key, ...r.data});
    else {
      for (const issue of r.error.issues) {
        problems.push({
          file: DATA_FILES.bronnen,
          line: yamlKeyLine(bronRaw, key, issue.path.map(String)),
          field: [key, ...issue.path.map(String)].join('.'),
          message: issue.code === 'unrecognized_keys' ? `onbekende velden: ${issue.keys.join(', ')} (toegestaan: titel, maker, soort, vindplaats)` : issue.message,
        });
      }
    }
  }
  let literatuur: string[] = [];
  const litFile = path.join(siteDir, DATA_FILES.literatuur);
  if (fs.existsSync(litFile)) {
    try {
      literatuur = (JSON.parse(fs.readFileSync(litFile, 'utf8')) as {id: string}[]).map((e) => e.id);
    } catch (e) {
      problems.push({file: DATA_FILES.literatuur, line: 1, message: `is geen geldige JSON: ${(e as Error).message}`});
    }
  }
  return {
    data: {
      bronnen,
      literatuur: new Set(literatuur),
      authors: new Set(Object.keys(readYaml(siteDir, DATA_FILES.authors, problems))),
      tags: new Set(Object.keys(readYaml(siteDir, DATA_FILES.tags, problems))),
    },
    problems,
  };
}

/** Line of a top-level key (and optionally a field under it) in a YAML map. */
function yamlKeyLine(raw: string, key: string, fieldPath: string[] = []): number {
  const lines = raw.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start < 0) return 1;
  const field = fieldPath[0];
  if (field) {
    for (let i = start + 1; i < lines.length && /^\s/.test(lines[i]!); i++) {
      if (new RegExp(`^\\s+${field}\\s*:`).test(lines[i]!)) return i + 1;
    }
  }
  return start + 1;
}

export const bronKeys = (data: SiteData): string[] => data.bronnen.map((b) => b.key);
