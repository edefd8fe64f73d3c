/**
 * Does a Dutch sentence have a finite verb (persoonsvorm), and is it passive?
 * No POS tagger on the npm registry knows Dutch (wink-nlp and compromise have
 * English models only), so this is a documented heuristic on the OpenTaal
 * lexicon (lexicon.ts). It is built to be sure when it says "no verb": when in
 * doubt a word counts as a verb, so a whole sentence is never called a fragment
 * because the lexicon missed its verb. Each rule below has a test.
 */
import type {Lexicon} from './lexicon';

/** Finite forms of the verbs the dictionary lists without flags: zijn, hebben, worden, the modal verbs and some strong pasts. */
export const VASTE_PERSOONSVORMEN: ReadonlySet<string> = new Set(
  (
    'ben bent is zijn was waren heb hebt heeft hebben had hadden word wordt worden werd werden ' +
    'kan kun kunt kunnen kon konden moet moeten moest moesten mag mogen mocht mochten ' +
    'wil wilt willen wilde wilden wou zal zult zullen zou zoudt zouden ' +
    'ga gaat gaan ging gingen kom komt komen kwam kwamen doe doet doen deed deden sta staat staan stond stonden ' +
    'zie ziet zien zag zagen zeg zegt zeggen zei zeiden weet weten wist wisten blijf blijft blijven bleef bleven ' +
    'krijg krijgt krijgen kreeg kregen geef geeft geven gaf gaven vind vindt vinden vond vonden ' +
    'lig ligt liggen lag lagen zit zitten zat zaten laat laten liet lieten houd houdt hou houden hield hielden ' +
    'neem neemt nemen nam namen schrijf schrijft schrijven schreef schreven spreek spreekt spreken sprak spraken ' +
    'denk denkt denken dacht dachten breng brengt brengen bracht brachten zoek zoekt zoeken zocht zochten ' +
    'begin begint beginnen begon begonnen help helpt helpen hielp hielpen heet heten heette heetten ' +
    'lijkt lijken leek leken blijkt blijken bleek bleken betekent betekenen betekende betekenden ' +
    'schreef schreven begon ontstond ontstonden liep liepen koos kozen droeg droegen wees wezen hing hingen ' +
    'kocht kochten trok trokken bood boden bewees verliep verliepen las lazen vergat verloor verscheen verschenen ' +
    'viel vielen riep riepen sliep hielp hielpen werd vroeg vroegen keek keken sprak spraken'
  ).split(' '),
);

/** Words after which a verb-like word is a noun: "het onderzoek", "een zorg", "uit werk". */
const LIDWOORD_OF_VOORZETSEL: ReadonlySet<string> = new Set(
  (
    'de het een dit deze mijn jouw zijn haar hun ons onze uw elk elke ieder iedere geen welk welke ' +
    'van in op aan met voor uit bij naar over door om tot zonder na tegen tussen onder boven achter sinds via per'
  ).split(' '),
);
/**
 * Before the forms of zijn, hebben, gaan … only an article, a possessive or a
 * preposition makes a noun ("de doen", "een zijn" do not occur; "het doen" does).
 * "Het is", "dit zijn", "elk heeft", "het gaat" are verbs.
 */
const VOOR_ZELFSTANDIG: ReadonlySet<string> = new Set(
  (
    'de een mijn jouw zijn haar hun ons onze uw geen welk welke ' +
    'van in op aan met voor uit bij naar over door om tot zonder na tegen tussen onder boven achter sinds via per te'
  ).split(' '),
);

/** Function words that are never the finite verb, though some are also a verb stem ("uit", "door", "over"). */
const NOOIT_PERSOONSVORM: ReadonlySet<string> = new Set(
  (
    'uit in op aan door over voor na om toe mee af bij tegen tot zonder met van naar dan als of en maar want dus ' +
    'ook nog al wel niet heel zeer erg weer meer toch zo daar hier er waar hoe wat wie welk elk ieder samen even ' +
    'eerst later vaak soms altijd nooit steeds alleen zelf'
  ).split(' '),
);
/** Prefixes of verbs, separable or not: "bekeken" is "be" + "keken", "afsprak" is "af" + "sprak". */
const VOORVOEGSEL = /^(be|ver|ont|her|er|ge|aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|terug|samen|weg)(.{2,})$/;

/** Pronouns that make a bare stem finite: "ik werk", "werk je", "werk jij". */
const IK = new Set(['ik']);
const NA_STAM = new Set(['je', 'jij', 'ik', 'u']);

export interface Token {
  /** As written, without punctuation. */
  woord: string;
  /** Lower case. */
  klein: string;
  /** Starts with a capital and is not the first word: a name or a title ("Jouw Gezin, Mijn Zorg?"). */
  naam: boolean;
}

const WOORD = /[\p{L}\p{N}]+(?:['’\-/.][\p{L}\p{N}]+)*/gu;

export function tokens(zin: string): Token[] {
  return [...zin.matchAll(WOORD)].map((m, i) => ({
    woord: m[0],
    klein: m[0].toLowerCase(),
    naam: i > 0 && /^\p{Lu}/u.test(m[0]),
  }));
}

/** Is the word at `i` a finite verb here? Names and titles never are. */
export function isPersoonsvorm(ts: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = ts[i]!;
  if (t.naam || /\p{N}/u.test(t.woord)) return false;
  const w = t.klein;
  if (NOOIT_PERSOONSVORM.has(w)) return false;
  const vorige = i > 0 ? ts[i - 1]!.klein : undefined;
  const volgende = ts[i + 1]?.klein;
  const naLidwoord = vorige !== undefined && LIDWOORD_OF_VOORZETSEL.has(vorige);
  if (VASTE_PERSOONSVORMEN.has(w)) {
    // "zijn moeder", "te doen", "het doen": a possessive, an infinitive, a noun. "Het is", "het zijn" are verbs.
    if (vorige === 'het') return !w.endsWith('en') || w === 'zijn';
    return !(vorige !== undefined && VOOR_ZELFSTANDIG.has(vorige));
  }
  if (lex.persoonsvormen.has(w)) return !(naLidwoord && lex.nietWerkwoord.has(w));
  if (lex.stammen.has(w)) {
    // A bare stem is finite with "ik", before "je/jij" (inversion), or first in the sentence (a command: "Kijk", "Zie").
    if ((vorige !== undefined && IK.has(vorige)) || (volgende !== undefined && NA_STAM.has(volgende))) return true;
    if (i === 0) return true;
    return !lex.nietWerkwoord.has(w) && !naLidwoord;
  }
  if (lex.infinitieven.has(w)) {
    // The plural present looks like the infinitive: "ouders willen", "noemen we". Not after "te" or an article.
    return !(vorige === 'te' || naLidwoord);
  }
  // A prefixed form of a finite verb the lexicon knows without its prefix: "bekeken", "besprak", "afsprak".
  const m = VOORVOEGSEL.exec(w);
  if (m && !naLidwoord && (VASTE_PERSOONSVORMEN.has(m[2]!) || lex.persoonsvormen.has(m[2]!))) return true;
  return false;
}

export function heeftPersoonsvorm(zin: string, lex: Lexicon): boolean {
  const ts = tokens(zin);
  return ts.some((_, i) => isPersoonsvorm(ts, i, lex));
}

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren']);
/** Participles that take "zijn" in the active voice ("is gekomen"): never a passive. */
const ZIJN_WERKWOORDEN: ReadonlySet<string> = new Set(
  (
    'gekomen gegaan gebleven geworden geweest gebeurd gestorven gevallen begonnen verdwenen opgegroeid verhuisd ' +
    'veranderd ontstaan vertrokken teruggekomen teruggegaan thuisgekomen terechtgekomen geslaagd gelukt mislukt ' +
    'gegroeid gestopt opgehouden overleden geboren verschenen ingestroomd uitgestroomd toegenomen afgenomen gezakt gestegen'
  ).split(' '),
);

/**
 * A past participle: one the lexicon marks ("gemaakt", "gedaan"), one used as
 * an adjective ("beschreven", "betrokken"), or a regular ge-…d/t form the
 * lexicon does not know. Not a noun that happens to start with ge- ("gebied",
 * "gesprekken"): the lexicon knows those without a verb or adjective flag.
 */
export function isVoltooidDeelwoord(w: string, lex: Lexicon): boolean {
  if (lex.deelwoorden.has(w)) return true;
  if (w.length < 5 || /(end|heid)$/.test(w)) return false;
  const vorm =
    /^(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|terug|samen)?(?:ge|be|ver|ont|her|er)\p{L}{2,}(?:d|t|en)$/u;
  if (!vorm.test(w)) return false;
  if (lex.bijvoeglijk.has(w)) return true;
  return !lex.woorden.has(w) && /^\p{L}*ge\p{L}+[dt]$/u.test(w);
}

/** The shape of a participle: prefix, then -d, -t or -en ("besproken", "verteld", "gedaan"); not "-end" or "-heid". */
const DEELWOORDVORM =
  /^(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|terug|samen)?(?:ge|be|ver|ont|her|er)\p{L}{2,}(?<!end|heid)(?:d|t|en)$/u;

/**
 * A passive sentence: a form of "worden" with a participle ("wordt besproken"),
 * or a form of "zijn" with a participle that does not take "zijn" in the active
 * ("is besproken", but not "is gekomen").
 */
export function lijdendeVorm(zin: string, lex: Lexicon): {hulp: string; deelwoord: string} | undefined {
  const ws = tokens(zin).map((t) => t.klein);
  const worden = ws.find((w) => WORDEN.has(w));
  if (worden) {
    // With "worden" a participle the lexicon files as an infinitive or a verb form counts too: "besproken", "betrokken".
    const d = ws.find(
      (w) => isVoltooidDeelwoord(w, lex) || (DEELWOORDVORM.test(w) && lex.woorden.has(w) && !WORDEN.has(w)),
    );
    if (d) return {hulp: worden, deelwoord: d};
  }
  const zijn = ws.find((w) => ZIJN.has(w));
  const d = zijn ? ws.find((w) => isVoltooidDeelwoord(w, lex) && !ZIJN_WERKWOORDEN.has(w)) : undefined;
  return zijn && d ? {hulp: zijn, deelwoord: d} : undefined;
}

export const isLijdend = (zin: string, lex: Lexicon): boolean => lijdendeVorm(zin, lex) !== undefined;
