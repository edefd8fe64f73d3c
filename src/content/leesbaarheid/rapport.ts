/**
 * The readability table of `npm run leesbaarheid`: every measured text of
 * every page (body, kort_gezegd, definitie), optionally next to the same text
 * at an earlier commit. Pure: content files in, rows and Markdown out.
 */
import {isOuderpagina, meetPagina} from '../rules/leesbaarheid';
import type {ContentPage} from '../validate';
import {B1_KORT, B1_PAGINA, meet, overschrijdingen, type Meting} from './score';

export type Onderdeel = 'tekst' | 'kort_gezegd' | 'definitie';

export interface Rij {
  file: string;
  onderdeel: Onderdeel;
  meting: Meting;
  /** Within the limits that apply to it (B1_KORT for the fields, B1_PAGINA for the body). */
  binnenGrenzen: boolean;
  /** The limits fail the check (parents' pages and the fields) rather than warn. */
  streng: boolean;
}

export function rijen(pages: readonly ContentPage[]): Rij[] {
  const uit: Rij[] = [];
  for (const f of pages) {
    if (!f.tree) continue;
    const parsed = {data: f.data};
    const rf = {...f, tree: f.tree};
    const tekst = meetPagina(rf);
    if (tekst.zinnen > 0) {
      uit.push({
        file: f.file,
        onderdeel: 'tekst',
        meting: tekst,
        binnenGrenzen: overschrijdingen(tekst, B1_PAGINA).length === 0,
        streng: isOuderpagina(rf),
      });
    }
    for (const veld of ['kort_gezegd', 'definitie'] as const) {
      const waarde = parsed.data[veld];
      if (typeof waarde !== 'string' || (veld === 'definitie' && parsed.data.type !== 'begrip')) continue;
      const m = meet(waarde);
      uit.push({
        file: f.file,
        onderdeel: veld,
        meting: m,
        binnenGrenzen: overschrijdingen(m, B1_KORT).length === 0,
        streng: true,
      });
    }
  }
  return uit;
}

const nl = (n: number, d: number) => n.toLocaleString('nl-NL', {minimumFractionDigits: d, maximumFractionDigits: d});

/** "FD 62 · 9,4 w/z · 11% lang ✓" — Flesch–Douma, words per sentence, share of long sentences, within limits. */
export function cel(r: Rij | undefined): string {
  if (!r) return '—';
  const m = r.meting;
  return `FD ${nl(m.fleschDouma, 0)} · ${nl(m.gemiddeldeZinslengte, 1)} w/z · ${Math.round(m.aandeelLangeZinnen * 100)}% lang ${r.binnenGrenzen ? '✓' : r.streng ? '✗' : '!'}`;
}

/** A Markdown table; with `voor`, one column before and one after. */
export function tabel(na: readonly Rij[], voor?: readonly Rij[]): string {
  const sleutel = (r: Rij) => `${r.file}|${r.onderdeel}`;
  const voorMap = new Map((voor ?? []).map((r) => [sleutel(r), r]));
  const kop = voor
    ? ['| pagina | onderdeel | voor | na |', '| --- | --- | --- | --- |']
    : ['| pagina | onderdeel | meting |', '| --- | --- | --- |'];
  const regels = na.map((r) =>
    voor
      ? `| ${r.file} | ${r.onderdeel} | ${cel(voorMap.get(sleutel(r)))} | ${cel(r)} |`
      : `| ${r.file} | ${r.onderdeel} | ${cel(r)} |`,
  );
  return [...kop, ...regels].join('\n');
}
