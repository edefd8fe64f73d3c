/**
 * Reader questions per page or section (src/data/zoekvragen/*.yml): how readers
 * would search for a section in their own words ("mag ik de pleegouders appen"
 * for the section on keeping each other informed). The search indexes them as
 * extra words of that section (document expansion); readers never see them.
 * Questions and search words only, no facts. Read and validated here, so
 * `npm run check`, the build and the zoeken plugin report the same problems:
 * file, line, field and what to do. Whether each `doel` exists is checked where
 * the pages are known: `npm run check` (doelProblemen, against the site's URLs) and the zoeken plugin's build
 * (server/buildIndex.ts), which stops on one.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type {Problem} from './problems';
import {itemIssueProblems, readYamlList, yamlItemLine} from './yamlData';

export const ZOEKVRAGEN_DIR = 'src/data/zoekvragen';

export const zoekvraagSchema = z.strictObject({
  doel: z
    .string({error: 'ontbreekt: noem de pagina of sectie, bijvoorbeeld voor-ouders/wat-kun-je-vragen#tips'})
    .trim()
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/, {
      error:
        'moet het adres van een pagina zijn zonder / ervoor, eventueel met #kop-id, bijvoorbeeld voor-ouders/wat-kun-je-vragen#tips',
    }),
  vragen: z
    .array(
      z
        .string({error: 'moet tekst zijn: een zoekvraag zoals een lezer die typt'})
        .trim()
        .min(3, {error: 'is te kort: schrijf een zoekvraag van minstens een woord'}),
      {error: 'ontbreekt: zet hier de zoekvragen van lezers, elk op een regel met "- "'},
    )
    .min(1, {error: 'is leeg: noem minstens één zoekvraag'}),
  /** For the editors only. */
  toelichting: z.string().optional(),
});

/** The questions for one page or section, and where they stand. */
export interface Zoekvraag {
  /** "pad" or "pad#anker", as the search results name it. */
  doel: string;
  vragen: string[];
  file: string;
  line: number;
}

/** Reads every .yml file of the folder (a missing folder: no questions); every problem at once, with file and line. */
export function readZoekvragen(siteDir: string, dir = ZOEKVRAGEN_DIR): {entries: Zoekvraag[]; problems: Problem[]} {
  const full = path.join(siteDir, dir);
  const entries: Zoekvraag[] = [];
  const problems: Problem[] = [];
  if (!fs.existsSync(full)) return {entries, problems};
  const seen = new Map<string, string>();
  for (const name of fs.readdirSync(full).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const rel = `${dir}/${name}`;
    const list = readYamlList(
      siteDir,
      rel,
      'moet een lijst zijn: elk item begint met "- doel: ..." en heeft eronder "  vragen:" met een zoekvraag per regel.',
    );
    problems.push(...list.problems);
    list.items.forEach((item, i) => {
      const line = yamlItemLine(list.raw, i);
      const r = zoekvraagSchema.safeParse(item);
      if (!r.success) {
        problems.push(...itemIssueProblems(rel, list.raw, i, r.error.issues, ['doel', 'vragen', 'toelichting']));
        return;
      }
      const before = seen.get(r.data.doel);
      if (before !== undefined) {
        problems.push({
          file: rel,
          line: yamlItemLine(list.raw, i, 'doel'),
          field: 'doel',
          message: `"${r.data.doel}" staat al in ${before}. Voeg de vragen samen onder één doel.`,
        });
        return;
      }
      seen.set(r.data.doel, `${rel}:${line}`);
      entries.push({doel: r.data.doel, vragen: r.data.vragen, file: rel, line});
    });
  }
  return {entries, problems};
}

/**
 * The entries whose `doel` is no page (or no heading of its page) of the current edition, as problems on their
 * line. `pages`: URL path ("/voor-ouders/x") → the page's heading ids (null when not known).
 */
export function doelProblemen(
  entries: readonly Zoekvraag[],
  pages: ReadonlyMap<string, ReadonlySet<string> | null>,
): Problem[] {
  const problems: Problem[] = [];
  for (const {doel, file, line} of entries) {
    const [pad = '', anker] = doel.split('#');
    const ids = pages.get(`/${pad}`);
    if (ids === undefined) {
      problems.push({
        file,
        line,
        field: 'doel',
        message: `er is geen pagina met het adres /${pad}. Kijk het adres na (de slug van de pagina, zonder / ervoor).`,
      });
    } else if (anker !== undefined && ids !== null && !ids.has(anker)) {
      problems.push({
        file,
        line,
        field: 'doel',
        message: `de pagina /${pad} heeft geen kop met id "${anker}". ${ids.size ? `Wel: ${[...ids].join(', ')}.` : 'Ze heeft geen koppen: laat #… weg.'}`,
      });
    }
  }
  return problems;
}
