/**
 * The fingerprint of an edition that is no longer current: a hash per file of the edition (its
 * pages, sidebar and translated labels) and per data record its pages render (the sources and
 * references they list, the route table), committed next to its errata. Shared data files
 * (src/data) serve the current edition too, so only the values the edition shows are fixed: a
 * new source, or a change to one the edition does not cite, leaves it alone.
 *
 * A difference from the committed fingerprint is allowed only with a new erratum that names the
 * file or record; `npm run errata` then records the new state. Pure apart from reading files.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {FASEN, SPOORNAMEN, type Editie} from '../components/RouteOverzicht/route';
import {DATA_FILES, type Bron} from './siteData';
import {ERRATA_DIR, errataFile, type Erratum} from './errata';
import type {Problem} from './problems';

export const vingerafdrukFile = (edition: string): string => `${ERRATA_DIR}/${edition}.vingerafdruk.json`;

export interface Vingerafdruk {
  editie: string;
  uitleg: string;
  /** Ids of the errata this state already includes. */
  errata: string[];
  /** Site-relative file → sha256 of its text (line endings normalised). */
  bestanden: Record<string, string>;
  /** "bron:<key>", "literatuur:<id>", "route:<editie>" → sha256 of the values the edition renders. */
  gegevens: Record<string, string>;
}

export const UITLEG =
  'Vingerafdruk van een vastgezette editie. Niet met de hand aanpassen: leg een correctie vast als erratum in het .yml-bestand hiernaast en voer npm run errata uit.';

/** What the fingerprint needs of a page: its file, edition and validated front matter. */
export interface EditiePagina {
  file: string;
  kind: 'doc' | 'blog';
  edition: string;
  data: Record<string, unknown>;
}

export interface EditieInvoer {
  siteDir: string;
  edition: string;
  pages: readonly EditiePagina[];
  bronnen: readonly Bron[];
}

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** JSON with sorted keys, so a record's hash does not depend on the order of its fields in the file. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []));
}

/** Every file that makes up an edition, site-relative, sorted. */
export function editieBestanden(siteDir: string, edition: string): string[] {
  const rel = (full: string) => path.relative(siteDir, full).split(path.sep).join('/');
  const out = walk(path.join(siteDir, 'versioned_docs', `version-${edition}`)).map(rel);
  const sidebar = path.join(siteDir, 'versioned_sidebars', `version-${edition}-sidebars.json`);
  if (fs.existsSync(sidebar)) out.push(rel(sidebar));
  const i18n = path.join(siteDir, 'i18n');
  if (fs.existsSync(i18n)) {
    for (const locale of fs.readdirSync(i18n)) {
      const docs = path.join(i18n, locale, 'docusaurus-plugin-content-docs');
      const labels = path.join(docs, `version-${edition}.json`);
      if (fs.existsSync(labels)) out.push(rel(labels));
      out.push(...walk(path.join(docs, `version-${edition}`)).map(rel));
    }
  }
  return out.filter((f) => !path.posix.basename(f).startsWith('.')).sort();
}

/** The values the edition's pages render from shared data, by fingerprint key. */
export function gerenderdeGegevens({siteDir, edition, pages, bronnen}: EditieInvoer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const own = pages.filter((p) => p.kind === 'doc' && p.edition === edition);
  const literatuurFile = path.join(siteDir, DATA_FILES.literatuur);
  const literatuur = fs.existsSync(literatuurFile)
    ? (JSON.parse(fs.readFileSync(literatuurFile, 'utf8')) as {id: string}[])
    : [];
  for (const p of own) {
    for (const ref of Array.isArray(p.data.bronnen) ? (p.data.bronnen as {bron?: unknown}[]) : []) {
      const b = bronnen.find((x) => x.key === ref.bron);
      // What the page shows of a source (src/plugins/bronnen): not the editors' notes.
      if (b) out[`bron:${b.key}`] = {titel: b.titel, maker: b.maker, soort: b.soort, vindplaats: b.vindplaats};
    }
    for (const id of Array.isArray(p.data.literatuur) ? (p.data.literatuur as unknown[]) : []) {
      const entry = literatuur.find((e) => e.id === id);
      if (entry) out[`literatuur:${entry.id}`] = entry;
    }
  }
  // The route table (<RouteOverzicht />) renders the edition's column names and the cells of src/components/RouteOverzicht/route.ts.
  const usesRoute = editieBestanden(siteDir, edition).some(
    (f) => /\.mdx?$/.test(f) && fs.readFileSync(path.join(siteDir, f), 'utf8').includes('<RouteOverzicht'),
  );
  if (usesRoute && edition in SPOORNAMEN) {
    out[`route:${edition}`] = {sporen: SPOORNAMEN[edition as Editie], fasen: FASEN};
  }
  return out;
}

/** The edition's state now: a hash per file and per rendered record. */
export function berekenVingerafdruk(input: EditieInvoer): Pick<Vingerafdruk, 'bestanden' | 'gegevens'> {
  const bestanden: Record<string, string> = {};
  for (const f of editieBestanden(input.siteDir, input.edition)) {
    // Line endings normalised: a checkout on Windows is the same text.
    bestanden[f] = sha(fs.readFileSync(path.join(input.siteDir, f), 'utf8').replace(/\r\n?/g, '\n'));
  }
  const gegevens: Record<string, string> = {};
  for (const [key, value] of Object.entries(gerenderdeGegevens(input)).sort(([a], [b]) => a.localeCompare(b))) {
    gegevens[key] = sha(canonical(value));
  }
  return {bestanden, gegevens};
}

export function leesVingerafdruk(siteDir: string, edition: string): Vingerafdruk | undefined {
  const full = path.join(siteDir, vingerafdrukFile(edition));
  return fs.existsSync(full) ? (JSON.parse(fs.readFileSync(full, 'utf8')) as Vingerafdruk) : undefined;
}

export function schrijfVingerafdruk(siteDir: string, v: Vingerafdruk): void {
  fs.writeFileSync(path.join(siteDir, vingerafdrukFile(v.editie)), `${JSON.stringify(v, null, 2)}\n`);
}

export type VeranderingSoort = 'gewijzigd' | 'nieuw' | 'verwijderd';

export interface Verandering {
  /** A site-relative file or a record key ("bron:…"). */
  sleutel: string;
  soort: VeranderingSoort;
  /** Ids of the errata not yet in the fingerprint that name this file or record. */
  errata: string[];
}

export const isGegevensSleutel = (sleutel: string): boolean => /^(bron|literatuur|route):/.test(sleutel);

/** Which files and records differ from the fingerprint, each with the new errata that cover it. */
export function vergelijk(
  opgeslagen: Pick<Vingerafdruk, 'bestanden' | 'gegevens' | 'errata'>,
  huidig: Pick<Vingerafdruk, 'bestanden' | 'gegevens'>,
  errata: readonly Erratum[],
): Verandering[] {
  const nieuw = errata.filter((e) => !opgeslagen.errata.includes(e.id));
  const out: Verandering[] = [];
  for (const kind of ['bestanden', 'gegevens'] as const) {
    const before = opgeslagen[kind];
    const now = huidig[kind];
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(now)])].sort()) {
      const soort: VeranderingSoort | undefined =
        before[key] === undefined
          ? 'nieuw'
          : now[key] === undefined
            ? 'verwijderd'
            : before[key] !== now[key]
              ? 'gewijzigd'
              : undefined;
      if (!soort) continue;
      const errataIds = nieuw.filter((e) => [...e.bestanden, ...e.gegevens].includes(key)).map((e) => e.id);
      out.push({sleutel: key, soort, errata: errataIds});
    }
  }
  return out;
}

const SOORT_WOORD: Record<VeranderingSoort, string> = {
  gewijzigd: 'is veranderd',
  nieuw: 'is nieuw',
  verwijderd: 'is verwijderd',
};

/** Where a record key's data lives, so a problem points at the file to look at. */
function bestandVan(sleutel: string): string {
  const [kind, key] = sleutel.split(':') as [string, string];
  if (kind === 'bron') return `${DATA_FILES.bronnen}/${key}.yml`;
  if (kind === 'literatuur') return DATA_FILES.literatuur;
  return 'src/components/RouteOverzicht/route.ts';
}

export interface BevriezingsInvoer {
  edition: string;
  label: string;
  opgeslagen: Vingerafdruk | undefined;
  huidig: Pick<Vingerafdruk, 'bestanden' | 'gegevens'>;
  errata: readonly Erratum[];
  /** The errata file's text, for line numbers. */
  errataRaw?: string;
}

/**
 * What the freeze reports: a change without an erratum (error, naming the file), a new erratum
 * naming something that did not change or does not exist (error: it would cover a future silent
 * edit), and a missing fingerprint.
 */
export function bevriezingsProblemen(input: BevriezingsInvoer): Problem[] {
  const {edition, label, opgeslagen, huidig, errata} = input;
  const errataRel = errataFile(edition);
  if (!opgeslagen) {
    return [
      {
        file: vingerafdrukFile(edition),
        line: 1,
        message: `ontbreekt: de ${label} is geen huidige editie meer en moet een vingerafdruk hebben. Voer npm run errata uit om hem te maken.`,
      },
    ];
  }
  const out: Problem[] = [];
  const veranderingen = vergelijk(opgeslagen, huidig, errata);
  for (const v of veranderingen) {
    if (v.errata.length > 0) continue;
    const gegevens = isGegevensSleutel(v.sleutel);
    out.push({
      file: gegevens ? bestandVan(v.sleutel) : v.sleutel,
      line: 1,
      message: `${gegevens ? `wat de ${label} toont van ${v.sleutel} ` : ''}${SOORT_WOORD[v.soort]}, maar de ${label} is vastgezet. Draai de wijziging terug, of leg haar vast als erratum in ${errataRel} (id, datum, soort, bestanden of gegevens met "${v.sleutel}", wat, waarom en de bron) en voer daarna npm run errata uit. [editie-vastgezet]`,
    });
  }
  const changed = new Set(veranderingen.map((v) => v.sleutel));
  const known = new Set([
    ...Object.keys(opgeslagen.bestanden),
    ...Object.keys(opgeslagen.gegevens),
    ...Object.keys(huidig.bestanden),
    ...Object.keys(huidig.gegevens),
  ]);
  errata.forEach((e) => {
    for (const key of [...e.bestanden, ...e.gegevens]) {
      if (!known.has(key)) {
        out.push({
          file: errataRel,
          line: lineOf(input.errataRaw, e.id),
          message: `erratum "${e.id}" noemt "${key}", maar dat hoort niet bij de ${label}. Noem een bestand van de editie (bijvoorbeeld versioned_docs/version-${edition}/handleiding/houding.md) of een record dat ze toont (bron:<sleutel>).`,
        });
      } else if (!opgeslagen.errata.includes(e.id) && !changed.has(key)) {
        out.push({
          file: errataRel,
          line: lineOf(input.errataRaw, e.id),
          message: `erratum "${e.id}" is nieuw en noemt "${key}", maar dat is niet veranderd sinds de vingerafdruk. Haal het weg uit het erratum, of maak de correctie die het beschrijft.`,
        });
      }
    }
  });
  return out;
}

function lineOf(raw: string | undefined, id: string): number {
  if (!raw) return 1;
  const i = raw.split(/\r?\n/).findIndex((l) => new RegExp(`^-?\\s*id:\\s*["']?${id}["']?\\s*$`).test(l));
  return i < 0 ? 1 : i + 1;
}

export interface Bijgewerkt {
  vingerafdruk?: Vingerafdruk;
  /** Why it refused (Dutch, one line each); empty when it wrote. */
  weigering: string[];
  /** What the new fingerprint takes in. */
  veranderingen: Verandering[];
}

/**
 * `npm run errata`: the new fingerprint, or a refusal when something changed without a new
 * erratum or a new erratum names something unchanged. A first fingerprint needs no errata.
 */
export function werkBij(input: BevriezingsInvoer): Bijgewerkt {
  const {edition, opgeslagen, huidig, errata} = input;
  if (!opgeslagen) {
    return {
      vingerafdruk: {editie: edition, uitleg: UITLEG, errata: errata.map((e) => e.id).sort(), ...huidig},
      weigering: [],
      veranderingen: [],
    };
  }
  const problems = bevriezingsProblemen(input);
  if (problems.length > 0) {
    return {weigering: problems.map((p) => `${p.file}:${p.line} — ${p.message}`), veranderingen: []};
  }
  return {
    vingerafdruk: {editie: edition, uitleg: UITLEG, errata: errata.map((e) => e.id).sort(), ...huidig},
    weigering: [],
    veranderingen: vergelijk(opgeslagen, huidig, errata),
  };
}
