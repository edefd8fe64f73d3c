/**
 * The readability table of `npm run leesbaarheid`: every measured text of
 * every page (body, kort_gezegd, definitie) with its figures as a guide and
 * its signals (what hurts a B1 reader), optionally next to the same text at an
 * earlier commit. Pure: content files in, rows and Markdown out.
 */
import type {Glossary} from '../glossary';
import {frontMatterLine} from '../problems';
import {isOuderpagina, meetPagina, paginaSignalen, veldSignalen} from '../rules/leesbaarheid';
import type {RuleFile} from '../rules/types';
import type {ContentPage} from '../validate';
import {B1_KORT, B1_PAGINA, meet, overschrijdingen, type Meting} from './score';
import type {Bevinding, Signaal} from './signalen';

export type Onderdeel = 'tekst' | 'kort_gezegd' | 'definitie';

export const SIGNALEN: readonly Signaal[] = ['zonder-werkwoord', 'lijdende-vorm', 'ongewoon-woord', 'vaktaal'];
/** Column labels, short. */
const LABEL: Record<Signaal, string> = {
  'zonder-werkwoord': 'zonder werkwoord',
  'lijdende-vorm': 'lijdend',
  'ongewoon-woord': 'moeilijk woord',
  vaktaal: 'vakwoord',
};

export interface Rij {
  file: string;
  onderdeel: Onderdeel;
  meting: Meting;
  /** Within the guide values that apply to it (B1_KORT for the fields, B1_PAGINA for the body). */
  binnenGrenzen: boolean;
  /** A parents' page or a field every reader meets first: where the guide values matter most. */
  streng: boolean;
  bevindingen: Bevinding[];
}

export function rijen(pages: readonly ContentPage[], glossaries?: ReadonlyMap<string, Glossary>): Rij[] {
  const uit: Rij[] = [];
  const ctx = {glossaries};
  for (const f of pages) {
    if (!f.tree || f.locale !== 'nl') continue;
    const rf: RuleFile = {...f, tree: f.tree};
    const tekst = meetPagina(rf);
    if (tekst.zinnen > 0) {
      uit.push({
        file: f.file,
        onderdeel: 'tekst',
        meting: tekst,
        binnenGrenzen: overschrijdingen(tekst, B1_PAGINA).length === 0,
        streng: isOuderpagina(rf),
        bevindingen: paginaSignalen(rf, ctx),
      });
    }
    for (const veld of ['kort_gezegd', 'definitie'] as const) {
      const waarde = f.data[veld];
      if (typeof waarde !== 'string' || (veld === 'definitie' && f.data.type !== 'begrip')) continue;
      const m = meet(waarde);
      uit.push({
        file: f.file,
        onderdeel: veld,
        meting: m,
        binnenGrenzen: overschrijdingen(m, B1_KORT).length === 0,
        streng: true,
        bevindingen: veldSignalen(rf, ctx, waarde).map((b) => ({...b, regel: frontMatterLine(f.raw, [veld])})),
      });
    }
  }
  return uit;
}

const nl = (n: number, d: number) => n.toLocaleString('nl-NL', {minimumFractionDigits: d, maximumFractionDigits: d});

/** "FD 62 · 9,4 w/z · 11% lang ✓" — Flesch–Douma, words per sentence, share of long sentences, within the guide (✓) or over it (!). */
export function cel(r: Rij | undefined): string {
  if (!r) return '—';
  const m = r.meting;
  return `FD ${nl(m.fleschDouma, 0)} · ${nl(m.gemiddeldeZinslengte, 1)} w/z · ${Math.round(m.aandeelLangeZinnen * 100)}% lang ${r.binnenGrenzen ? '✓' : '!'}`;
}

/** Counts per signal: "2 zonder werkwoord · 1 moeilijk woord", or "—". */
export function signaalCel(r: Rij | undefined): string {
  if (!r) return '—';
  const delen = SIGNALEN.map((s) => [s, r.bevindingen.filter((b) => b.signaal === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${LABEL[s]}`);
  return delen.length ? delen.join(' · ') : '—';
}

/** Findings per signal over all rows. */
export function totalen(rs: readonly Rij[]): Record<Signaal, number> {
  const t = Object.fromEntries(SIGNALEN.map((s) => [s, 0])) as Record<Signaal, number>;
  for (const r of rs) for (const b of r.bevindingen) t[b.signaal]++;
  return t;
}

/** A Markdown table; with `voor`, the figures and signals before and after. */
export function tabel(na: readonly Rij[], voor?: readonly Rij[]): string {
  const sleutel = (r: Rij) => `${r.file}|${r.onderdeel}`;
  const voorMap = new Map((voor ?? []).map((r) => [sleutel(r), r]));
  const kop = voor
    ? ['| pagina | onderdeel | voor | na | signalen voor | signalen na |', '| --- | --- | --- | --- | --- | --- |']
    : ['| pagina | onderdeel | richtgetallen | signalen |', '| --- | --- | --- | --- |'];
  const regels = na.map((r) => {
    const v = voorMap.get(sleutel(r));
    return voor
      ? `| ${r.file} | ${r.onderdeel} | ${cel(v)} | ${cel(r)} | ${signaalCel(v)} | ${signaalCel(r)} |`
      : `| ${r.file} | ${r.onderdeel} | ${cel(r)} | ${signaalCel(r)} |`;
  });
  const t = totalen(na);
  const som = `Signalen: ${SIGNALEN.map((s) => `${t[s]} ${LABEL[s]}`).join(', ')}.`;
  return [...kop, ...regels, '', som].join('\n');
}
