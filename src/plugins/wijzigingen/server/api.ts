/**
 * The small content API for portals and intranets: per locale and edition a list of pages and a
 * list of terms, and the URL manifest (urls.json, the URLs that keep working). Plain JSON files
 * in the build, absolute URLs from SITE_URL and BASE_URL. The schemas below are the contract:
 * README documents them and the tests hold the built files to them.
 */
import * as z from 'zod';
import type {EditiePaginas} from './verzamel';
import type {UrlVan} from './feed';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const wijzigingSchema = z.strictObject({
  datum,
  tekst: z.string().min(1),
  /** Only on pages of a frozen edition: the erratum's id (anchor on the errata page). */
  erratum: z.string().optional(),
});

export const paginasSchema = z.strictObject({
  /** Year that names the edition: "2024", "2021". */
  editie: z.string(),
  /** "Editie 2024". */
  label: z.string(),
  taal: z.string(),
  /** true when the edition is fixed (its changes are errata). */
  vastgezet: z.boolean(),
  paginas: z.array(
    z.strictObject({
      id: z.string().min(1),
      titel: z.string().min(1),
      type: z.string().min(1),
      /** Always the current text at this address (for a frozen edition: its own address). */
      url: z.url(),
      /** The address that names the edition (/2024/…): keeps showing this edition's text. */
      vaste_url: z.url(),
      kort_gezegd: z.string().nullable(),
      /** Date of the newest major change (or erratum); null when none is recorded. */
      laatst_gewijzigd: datum.nullable(),
      wijzigingen: z.array(wijzigingSchema),
    }),
  ),
});

export const begrippenSchema = z.strictObject({
  editie: z.string(),
  label: z.string(),
  taal: z.string(),
  begrippen: z.array(
    z.strictObject({
      term: z.string().min(1),
      aliases: z.array(z.string()),
      definitie: z.string().min(1),
      url: z.url(),
      vaste_url: z.url(),
    }),
  ),
});

export const urlLijstSchema = z.strictObject({
  /** The site's root: SITE_URL + BASE_URL. */
  site: z.url(),
  /** Every URL that keeps working (pages, anchors, files), absolute. */
  urls: z.array(z.url()).min(1),
});

export type PaginasBestand = z.output<typeof paginasSchema>;
export type BegrippenBestand = z.output<typeof begrippenSchema>;
export type UrlLijst = z.output<typeof urlLijstSchema>;

export interface ApiInvoer {
  editie: EditiePaginas;
  jaar: string;
  taal: string;
  vastgezet: boolean;
  url: UrlVan;
}

export function paginasBestand({editie, jaar, taal, vastgezet, url}: ApiInvoer): PaginasBestand {
  return {
    editie: jaar,
    label: editie.label,
    taal,
    vastgezet,
    paginas: editie.paginas.map((p) => ({
      id: p.id,
      titel: p.titel,
      type: p.type,
      url: url(p.pad),
      vaste_url: url(p.vastPad),
      kort_gezegd: p.kortGezegd ?? null,
      laatst_gewijzigd: p.wijzigingen[0]?.datum ?? null,
      wijzigingen: p.wijzigingen,
    })),
  };
}

export function begrippenBestand({editie, jaar, taal, url}: ApiInvoer): BegrippenBestand {
  return {
    editie: jaar,
    label: editie.label,
    taal,
    begrippen: editie.paginas
      .flatMap((p) => (p.begrip ? [{...p.begrip, url: url(p.pad), vaste_url: url(p.vastPad)}] : []))
      .sort((a, b) => a.term.localeCompare(b.term, 'nl')),
  };
}

/** The committed manifest (paths below the base URL) as absolute URLs of this build. */
export function urlLijst(manifest: readonly string[], site: string, url: UrlVan): UrlLijst {
  return {site, urls: manifest.map((u) => url(u))};
}
