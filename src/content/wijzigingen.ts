/**
 * What a page records about its major changes, and the date readers see: Docusaurus shows
 * `last_update.date` from front matter as "Laatst gewijzigd", so markdown.parseFrontMatter fills it
 * with the newest change note here. A page of the current edition (or a kenniscafé) writes its own
 * notes (`wijzigingen`); a page of a frozen edition gets its errata as notes. A page without notes
 * gets no date at all (src/config/vcs.ts keeps git's last commit out): no invented dates, and a
 * typo fix never moves one.
 */
import {errataVoorBestand, type Erratum} from './errata';
import {isVastgezet} from './vastgezet';

export interface Wijziging {
  datum: string;
  tekst: string;
  /** On a page of a frozen edition: the erratum this note is (its anchor on the errata page). */
  erratum?: string;
}

/** The source file a translated page of an edition translates (errata name the source). */
export function bronbestandVan(file: string): string {
  const m = /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/(version-[^/]+)\/(.*)$/.exec(file);
  if (m) return `versioned_docs/${m[1]}/${m[2]}`;
  const current = /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/current\/(.*)$/.exec(file);
  return current ? `docs/${current[1]}` : file;
}

/** The notes of a page of a frozen edition: its errata (and those of the page it translates), newest first. */
export function errataAlsWijzigingen(errata: readonly Erratum[], file: string): Wijziging[] {
  const own = new Set([file, bronbestandVan(file)]);
  return errata
    .filter((e) => e.bestanden.some((b) => own.has(b)))
    .map((e) => ({datum: e.datum, tekst: e.wat, erratum: e.id}));
}

/**
 * Validated front matter with the change notes every consumer sees and the `last_update` that
 * Docusaurus shows: the newest note's date, or none.
 */
export function metWijzigingsdatum(
  data: Record<string, unknown>,
  f: {file: string; kind: 'doc' | 'blog'; edition: string},
  errata: ReadonlyMap<string, readonly Erratum[]>,
): Record<string, unknown> {
  const notes: Wijziging[] =
    f.kind === 'doc' && isVastgezet(f.edition)
      ? errataAlsWijzigingen(errata.get(f.edition) ?? [], f.file)
      : ((data.wijzigingen as Wijziging[] | undefined) ?? []);
  const out: Record<string, unknown> = {...data};
  if (notes.length > 0) {
    out.wijzigingen = notes;
    out.last_update = {date: notes[0]!.datum};
  } else {
    delete out.wijzigingen;
  }
  return out;
}

export {errataVoorBestand};
