/**
 * Editions that are no longer current are fixed texts with errata. This joins the editions
 * (versions.json), their errata (./errata.ts) and their fingerprints (./vingerafdruk.ts) into
 * what `npm run check`, the build, `npm run errata` and markdown.parseFrontMatter need.
 */
import fs from 'node:fs';
import path from 'node:path';
import {siteEditions, type EditionInfo} from './editions';
import {errataFile, loadErrata, type Erratum} from './errata';
import type {Problem} from './problems';
import type {Bron} from './siteData';
import {CURRENT_EDITION} from './vocabulary';
import {berekenVingerafdruk, bevriezingsProblemen, leesVingerafdruk, type EditiePagina} from './vingerafdruk';

/** Every edition except the current one. */
export function vastgezetteEdities(siteDir: string): EditionInfo[] {
  return siteEditions(siteDir).filter((e) => e.name !== CURRENT_EDITION);
}

export const isVastgezet = (edition: string): boolean => edition !== CURRENT_EDITION && edition !== 'blog';

/** The errata of every frozen edition (valid ones only; `editieProblemen` reports the rest). */
export function errataPerEditie(siteDir: string, bronKeys: readonly string[], today?: string): Map<string, Erratum[]> {
  return new Map(vastgezetteEdities(siteDir).map((e) => [e.name, loadErrata(siteDir, e.name, bronKeys, today).errata]));
}

export interface EditieSite {
  siteDir: string;
  pages: readonly EditiePagina[];
  data: {bronnen: readonly Bron[]};
}

/** Errata that do not validate, and every change to a frozen edition that no erratum covers. */
export function editieProblemen(site: EditieSite, today?: string): Problem[] {
  const out: Problem[] = [];
  const bronKeys = site.data.bronnen.map((b) => b.key);
  for (const e of vastgezetteEdities(site.siteDir)) {
    const loaded = loadErrata(site.siteDir, e.name, bronKeys, today);
    out.push(...loaded.problems);
    const rawFile = path.join(site.siteDir, errataFile(e.name));
    out.push(
      ...bevriezingsProblemen({
        edition: e.name,
        label: e.label.toLowerCase(),
        opgeslagen: leesVingerafdruk(site.siteDir, e.name),
        huidig: berekenVingerafdruk({
          siteDir: site.siteDir,
          edition: e.name,
          pages: site.pages,
          bronnen: site.data.bronnen,
        }),
        errata: loaded.errata,
        errataRaw: fs.existsSync(rawFile) ? fs.readFileSync(rawFile, 'utf8') : undefined,
      }),
    );
  }
  return out;
}
