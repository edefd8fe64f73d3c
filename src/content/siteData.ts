/**
 * The data files pages refer to by key: the sources (src/data/bronnen/<sleutel>.yml), the
 * literature (src/data/literatuur.json), and the blog's authors and tags. Read
 * and validated once; schemas, checks and plugins take their keys from here.
 * A broken data file is a content problem like any other: file, line, what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import {yamlLine, type Problem} from './problems';
import {readYamlFile} from './yamlData';

export const DATA_FILES = {
  /** A folder: one file per source, `<sleutel>.yml`; the file name is the key pages use. */
  bronnen: 'src/data/bronnen',
  literatuur: 'src/data/literatuur.json',
  authors: 'blog/authors.yml',
  tags: 'blog/tags.yml',
} as const;

/** Where the sources were kept before they became one file each; still there means an old branch. */
export const OLD_BRONNEN_FILE = 'src/data/bronnen.yml';

/** An address a reader can open: https, a host with a dot, no spaces. */
const URL_PATROON = /^https:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/;

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** "JJJJ-MM-DD" that names a day on the calendar (not 2026-02-30); another shape is the pattern's message, not this one. */
function bestaandeDatum(iso: string): boolean {
  if (!ISO_DATUM.test(iso)) return true;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export const bronSchema = z
  .strictObject({
    /** Optional, for the web editor (which names a new file after it); must equal the file name. */
    sleutel: z.string().optional(),
    titel: z.string({error: 'ontbreekt: geef de titel van de bron zoals die in het document staat'}).min(3),
    maker: z.string({error: 'ontbreekt: zeg wie de bron maakte, zoals het document het zegt'}).min(3),
    soort: z.string({error: 'ontbreekt: zeg wat voor document het is, bijvoorbeeld "Artikel"'}).min(3),
    vindplaats: z.string().min(3).optional(),
    /**
     * A public web page outside the five source documents (the sources are silent on, say, complaints).
     * Pages may cite it, and the sources list labels it as outside the sources, with its address and the day it was read.
     */
    extern: z
      .boolean({error: 'moet true of false zijn: zet "extern: true" bij een webpagina buiten de vijf brondocumenten'})
      .optional(),
    url: z
      .string({error: 'moet het adres van de webpagina zijn, bijvoorbeeld "https://www.regelhulp.nl/…"'})
      .regex(URL_PATROON, {
        error: 'moet een volledig webadres zijn dat begint met https://, bijvoorbeeld "https://www.regelhulp.nl/…"',
      })
      .optional(),
    geraadpleegd: z
      .string({error: 'moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld "2026-12-05"'})
      .regex(ISO_DATUM, {error: 'moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld "2026-12-05"'})
      .refine(bestaandeDatum, {error: 'is geen bestaande datum: controleer dag en maand (JJJJ-MM-DD)'})
      .optional(),
    /** For the editors only, never shown: why a field says what it says (the web editor keeps it, unlike a YAML comment). */
    toelichting: z.string().optional(),
  })
  .superRefine((b, ctx) => {
    // A web page is only citable with its address and the day it was read; those two belong to a web page only.
    if (b.extern === true) {
      if (b.url === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['url'],
          message:
            'ontbreekt: een externe bron (extern: true) heeft het adres van de webpagina nodig, bijvoorbeeld url: "https://www.regelhulp.nl/…"',
        });
      if (b.geraadpleegd === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['geraadpleegd'],
          message:
            'ontbreekt: zeg op welke dag je de webpagina las, als JJJJ-MM-DD, bijvoorbeeld geraadpleegd: "2026-12-05"',
        });
    } else {
      for (const veld of ['url', 'geraadpleegd'] as const)
        if (b[veld] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [veld],
            message: `hoort alleen bij een webpagina buiten de vijf brondocumenten: zet er "extern: true" bij, of laat ${veld} weg`,
          });
    }
  });
export const BRON_FIELDS = Object.keys(bronSchema.shape) as (keyof typeof bronSchema.shape)[];
/** What pages and plugins get of a source: the editors' fields stay behind. */
export type Bron = Omit<z.output<typeof bronSchema>, 'sleutel' | 'toelichting'> & {key: string};

export interface SiteData {
  /** Sorted by key (the file names). */
  bronnen: Bron[];
  literatuur: Set<string>;
  authors: Set<string>;
  tags: Set<string>;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A YAML file holding one mapping, with its text for field lines; undefined (and a problem) when it cannot be read as one. */
function readYaml(
  siteDir: string,
  rel: string,
  problems: Problem[],
  what = 'moet een lijst van sleutels met hun velden zijn (sleutel: dan de velden eronder, ingesprongen)',
): {raw: string; data: Record<string, unknown>} | undefined {
  const file = readYamlFile(siteDir, rel);
  if (!file) return {raw: '', data: {}};
  if ('problem' in file) {
    problems.push(file.problem);
    return undefined;
  }
  if (file.data === null) return {raw: file.raw, data: {}};
  if (typeof file.data !== 'object' || Array.isArray(file.data)) {
    problems.push({file: rel, line: 1, message: what});
    return undefined;
  }
  return {raw: file.raw, data: file.data as Record<string, unknown>};
}

/** Every file in the sources folder, site-relative, sorted (also the ones that are not a valid source file, so they can be reported). */
export function bronFiles(siteDir: string): string[] {
  const dir = path.join(siteDir, DATA_FILES.bronnen);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => `${DATA_FILES.bronnen}/${e.name}`)
    .sort();
}

/** One source file, `src/data/bronnen/<sleutel>.yml`: its problems name the file and the line of the field. */
function loadBron(siteDir: string, rel: string, problems: Problem[]): Bron | undefined {
  const name = path.posix.basename(rel);
  if (!name.endsWith('.yml')) {
    problems.push({
      file: rel,
      line: 1,
      message: `een bron staat in een bestand dat eindigt op .yml, bijvoorbeeld ${DATA_FILES.bronnen}/${name.replace(/\.[^.]*$/, '')}.yml. Hernoem het bestand.`,
    });
    return undefined;
  }
  const key = name.slice(0, -'.yml'.length);
  if (!KEY.test(key)) {
    problems.push({
      file: rel,
      line: 1,
      message: `de bestandsnaam is de sleutel van de bron: "${key}" mag alleen kleine letters, cijfers en streepjes bevatten. Hernoem het bestand, bijvoorbeeld naar ${DATA_FILES.bronnen}/kenniscafe-2.yml.`,
    });
    return undefined;
  }
  const file = readYaml(
    siteDir,
    rel,
    problems,
    'moet de velden van één bron bevatten (titel:, maker:, soort: en eventueel vindplaats:, of voor een webpagina extern:, url: en geraadpleegd:), elk op een eigen regel',
  );
  if (!file) return undefined;
  const {raw, data: value} = file;
  // YAML reads an unquoted 2026-12-05 as a date; the web editor may write it so. It means the same day.
  if (value.geraadpleegd instanceof Date && !Number.isNaN(value.geraadpleegd.getTime()))
    value.geraadpleegd = value.geraadpleegd.toISOString().slice(0, 10);
  const r = bronSchema.safeParse(value);
  if (!r.success) {
    for (const issue of r.error.issues) {
      problems.push({
        file: rel,
        line: fieldLine(raw, issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.map(String)[0]),
        field: issue.path.length ? issue.path.map(String).join('.') : undefined,
        message:
          issue.code === 'unrecognized_keys'
            ? `onbekende velden: ${issue.keys.join(', ')} (toegestaan: ${BRON_FIELDS.join(', ')})`
            : issue.message,
      });
    }
    return undefined;
  }
  const {sleutel, toelichting: _toelichting, ...bron} = r.data;
  if (sleutel !== undefined && sleutel !== key) {
    problems.push({
      file: rel,
      line: fieldLine(raw, 'sleutel'),
      field: 'sleutel',
      message: `is "${sleutel}", maar de bestandsnaam zegt "${key}": de sleutel is de bestandsnaam. Zet hier "${key}" (pagina's noemen de bron zo) of laat het veld weg.`,
    });
    return undefined;
  }
  return {key, ...bron};
}

export function loadSiteData(siteDir: string): {data: SiteData; problems: Problem[]} {
  const problems: Problem[] = [];
  if (fs.existsSync(path.join(siteDir, OLD_BRONNEN_FILE))) {
    problems.push({
      file: OLD_BRONNEN_FILE,
      line: 1,
      message: `de bronnen staan nu elk in een eigen bestand: ${DATA_FILES.bronnen}/<sleutel>.yml (zie CONTRIBUTING.md). Zet elke bron uit dit bestand in zo'n bestand en verwijder het.`,
    });
  }
  const bronnen = bronFiles(siteDir)
    .map((rel) => loadBron(siteDir, rel, problems))
    .filter((b): b is Bron => b !== undefined);
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
      authors: new Set(Object.keys(readYaml(siteDir, DATA_FILES.authors, problems)?.data ?? {})),
      tags: new Set(Object.keys(readYaml(siteDir, DATA_FILES.tags, problems)?.data ?? {})),
    },
    problems,
  };
}

/** Line of a top-level field in a YAML file (1 when it is missing). */
function fieldLine(raw: string, field: string | undefined): number {
  return field ? yamlLine(raw, [field]) || 1 : 1;
}

export const bronKeys = (data: SiteData): string[] => data.bronnen.map((b) => b.key);
