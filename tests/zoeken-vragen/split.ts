/**
 * Splits the reader questions once into a tuning half (afstemming.json) and a held-out half
 * (controle.json), stratified by reader and kind of search: a fixed-seed shuffle, a stable sort
 * by stratum, then every other question to each half. The result depends only on the set of
 * questions, never on which half a question was in before, so anyone can check that the
 * halves on disk are the ones this split gives (tests/content/zoeken-vragen.test.ts does).
 *
 *   npx tsx tests/zoeken-vragen/split.ts            re-split the questions of both halves
 *   npx tsx tests/zoeken-vragen/split.ts bron.json  split the questions of bron.json ({queries: [...]})
 */
import fs from 'node:fs';
import path from 'node:path';

export const LEZERS = ['ouder', 'opvoeder', 'professional', 'deelnemer'] as const;
export const SOORTEN = ['kort', 'vraag', 'alledaags', 'samenstelling', 'spelfout', 'jargon'] as const;
export type Lezer = (typeof LEZERS)[number];
export type Soort = (typeof SOORTEN)[number];

export interface Vraag {
  q: string;
  expect: string[];
  lezer: Lezer;
  soort: Soort;
}

export interface VragenBestand {
  description: string;
  queries: Vraag[];
}

/** Issue 24 asked for this set; any fixed number would do, but it must never change. */
export const SEED = 24;

export const DIR = __dirname;
export const BESTANDEN = {
  afstemming: path.join(DIR, 'afstemming.json'),
  controle: path.join(DIR, 'controle.json'),
} as const;

export const DESCRIPTION = {
  afstemming:
    'Afstemmingshelft van de zoekvragen van lezers (issue 24): mag gebruikt worden om de rangschikking van het zoeken te verbeteren. Gemaakt door tests/zoeken-vragen/split.ts; zie README.md.',
  controle:
    'Controlehelft van de zoekvragen van lezers (issue 24): alleen om te rapporteren. Nooit bekijken of gebruiken tijdens het afstemmen van het zoeken. Gemaakt door tests/zoeken-vragen/split.ts; zie README.md.',
} as const;

/** mulberry32: a tiny seeded generator, so the shuffle is the same on every machine and Node version. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stratum = (v: Vraag) => LEZERS.indexOf(v.lezer) * SOORTEN.length + SOORTEN.indexOf(v.soort);

/** The two halves of a set of questions; each stratum (lezer × soort) is split evenly, ±1. */
export function splits(vragen: readonly Vraag[], seed = SEED): {afstemming: Vraag[]; controle: Vraag[]} {
  // Canonical order first, so the split depends on the set only, not on the order of the files.
  const shuffled = [...vragen].sort((a, b) => (a.q < b.q ? -1 : a.q > b.q ? 1 : 0));
  const random = generator(seed);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  // Array.prototype.sort is stable: within a stratum the shuffled order stays.
  const ordered = shuffled.sort((a, b) => stratum(a) - stratum(b));
  return {
    afstemming: ordered.filter((_v, i) => i % 2 === 0),
    controle: ordered.filter((_v, i) => i % 2 === 1),
  };
}

/** What is wrong with the shape of a questions file, in Dutch; empty when nothing is. */
export function vormfouten(data: unknown, file: string): string[] {
  const fouten: string[] = [];
  const queries = (data as {queries?: unknown} | null)?.queries;
  if (!Array.isArray(queries)) return [`${file}: het veld "queries" ontbreekt of is geen lijst.`];
  queries.forEach((v: Partial<Record<keyof Vraag, unknown>>, i) => {
    const waar = `${file}, vraag ${i + 1}${typeof v?.q === 'string' ? ` ("${v.q}")` : ''}`;
    if (typeof v?.q !== 'string' || !v.q.trim()) fouten.push(`${waar}: "q" moet een niet-lege tekst zijn.`);
    if (!Array.isArray(v?.expect) || v.expect.length === 0 || v.expect.some((e) => typeof e !== 'string' || !e))
      fouten.push(`${waar}: "expect" moet een lijst met minstens één pad zijn, zoals "handleiding/houding#gastvrij".`);
    if (!LEZERS.includes(v?.lezer as Lezer)) fouten.push(`${waar}: "lezer" moet een van ${LEZERS.join(', ')} zijn.`);
    if (!SOORTEN.includes(v?.soort as Soort)) fouten.push(`${waar}: "soort" moet een van ${SOORTEN.join(', ')} zijn.`);
  });
  return fouten;
}

export function lees(file: string): VragenBestand {
  const naam = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${naam} is geen geldige JSON: ${(e as Error).message}. Controleer komma's en aanhalingstekens.`);
  }
  const fouten = vormfouten(data, naam);
  if (fouten.length) throw new Error(fouten.join('\n'));
  return data as VragenBestand;
}

/** One question per line: a reviewer reads the set as a list, and a diff shows one question per change. */
export function schrijfbaar(description: string, queries: readonly Vraag[]): string {
  const j = JSON.stringify;
  const regels = queries.map(
    (v) =>
      `{"q": ${j(v.q)}, "expect": [${v.expect.map((e) => j(e)).join(', ')}], "lezer": ${j(v.lezer)}, "soort": ${j(v.soort)}}`,
  );
  return `{\n  "description": ${JSON.stringify(description)},\n  "queries": [\n    ${regels.join(',\n    ')}\n  ]\n}\n`;
}

function main(bron?: string) {
  const vragen = bron
    ? lees(path.resolve(bron)).queries
    : [...lees(BESTANDEN.afstemming).queries, ...lees(BESTANDEN.controle).queries];
  const {afstemming, controle} = splits(vragen);
  fs.writeFileSync(BESTANDEN.afstemming, schrijfbaar(DESCRIPTION.afstemming, afstemming));
  fs.writeFileSync(BESTANDEN.controle, schrijfbaar(DESCRIPTION.controle, controle));
  console.log(`${vragen.length} vragen: ${afstemming.length} in afstemming.json, ${controle.length} in controle.json`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) main(process.argv[2]);
