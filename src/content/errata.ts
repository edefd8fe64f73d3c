/**
 * Errata of an edition that is no longer current. Such an edition is a fixed text: a correction
 * to it is never a silent edit but an erratum, one entry in src/data/errata/<editie>.yml with its
 * date, the files or data records it corrects, what changed, why, and (for a correction of
 * content) the source passage it now rests on. The page shows it, the errata page lists it, the
 * edition's feed announces it, and the fingerprint (./vingerafdruk.ts) fails the tests when a
 * file of the edition changes without one.
 */
import * as z from 'zod';
import {ISO_DATUM, alsDatumTekst, isEchteDatum, vandaag} from './datum';
import type {Problem} from './problems';
import {ERRATUM_SOORTEN, type ErratumSoort} from './vocabulary';
import {itemIssueProblems, readYamlList, yamlItemLine} from './yamlData';

export const ERRATA_DIR = 'src/data/errata';
export const errataFile = (edition: string): string => `${ERRATA_DIR}/${edition}.yml`;

export {ERRATUM_SOORTEN, type ErratumSoort};

/** Data records a page renders, as fingerprint keys: a source, a reference, the route table of an edition. */
export const GEGEVENS_SLEUTEL = /^(bron|literatuur|route):[A-Za-z0-9][\w-]*$/;

export function erratumSchema(bronKeys: readonly string[], today: string = vandaag()) {
  const keys = (bronKeys.length ? bronKeys : ['(geen bronnen)']) as [string, ...string[]];
  return z
    .strictObject({
      id: z
        .string({error: 'ontbreekt: geef het erratum een vaste id, bijvoorbeeld "houding-voorbeeld"'})
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: 'moet bestaan uit kleine letters, cijfers en streepjes (het wordt het anker op de errata-pagina)',
        }),
      datum: z.preprocess(
        alsDatumTekst,
        z
          .string({error: 'ontbreekt: geef de datum van de correctie als JJJJ-MM-DD'})
          .regex(ISO_DATUM, {error: 'moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld "2026-12-05"'})
          .refine(isEchteDatum, {error: 'bestaat niet: controleer maand (01–12) en dag'})
          .refine((d) => d <= today, {error: `ligt in de toekomst (vandaag is ${today})`}),
      ),
      soort: z.enum(ERRATUM_SOORTEN, {error: `ontbreekt of is onbekend; kies uit: ${ERRATUM_SOORTEN.join(', ')}`}),
      bestanden: z
        .array(z.string().min(1), {
          error:
            'moet een lijst zijn van bestanden, bijvoorbeeld ["versioned_docs/version-2021/handleiding/houding.md"]',
        })
        .default([]),
      gegevens: z
        .array(
          z.string().regex(GEGEVENS_SLEUTEL, {
            error:
              'moet de vorm bron:<sleutel>, literatuur:<id> of route:<editie> hebben, bijvoorbeeld "bron:artikel-gezinshuis-ouders"',
          }),
        )
        .default([]),
      wat: z
        .string({error: 'ontbreekt: zeg in gewone taal wat er veranderde'})
        .trim()
        .min(20, {error: 'is te kort: zeg in een volledige zin wat er veranderde'}),
      waarom: z
        .string({error: 'ontbreekt: zeg waarom het veranderde'})
        .trim()
        .min(20, {error: 'is te kort: zeg in een volledige zin waarom het veranderde'}),
      bronnen: z
        .array(
          z.strictObject({
            bron: z.enum(keys, {
              error: `onbekende bron; kies een van: ${keys.join(', ')}`,
            }),
            waar: z.string().trim().min(3, {error: 'zeg waar in de bron de passage staat'}),
          }),
          {error: 'moet een lijst zijn van bronnen met "bron" en "waar"'},
        )
        .optional(),
    })
    .superRefine((e, ctx) => {
      if (e.bestanden.length + e.gegevens.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['bestanden'],
          message: 'noem wat er gecorrigeerd is: minstens één bestand (bestanden) of gegevensrecord (gegevens)',
        });
      }
      if (e.soort === 'inhoud' && !e.bronnen?.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['bronnen'],
          message: 'ontbreekt: een inhoudelijke correctie noemt de bronpassage waarop de tekst nu rust (bron en waar)',
        });
      }
    });
}

export type Erratum = z.output<ReturnType<typeof erratumSchema>>;

export interface LoadedErrata {
  /** Valid errata, newest first (file order within a day). */
  errata: Erratum[];
  problems: Problem[];
}

/** Reads and validates src/data/errata/<edition>.yml; a missing file means no errata. */
export function loadErrata(
  siteDir: string,
  edition: string,
  bronKeys: readonly string[],
  today: string = vandaag(),
): LoadedErrata {
  const rel = errataFile(edition);
  const {
    raw,
    items: data,
    problems: unread,
  } = readYamlList(
    siteDir,
    rel,
    'moet een lijst van errata zijn: elk erratum begint met "- id:" op een nieuwe regel (zie CONTRIBUTING.md)',
  );
  if (unread.length > 0) return {errata: [], problems: unread};
  const schema = erratumSchema(bronKeys, today);
  const problems: Problem[] = [];
  const errata: Erratum[] = [];
  const ids = new Map<string, number>();
  data.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      problems.push(
        ...itemIssueProblems(
          rel,
          raw,
          i,
          r.error.issues,
          ['id', 'datum', 'soort', 'bestanden', 'gegevens', 'wat', 'waarom', 'bronnen'],
          String(i),
        ),
      );
      return;
    }
    const earlier = ids.get(r.data.id);
    if (earlier !== undefined) {
      problems.push({
        file: rel,
        line: yamlItemLine(raw, i, 'id'),
        field: `${i}.id`,
        message: `"${r.data.id}" is al de id van erratum ${earlier + 1}: kies een andere (de id is het anker op de errata-pagina)`,
      });
      return;
    }
    ids.set(r.data.id, i);
    errata.push(r.data);
  });
  // Stable: errata of the same day keep their order in the file.
  errata.sort((a, b) => b.datum.localeCompare(a.datum));
  return {errata, problems};
}

/** The errata that correct a file, newest first. */
export function errataVoorBestand(errata: readonly Erratum[], file: string): Erratum[] {
  return errata.filter((e) => e.bestanden.includes(file));
}
