/**
 * What the web page, the PDF and the Word file share besides the answer areas
 * (./vraagsoorten.ts): labels, the "own questions" notice, numbering, form
 * field names, and the data the pages get. Pure and client-safe; no I/O.
 */
import {AUDIENCE_LABELS, PHASE_LABELS} from '../../../content/vocabulary';
import type {Vraag, Werkblad} from '../../../content/schema';

export type {Vraag, Werkblad};

/** What every output prints under a worksheet's header, so readers know whose questions these are. */
export const EIGEN_VRAGEN =
  'Deze vragen zijn van de kennisbank zelf; ze bouwen voort op de bevindingen uit de bronnen die bij elk onderdeel staan.';
/** Its code.json id: the web page shows it in the reader's language (the files stay Dutch, like the questions). */
export const EIGEN_VRAGEN_ID = 'werkbladen.eigenVragen';

export const FASE_LABELS: Readonly<Record<Werkblad['fase'][number], string>> = PHASE_LABELS;
export const VOOR_LABELS: Readonly<Record<Werkblad['voor'][number], string>> = AUDIENCE_LABELS;

export interface WerkbladMeta {
  siteName: string;
  /** Edition label, e.g. "Editie 2024". */
  editie: string;
  /** Absolute, stable URL of the worksheet's web page. */
  url: string;
  /** Titles of the sources the sheet's findings rest on (src/data/bronnen/<sleutel>.yml), by key. */
  bronnen: Readonly<Record<string, string>>;
}

/** The source of a finding: its title (src/data/bronnen/<sleutel>.yml) and where in it. */
/** The title stands in quotation marks: it is the source's own wording, not the site's text. */
export function bronVermelding(b: {bron: string; waar?: string}, bronnen: Readonly<Record<string, string>>): string {
  const titel = bronnen[b.bron];
  return `${titel ? `„${titel}”` : b.bron}${b.waar ? `, ${b.waar}` : ''}`;
}

export function bevindingBron(b: {bron: string; waar?: string}, bronnen: Readonly<Record<string, string>>): string {
  return `Bron: ${bronVermelding(b, bronnen)}`;
}

/** Site path of a worksheet's file, without base URL: "/werkbladen/<id>.pdf". */
export function bestandPad(outPath: string, id: string, ext: 'pdf' | 'docx'): string {
  return `/${outPath}/${id}.${ext}`;
}

export interface Bestand {
  /** Site path without base URL, e.g. "/werkbladen/rolverheldering.pdf". */
  path: string;
  bytes: number;
}

/** A worksheet as the overview lists it and its page offers it for download. */
export interface WerkbladInfo {
  id: string;
  title: string;
  description: string;
  permalink: string;
  fase: Werkblad['fase'];
  voor: Werkblad['voor'];
  pdf: Bestand;
  docx: Bestand;
}

/** "53 kB": sizes as a reader sees them next to a download link. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}

/** Question numbers run on through the sections: 1, 2, 3 … */
export function nummer(sheet: Werkblad, sectie: number, vraag: number): number {
  let n = 0;
  for (let s = 0; s < sectie; s++) n += sheet.secties[s]!.vragen.length;
  return n + vraag + 1;
}

export function isKaartenblad(sheet: Werkblad): boolean {
  return sheet.secties.every((s) => s.vragen.every((v) => v.soort === 'kaart'));
}

/** Name of a question's form field(s) in the PDF: v<section>-<question>, 1-based. */
export function veldId(sectie: number, vraag: number): string {
  return `v${sectie + 1}-${vraag + 1}`;
}

/** Data file for pages (createData): every worksheet with its files, and per sheet the titles of its sources. */
export const DATA_FILE = 'werkbladen.json';
export interface WerkbladenData {
  werkbladen: WerkbladInfo[];
  bronnen: Record<string, Record<string, string>>;
  /** Every worksheet, PDF and Word, in one zip (undefined when the plugin makes none). */
  zip?: Bestand;
}
