/**
 * Dutch text → sentences → words. Pure and dependency-free, so the front-matter
 * schema can count the sentences of `kort_gezegd` with the same rules as the
 * readability check.
 */

/**
 * Abbreviations that end in a full stop without ending the sentence (lower case,
 * without their final dot). Forms with inner dots ("d.w.z.", "o.a.") need no entry:
 * letters separated by dots are always an abbreviation.
 */
export const AFKORTINGEN: ReadonlySet<string> = new Set([
  'bijv',
  'bv',
  'enz',
  'etc',
  'ca',
  'evt',
  'incl',
  'excl',
  'resp',
  'vgl',
  'zgn',
  'nl',
  'dr',
  'drs',
  'ir',
  'mr',
  'prof',
  'dhr',
  'mevr',
  'mw',
  'blz',
  'nr',
  'p',
  'pp',
  'jl',
  'al', // "et al."
  'red',
  'min',
  'max',
  'ong',
  'st',
]);

/** Abbreviations that often close a list and so may end a sentence: they do when a capital follows ("… enz. Daarna"). */
export const AFKORTINGEN_AAN_ZINSEINDE: ReadonlySet<string> = new Set(['enz', 'etc', 'e.a', 'e.d', 'e.v', 'jl']);

/** A word: letters or digits, joined by an inner apostrophe, hyphen, slash or dot ("z'n", "gezins-huis", "50/50", "o.a"). */
const WOORD = /[\p{L}\p{N}]+(?:['’\-/.][\p{L}\p{N}]+)*/gu;

export function woorden(tekst: string): string[] {
  return tekst.match(WOORD) ?? [];
}

/** A candidate sentence end: terminators, closing quotes or brackets, then white space or the end. */
const EINDE = /([.!?…]+)(["'”’»)\]]*)(?=\s|$)/gu;
const OPENING = /^[\s"'„“‘«([—–-]*/u;

function afkortingVoor(tekst: string): string {
  return (/(\S+)$/.exec(tekst)?.[1] ?? '').replace(/^[("'„“‘«[]+/u, '');
}

function isAfkorting(token: string): boolean {
  if (token === '') return false;
  if (/^\p{L}$/u.test(token)) return true; // an initial: "J. Smit"
  if (/^\p{L}+(?:\.\p{L}+)+$/u.test(token)) return true; // "o.a", "d.w.z", "t.a.v"
  return AFKORTINGEN.has(token.toLowerCase());
}

/**
 * Splits running text into sentences. A full stop, question mark, exclamation
 * mark or ellipsis ends a sentence, unless it closes an abbreviation or the
 * next word starts with a lower-case letter or a bracket follows (a quotation
 * with its attribution, "„Zo is het.” (Ouder, 2017)", stays one sentence).
 */
export function zinnen(tekst: string): string[] {
  const t = tekst.replace(/\s+/g, ' ').trim();
  const uit: string[] = [];
  let begin = 0;
  for (const m of t.matchAll(EINDE)) {
    const eind = m.index + m[0].length;
    const rest = t.slice(eind);
    if (rest.trim() !== '') {
      const volgende = rest.replace(OPENING, '');
      if (/^\p{Ll}/u.test(volgende)) continue;
      // A bracket right after the end is the sentence's own reference or aside: „…” (Ouder, 2019), Mijn Zorg? (2017–2020).
      if (rest.trimStart().startsWith('(')) continue;
      const token = m[1] === '.' ? afkortingVoor(t.slice(begin, m.index)) : '';
      if (isAfkorting(token) && !(AFKORTINGEN_AAN_ZINSEINDE.has(token.toLowerCase()) && /^\p{Lu}/u.test(volgende)))
        continue;
    }
    uit.push(t.slice(begin, eind).trim());
    begin = eind;
  }
  if (t.slice(begin).trim() !== '') uit.push(t.slice(begin).trim());
  return uit.filter((z) => woorden(z).length > 0);
}
