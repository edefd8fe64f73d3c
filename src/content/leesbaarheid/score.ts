/**
 * Readability figures of a Dutch text and the site's B1 limits. The reasons
 * for each limit, and the guidelines they rest on, are in CONTRIBUTING.md
 * ("Leesbaarheid"); keep the two in step.
 */
import {lettergrepen} from './lettergrepen';
import type {Blok} from './leestekst';
import {woorden, zinnen} from './zinnen';

export interface Zin {
  tekst: string;
  woorden: number;
  /** Line of the block the sentence is in. */
  regel: number;
}

export interface Meting {
  woorden: number;
  zinnen: number;
  lettergrepen: number;
  /** Words per sentence. */
  gemiddeldeZinslengte: number;
  /** Sentences longer than `LANGE_ZIN` words. */
  langeZinnen: Zin[];
  /** Share of sentences longer than `LANGE_ZIN` words, 0–1. */
  aandeelLangeZinnen: number;
  /** Share of words of `LANG_WOORD` syllables or more, 0–1 (reported, no limit). */
  aandeelLangeWoorden: number;
  /** Flesch–Douma: 206,84 − 0,77 × lettergrepen per 100 woorden − 0,93 × woorden per zin. Higher is easier. */
  fleschDouma: number;
}

/** A sentence of more words than this is long: "zeker niet meer dan vijftien" (Bureau voor Tekst, see CONTRIBUTING.md). */
export const LANGE_ZIN = 15;
/** Words of this many syllables or more count as long words. */
export const LANG_WOORD = 4;

export function fleschDouma(woordenAantal: number, zinnenAantal: number, lettergrepenAantal: number): number {
  if (woordenAantal === 0 || zinnenAantal === 0) return 0;
  return 206.84 - 0.77 * ((100 * lettergrepenAantal) / woordenAantal) - 0.93 * (woordenAantal / zinnenAantal);
}

/** Measures blocks of running text; a plain string is one block on line 1. */
export function meet(invoer: string | readonly Blok[]): Meting {
  const blokken = typeof invoer === 'string' ? [{tekst: invoer, regel: 1}] : invoer;
  const alle: Zin[] = [];
  let syl = 0;
  let lang = 0;
  for (const blok of blokken) {
    for (const z of zinnen(blok.tekst)) {
      const ws = woorden(z);
      alle.push({tekst: z, woorden: ws.length, regel: blok.regel});
      for (const w of ws) {
        const n = lettergrepen(w);
        syl += n;
        if (n >= LANG_WOORD) lang++;
      }
    }
  }
  const w = alle.reduce((s, z) => s + z.woorden, 0);
  const langeZinnen = alle.filter((z) => z.woorden > LANGE_ZIN);
  return {
    woorden: w,
    zinnen: alle.length,
    lettergrepen: syl,
    gemiddeldeZinslengte: alle.length ? w / alle.length : 0,
    langeZinnen,
    aandeelLangeZinnen: alle.length ? langeZinnen.length / alle.length : 0,
    aandeelLangeWoorden: w ? lang / w : 0,
    fleschDouma: fleschDouma(w, alle.length, syl),
  };
}

export interface Grenzen {
  /** Highest average sentence length, in words; not judged when absent. */
  gemiddeldeZinslengte?: number;
  /** Highest share of sentences longer than `LANGE_ZIN` words (0–1); 0 means: none. */
  aandeelLangeZinnen: number;
  /** Lowest Flesch–Douma score; not judged when absent. */
  fleschDouma?: number;
  /** Flesch–Douma is judged only on texts of at least this many words: on a short text one long word swings it by tens of points. */
  fleschDoumaVanafWoorden: number;
}

/** Pages for parents (a failure) and every other page (a warning). */
export const B1_PAGINA: Grenzen = {
  gemiddeldeZinslengte: 10,
  aandeelLangeZinnen: 0.2,
  fleschDouma: 60,
  fleschDoumaVanafWoorden: 100,
};

/** Short texts every reader meets first: `kort_gezegd` and a begrip's `definitie`. */
export const B1_KORT: Grenzen = {
  aandeelLangeZinnen: 0,
  fleschDoumaVanafWoorden: 100,
};

const getal = (n: number, decimalen = 1) =>
  n.toLocaleString('nl-NL', {maximumFractionDigits: decimalen, minimumFractionDigits: decimalen});
/** A share as a percentage, with a decimal only where rounding would hide it ("20,5%", not "20%" over a 20% limit). */
export const procent = (n: number) =>
  `${(Math.round(n * 1000) / 10).toLocaleString('nl-NL', {maximumFractionDigits: 1})}%`;
const citaat = (z: Zin) => {
  const ws = z.tekst.split(' ');
  return `„${ws.length > 8 ? `${ws.slice(0, 8).join(' ')} …` : z.tekst}”`;
};

/** What is over the limits, in Dutch, or [] when the text is within them. A text without sentences has nothing to judge. */
export function overschrijdingen(m: Meting, g: Grenzen): string[] {
  if (m.zinnen === 0) return [];
  const uit: string[] = [];
  if (g.gemiddeldeZinslengte !== undefined && m.gemiddeldeZinslengte > g.gemiddeldeZinslengte) {
    uit.push(`gemiddeld ${getal(m.gemiddeldeZinslengte)} woorden per zin (hoogstens ${g.gemiddeldeZinslengte})`);
  }
  if (g.aandeelLangeZinnen === 0) {
    for (const z of m.langeZinnen) uit.push(`een zin van ${z.woorden} woorden (hoogstens ${LANGE_ZIN}): ${citaat(z)}`);
  } else if (m.aandeelLangeZinnen > g.aandeelLangeZinnen) {
    uit.push(
      `${procent(m.aandeelLangeZinnen)} van de zinnen is langer dan ${LANGE_ZIN} woorden (hoogstens ${procent(g.aandeelLangeZinnen)}), bijvoorbeeld ` +
        m.langeZinnen
          .slice()
          .sort((a, b) => b.woorden - a.woorden)
          .slice(0, 3)
          .map((z) => `regel ${z.regel} (${z.woorden} woorden): ${citaat(z)}`)
          .join('; '),
    );
  }
  if (g.fleschDouma !== undefined && m.woorden >= g.fleschDoumaVanafWoorden && m.fleschDouma < g.fleschDouma) {
    uit.push(`Flesch-Douma ${getal(m.fleschDouma, 0)} (minstens ${g.fleschDouma}: kortere woorden en zinnen helpen)`);
  }
  return uit;
}

/** One line of figures, for tables and warnings. */
export function samenvatting(m: Meting): string {
  if (m.zinnen === 0) return 'geen lopende tekst';
  return `Flesch-Douma ${getal(m.fleschDouma, 0)}, ${getal(m.gemiddeldeZinslengte)} woorden per zin, ${procent(m.aandeelLangeZinnen)} lange zinnen`;
}
