/**
 * Syllables of a Dutch word, for the Flesch–Douma score. The Dutch TeX
 * hyphenation patterns (package `hyphen`, `hyphen/nl`) know compounds and
 * loan words ("ge-zins-huis-ou-der", "the-a-ter", "ken-nis-ca-fé") far better
 * than counting vowels would; counting vowel groups only fills in where the
 * patterns do not break, at the edges of a word ("idee", "Ede").
 */
import {hyphenateSync} from 'hyphen/nl';

const KLINKER = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/;
/** A vowel with a diaeresis starts a new syllable: "na-ïef", "be-ëin-di-gen". */
const TREMA = /[äëïöü]/;

/** Vowel groups in a piece of a word: "ee", "oei", "eeuw" count once; a diaeresis starts a new group. */
export function klinkergroepen(stuk: string): number {
  let n = 0;
  let inGroep = false;
  for (const c of stuk.toLowerCase()) {
    if (KLINKER.test(c)) {
      if (!inGroep || TREMA.test(c)) n++;
      inGroep = true;
    } else inGroep = false;
  }
  return n;
}

const SCHEIDING = '|';

/**
 * Syllables of one word as `woorden()` returns it. Parts joined by "-", "/" or
 * "." count separately ("state-of-the-art", "o.a."); a number counts one
 * syllable per digit, a rough stand-in for how it is read aloud.
 */
export function lettergrepen(woord: string): number {
  let totaal = 0;
  for (const deel of woord.split(/[-/.]/)) {
    if (deel === '') continue;
    if (/^\p{N}+$/u.test(deel)) {
      totaal += deel.length;
      continue;
    }
    const stukken = hyphenateSync(deel.toLowerCase(), {hyphenChar: SCHEIDING}).split(SCHEIDING);
    for (const stuk of stukken) totaal += Math.max(1, klinkergroepen(stuk));
  }
  return Math.max(1, totaal);
}
