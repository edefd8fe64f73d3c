/**
 * What the web page, the PDF and the Word file share: labels, the "own
 * questions" notice, numbering and the form fields each question gets.
 * Pure; no I/O.
 */
import {BRONNEN} from '../../data/bronnen';
import type {Vraag, Werkblad} from '../../content/schema';

export type {Vraag, Werkblad};

/** What every output prints under a worksheet's header, so readers know whose questions these are. */
export const EIGEN_VRAGEN =
  'Deze vragen zijn van de kennisbank zelf; ze bouwen voort op de bevindingen uit de bronnen die bij elk onderdeel staan.';

export const FASE_LABELS: Record<Werkblad['fase'][number], string> = {
  installatiefase: 'Installatiefase',
  stabilisatiefase: 'Stabilisatiefase',
  evaluatiefase: 'Evaluatiefase',
};

export const VOOR_LABELS: Record<Werkblad['voor'][number], string> = {
  ouders: 'Ouders',
  opvoeders: 'Gezinshuis- en pleegouders',
  professionals: 'Professionals',
};

export interface WerkbladMeta {
  siteName: string;
  /** Edition label, e.g. "Editie 2024". */
  editie: string;
  /** Absolute, stable URL of the worksheet's web page. */
  url: string;
}

export function bronTitel(key: string): string {
  return BRONNEN.find((b) => b.key === key)?.titel ?? key;
}

export function bevindingBron(b: {bron: string; waar?: string}): string {
  return `Bron: ${bronTitel(b.bron)}${b.waar ? `, ${b.waar}` : ''}`;
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

/** Row labels of a table question (empty strings when the rows are blank). */
export function tabelRijen(v: Extract<Vraag, {soort: 'tabel'}>): string[] {
  return typeof v.rijen === 'number' ? Array.from({length: v.rijen}, () => '') : v.rijen;
}

/** How many named AcroForm fields a question gets in the PDF. */
export function veldenVoor(v: Vraag): number {
  switch (v.soort) {
    case 'tekst':
      return 1;
    case 'ja-nee':
      return 2;
    case 'schaal':
      return 1; // one radio group
    case 'checklist':
      return v.opties.length;
    case 'tabel':
      return tabelRijen(v).length * v.kolommen.length;
    case 'kaart':
      return 0;
  }
}

export function aantalVelden(sheet: Werkblad): number {
  return sheet.secties.reduce((n, s) => n + s.vragen.reduce((m, v) => m + veldenVoor(v), 0), 0);
}

/** Every question text, in order: what each output must contain. */
export function alleVragen(sheet: Werkblad): string[] {
  return sheet.secties.flatMap((s) => s.vragen.map((v) => v.tekst));
}
