/**
 * What hurts a reader at B1, found in the prose of one page: very short
 * sentences without a finite verb, a run of passive sentences, long words that
 * are not common Dutch, and field terms from the glossary that the page neither
 * marks nor explains. Pure: prose and word lists in, findings out. Why each
 * signal and its limits: "Leesbaarheid" in CONTRIBUTING.md.
 */
import {normalise} from '../glossary';
import {lettergrepen} from './lettergrepen';
import type {Lexicon} from './lexicon';
import type {Prozablok} from './proza';
import {heeftPersoonsvorm, isLijdend, lijdendeVorm, tokens, type Token} from './werkwoorden';
import {zinnen} from './zinnen';

export type Signaal = 'zonder-werkwoord' | 'lijdende-vorm' | 'ongewoon-woord' | 'vaktaal';

export interface Bevinding {
  signaal: Signaal;
  regel: number;
  /** The sentence (zonder-werkwoord), the first sentence of the run (lijdende-vorm), or the sentence with the word. */
  zin: string;
  /** The words that matter: the uncommon word, the term, the passive verbs. */
  woorden: string[];
  /** Sentences in a passive run. */
  aantal?: number;
}

/** A sentence without a finite verb is a fragment when it is this short; a longer one is more likely a verb the lexicon missed. */
export const FRAGMENT_WOORDEN = 12;
/** This many passive sentences in a row make a passive chain. */
export const LIJDENDE_REEKS = 3;
/** A word is long from this many syllables (the same limit as `LANG_WOORD` in score.ts). */
export const LANG = 4;

export interface Begripsvorm {
  /** Term id, e.g. "casusregie". */
  id: string;
  /** Term and aliases as written ("gezinshuisouder", "gezinshuisouders"). */
  vormen: readonly string[];
}

export interface SignaalOpties {
  lexicon: Lexicon;
  /** The glossary of the page's edition. */
  begrippen: readonly Begripsvorm[];
  /** Terms the page marks (ids): explained on this page by the marker. */
  gemarkeerd: ReadonlySet<string>;
  /** The term a begrip page is about: explained by the page itself. */
  eigenBegrip?: string;
}

/** Words or signs in the same sentence, or the next, that show the writer explains a word. */
const UITLEG =
  /\b(betekent|betekenen|betekende|bedoel\p{L}*|wil zeggen|d\.w\.z|oftewel|ofwel|met andere woorden|dat is|dat zijn|dit is|dit zijn|noem\p{L}*|heet|heten|staat voor|zoals|bijvoorbeeld)\b/iu;

const OPENT_MET_CITAAT = /^[„“"‘'«]/u;
const CITAAT = /[„“"«][^”"»]*[”"»]|‘[^’]*’(?!\p{L})/gu;

interface Zin {
  tekst: string;
  regel: number;
  blok: Prozablok;
  ts: Token[];
}

function zinnenVan(blokken: readonly Prozablok[]): Zin[] {
  const uit: Zin[] = [];
  for (const blok of blokken) {
    for (const z of zinnen(blok.tekst)) {
      const ts = tokens(z).map((t) => (blok.nadruk.has(t.woord) && /^\p{Lu}/u.test(t.woord) ? {...t, naam: true} : t));
      uit.push({tekst: z, regel: blok.regel, blok, ts});
    }
  }
  return uit;
}

const legtUit = (zin: Zin | undefined, woord: string): boolean => {
  if (!zin) return false;
  if (UITLEG.test(zin.tekst)) return true;
  // "casusregie (wie de regie heeft)", "casusregie: wie …", "casusregie — wie …", "De evaluatiefase is de derde fase"
  const i = zin.tekst.toLowerCase().indexOf(woord.toLowerCase());
  return i >= 0 && /^\S*\s*([(:—–]|(is|zijn|was|waren) (een|de|het)\b)/u.test(zin.tekst.slice(i + woord.length));
};

const kern = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** "Wie: ouders." — a label and its value, as in a fact sheet. */
const LABEL = /^[^:]{1,40}:\s/u;
/** A literature reference: "Noordegraaf, M., … (2020). Titel." */
const VERWIJZING = /\(\d{4}[a-z]?\)|\(in process\)|\(z\.d\.\)/u;

/** Sentences that stand as sentences in running text (not in a list, table, heading or quotation) and have no finite verb. */
function zonderWerkwoord(zs: readonly Zin[], lex: Lexicon): Bevinding[] {
  const uit: Bevinding[] = [];
  for (const z of zs) {
    if (z.blok.soort !== 'alinea' || VERWIJZING.test(z.blok.tekst)) continue;
    const t = z.tekst.trim();
    if (
      t.endsWith(':') ||
      LABEL.test(t) ||
      OPENT_MET_CITAAT.test(t) ||
      z.ts.length === 0 ||
      z.ts.length > FRAGMENT_WOORDEN
    )
      continue;
    // Bold text is a label ("**Waarvoor.**") or a heading made of bold text, not a sentence.
    if (z.blok.vet.some((v) => kern(v).includes(kern(t)))) continue;
    // A sentence that is all quotation, or all title, is the source's or a name.
    if (t.replace(CITAAT, '').replace(/[\s.,;!?…]/g, '') === '') continue;
    if (!heeftPersoonsvorm(t, lex) && z.ts.some((tok) => !tok.naam)) {
      uit.push({signaal: 'zonder-werkwoord', regel: z.regel, zin: t, woorden: []});
    }
  }
  return uit;
}

/** Runs of `LIJDENDE_REEKS` or more passive sentences in running text; a heading ends a run. */
function lijdendeReeksen(zs: readonly Zin[], lex: Lexicon): Bevinding[] {
  const uit: Bevinding[] = [];
  let reeks: Zin[] = [];
  const sluit = () => {
    if (reeks.length >= LIJDENDE_REEKS) {
      const woorden = reeks.map((z) => {
        const v = lijdendeVorm(z.tekst.replace(CITAAT, ''), lex);
        return v ? `${v.hulp} … ${v.deelwoord}` : '';
      });
      uit.push({signaal: 'lijdende-vorm', regel: reeks[0]!.regel, zin: reeks[0]!.tekst, woorden, aantal: reeks.length});
    }
    reeks = [];
  };
  for (const z of zs) {
    if (z.blok.soort === 'kop' || z.blok.soort === 'citaat' || z.blok.soort === 'tabel') {
      sluit();
      continue;
    }
    if (isLijdend(z.tekst.replace(CITAAT, ''), lex)) reeks.push(z);
    else sluit();
  }
  sluit();
  return uit;
}

/**
 * A compound of common words ("gezins-huis", "gezins-huis-ouders") reads more
 * easily than an unknown word: a reader knows the parts. Up to three parts,
 * with the linking -s-, -e- or -en- between them.
 */
export function samenstellingVanGewoneWoorden(w: string, lex: Lexicon, delen = 3): boolean {
  const gewoon = (d: string) => d.length >= 3 && lex.gewoon.has(d);
  const eerste = (d: string) =>
    gewoon(d) || (/[se]$/.test(d) && gewoon(d.slice(0, -1))) || (d.endsWith('en') && gewoon(d.slice(0, -2)));
  for (let i = 3; i <= w.length - 3; i++) {
    if (!eerste(w.slice(0, i))) continue;
    const rechts = w.slice(i);
    if (gewoon(rechts) || (delen > 2 && samenstellingVanGewoneWoorden(rechts, lex, delen - 1))) return true;
  }
  return false;
}

/**
 * Forms a reader knows from a common word: an inflection ("perspectieven",
 * "inhoudelijke") or a derivation ("wisselingen" from "wisselen",
 * "zorgvuldigheid" from "zorgvuldig"). A light stemmer, no more.
 */
export function stammenVan(w: string): string[] {
  const uit = new Set<string>([w]);
  const add = (x: string) => x.length >= 3 && uit.add(x);
  for (const [eind, vervang] of [
    ['ingen', 'en'],
    ['ing', 'en'],
    ['heden', ''],
    ['heid', ''],
    ['lijke', ''],
    ['lijk', ''],
    ['ische', 'isch'],
    ['en', ''],
    ['es', ''],
    ['e', ''],
    ['s', ''],
    ["'s", ''],
    ['n', ''],
  ] as const) {
    if (!w.endsWith(eind)) continue;
    const stam = w.slice(0, -eind.length);
    add(stam + vervang);
    add(stam);
    // "perspectieven" → "perspectief", "relaties" → "relatie", "zware" → "zwaar"
    add(stam.replace(/v$/, 'f').replace(/z$/, 's'));
    add(stam.replace(/([aeiou])([^aeiou])$/, '$1$1$2'));
  }
  return [...uit];
}

function isOngewoon(t: Token, lex: Lexicon): boolean {
  // Names, numbers, abbreviations and addresses ("www.pleegzorg.nl") are not words to replace.
  if (t.naam || /[\p{N}.]/u.test(t.woord) || /^\p{Lu}{2,}/u.test(t.woord)) return false;
  const delen = t.klein.split('-').filter(Boolean);
  return delen.some((d) => {
    // Cheapest first: a common or short word needs no syllable count (hyphenation is the slow part;
    // four syllables take at least seven letters).
    if (lex.gewoon.has(d) || d.length < 7 || lettergrepen(d) < LANG) return false;
    return !stammenVan(d).some((s) => lex.gewoon.has(s) || samenstellingVanGewoneWoorden(s, lex));
  });
}

const indexCache = new WeakMap<readonly Begripsvorm[], Map<string, string>>();
function begripIndex(begrippen: readonly Begripsvorm[]): Map<string, string> {
  let m = indexCache.get(begrippen);
  if (!m) {
    m = new Map<string, string>();
    for (const b of begrippen) for (const v of b.vormen) m.set(normalise(v), b.id);
    indexCache.set(begrippen, m);
  }
  return m;
}

/** Uncommon long words and unmarked, unexplained glossary terms; each word once per page, at its first use. */
function woordsignalen(zs: readonly Zin[], o: SignaalOpties): Bevinding[] {
  const uit: Bevinding[] = [];
  const gezien = new Set<string>();
  const index = begripIndex(o.begrippen);
  const langsteVorm = Math.max(1, ...[...index.keys()].map((k) => k.split(' ').length));
  const begripUitgelegd = (id: string) => o.gemarkeerd.has(id) || o.eigenBegrip === id;
  zs.forEach((z, zi) => {
    // Quotations are the source's words; a literature reference is names and titles.
    if (z.blok.soort === 'citaat' || VERWIJZING.test(z.blok.tekst)) return;
    const zonderCitaten = new Set(tokens(z.tekst.replace(CITAAT, ' ')).map((t) => t.klein));
    const volgende = zs[zi + 1];
    // Glossary terms, left to right, the longest form at each place ("gedwongen kader" before "kader").
    const bezet = new Set<number>();
    for (let i = 0; i < z.ts.length; i++) {
      const vormen: string[] = [];
      for (let n = 1; n <= langsteVorm && i + n <= z.ts.length; n++)
        vormen.push(n === 1 ? z.ts[i]!.klein : `${vormen[n - 2]!} ${z.ts[i + n - 1]!.klein}`);
      let n = vormen.length;
      while (n > 0 && !index.has(vormen[n - 1]!)) n--;
      if (n === 0) continue;
      const vorm = vormen[n - 1]!;
      const id = index.get(vorm)!;
      for (let k = 0; k < n; k++) bezet.add(i + k);
      const eerste = z.ts[i]!;
      i += n - 1;
      if (begripUitgelegd(id) || gezien.has(`begrip:${id}`) || eerste.naam) continue;
      const woord = z.ts
        .slice(i - n + 1, i + 1)
        .map((t) => t.woord)
        .join(' ');
      // In a heading the section below explains it; in a link the page it leads to does.
      if (z.blok.soort === 'kop' || z.blok.links.some((l) => l.toLowerCase().includes(vorm))) continue;
      gezien.add(`begrip:${id}`);
      // A single-word term the reader hears every day ("voogd", "loyaliteit") or builds from such words ("gezinshuis") needs no marker.
      if (n === 1 && (o.lexicon.gewoon.has(vorm) || samenstellingVanGewoneWoorden(vorm, o.lexicon))) continue;
      if (legtUit(z, woord) || legtUit(volgende, woord)) continue;
      uit.push({signaal: 'vaktaal', regel: z.regel, zin: z.tekst, woorden: [woord]});
    }
    z.ts.forEach((t, i) => {
      if (bezet.has(i) || !zonderCitaten.has(t.klein) || gezien.has(t.klein)) return;
      if (!isOngewoon(t, o.lexicon)) return;
      gezien.add(t.klein);
      if (legtUit(z, t.woord) || legtUit(volgende, t.woord)) return;
      uit.push({signaal: 'ongewoon-woord', regel: z.regel, zin: z.tekst, woorden: [t.woord]});
    });
  });
  return uit;
}

export function signalen(blokken: readonly Prozablok[], o: SignaalOpties): Bevinding[] {
  const zs = zinnenVan(blokken);
  return [...zonderWerkwoord(zs, o.lexicon), ...lijdendeReeksen(zs, o.lexicon), ...woordsignalen(zs, o)].sort(
    (a, b) => a.regel - b.regel,
  );
}
