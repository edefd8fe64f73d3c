/**
 * One description per kind of question: the answer area it gets, the same on
 * the web page, in the PDF and in the Word file. VRAAGSOORTEN turns a
 * question (front matter, src/content/schema.ts) into an Antwoordvlak: lines
 * to write on, boxes to tick, a scale, a table to fill in, or nothing. Each
 * medium has one renderer table from the kind of answer area to how it draws
 * it (`Tekenaars`): theme/Werkblad/Antwoordvlak.tsx (React),
 * server/pdf/antwoordvlak.ts (pdf-lib) and server/docx/antwoordvlak.ts (docx).
 *
 * A new kind of question is one entry here (TypeScript asks for it once the
 * kind is in QUESTION_KINDS) plus its question in the test fixture; when it
 * needs a new kind of answer area, TypeScript asks for a renderer in each of
 * the three tables. Pure and client-safe: the web page imports it.
 */
import type {Vraag} from '../../../content/schema';
import type {QuestionKind} from '../../../content/vocabulary';

/** A box to tick. */
export interface Keuze {
  /** What is printed next to the box (Dutch, like the questions). */
  tekst: string;
  /** Suffix of its PDF form field: v1-2-<veld>. */
  veld: string;
  /** A word of the site itself rather than of the sheet: the web page shows it in the reader's language. */
  woord?: 'ja' | 'nee';
}

export type Antwoordvlak =
  /** Ruled lines to write on. */
  | {vorm: 'regels'; regels: number}
  /** Boxes to tick: next to each other (a short choice) or under each other (a list). */
  | {vorm: 'keuzes'; keuzes: Keuze[]; naast: boolean}
  /** One choice on a scale from `laag` (1) to `hoog` (stappen). */
  | {vorm: 'schaal'; stappen: number; laag: string; hoog: string}
  /** A table with a cell per row and column; `rijen` are the row labels ('' for an unlabelled row). */
  | {vorm: 'tabel'; kolommen: string[]; rijen: string[]; rijnamen: boolean}
  /** No answer area: a prompt to talk about (conversation cards). */
  | {vorm: 'geen'};

export type Vorm = Antwoordvlak['vorm'];
export type VlakVan<F extends Vorm> = Extract<Antwoordvlak, {vorm: F}>;
export type VraagVan<K extends QuestionKind> = Extract<Vraag, {soort: K}>;

/** The table: every kind of question and its answer area. */
export const VRAAGSOORTEN: {readonly [K in QuestionKind]: (v: VraagVan<K>) => Antwoordvlak} = {
  tekst: (v) => ({vorm: 'regels', regels: v.regels}),
  'ja-nee': () => ({
    vorm: 'keuzes',
    naast: true,
    keuzes: [
      {tekst: 'Ja', veld: 'ja', woord: 'ja'},
      {tekst: 'Nee', veld: 'nee', woord: 'nee'},
    ],
  }),
  schaal: (v) => ({vorm: 'schaal', stappen: v.stappen, laag: v.labels[0], hoog: v.labels[1]}),
  checklist: (v) => ({
    vorm: 'keuzes',
    naast: false,
    keuzes: v.opties.map((tekst, i) => ({tekst, veld: String(i + 1)})),
  }),
  tabel: (v) => ({
    vorm: 'tabel',
    kolommen: v.kolommen,
    rijen: typeof v.rijen === 'number' ? Array.from({length: v.rijen}, () => '') : v.rijen,
    rijnamen: typeof v.rijen !== 'number',
  }),
  kaart: () => ({vorm: 'geen'}),
};

export function antwoordvlak(v: Vraag): Antwoordvlak {
  // TypeScript cannot pair v.soort with its entry's parameter type on its own; VRAAGSOORTEN's type does.
  return (VRAAGSOORTEN[v.soort] as (v: Vraag) => Antwoordvlak)(v);
}

/** One medium's renderers: how it draws each kind of answer area. A missing one does not compile. */
export type Tekenaars<Args extends unknown[], Uit> = {
  readonly [F in Vorm]: (vlak: VlakVan<F>, ...args: Args) => Uit;
};

/** Draws a question's answer area with a medium's renderers. */
export function teken<Args extends unknown[], Uit>(
  tekenaars: Tekenaars<Args, Uit>,
  vlak: Antwoordvlak,
  ...args: Args
): Uit {
  return (tekenaars[vlak.vorm] as (vlak: Antwoordvlak, ...args: Args) => Uit)(vlak, ...args);
}
