/** Data the plugin hands to its pages and components (client-safe shapes, no I/O). */
import type {ErratumSoort} from '../../../content/vocabulary';

export type {ErratumSoort};

/** A change note as a page carries it in front matter (after markdown.parseFrontMatter). */
export interface WijzigingNotitie {
  datum: string;
  tekst: string;
  /** Set on pages of a frozen edition: the erratum's id, its anchor on the errata page. */
  erratum?: string;
}

/** What an erratum corrects, as the errata page links or names it. */
export type ErratumDoel =
  | {soort: 'pagina'; titel: string; pad: string}
  | {soort: 'zijbalk'}
  | {soort: 'vertaling'; locale: string}
  | {soort: 'bestand'; bestand: string}
  | {soort: 'bron'; titel: string}
  | {soort: 'literatuur'; id: string}
  | {soort: 'route'};

export interface ErratumWeergave {
  id: string;
  datum: string;
  soort: ErratumSoort;
  wat: string;
  waarom: string;
  doelen: ErratumDoel[];
  bronnen: {titel: string; waar: string}[];
}

/** The errata page of one frozen edition (createData, one file per edition). */
export interface ErrataPaginaData {
  editie: string;
  label: string;
  /** Path of the edition's start page (without base URL), e.g. /2021/handleiding. */
  startPad: string;
  /** Paths of the edition's feeds, for "stay informed". */
  feeds: {atom: string; json: string};
  errata: ErratumWeergave[];
}
