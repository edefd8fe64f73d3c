/**
 * The query planner: from what a reader typed to, per query word, the index
 * terms to look up, each in a match tier that says how much it counts:
 *
 *   exact (the word as typed) > stem (another form of it) > more (a
 *   completion of the word being typed) > fix (a one-typo correction)
 *
 * beside which come the words the site uses for it (`also`: glossary
 * synonyms, the everyday words of src/data/zoekwoorden.yml) and, for a
 * compound, its parts: the parts the build split it into when the site uses
 * it (so query and index agree), else the parts found head first among the
 * site's words ("loyaliteitsconflict" → loyaliteit). Other compounds with the
 * same first part ("rolverdeling" → rolverheldering) only add pages after
 * all others. A prefix is only tried for the word being typed, and only when
 * that word is not a word of the site: a rare word typed in full is never
 * crowded out by words that merely begin like it.
 *
 * Which shards a plan needs depends on what the loaded shards say (is the
 * word known? which words complete it?), so planning runs in rounds until it
 * asks for nothing new: every answer is taken only from shards that are
 * fully loaded, and the plan never depends on what earlier queries loaded.
 */
import {MIN_COMPOUND_LENGTH, MIN_PART_LENGTH, splitCandidates, splitQueryWord} from './compounds';
import {encodeQueryWords, stem, type QueryWord} from './encoder';
import {words} from './normalize';
import {isNarrow, MAX_COMPLETIONS, neighbourhood} from './routing';
import type {Need, ShardStore} from './shardStore';
import {DUTCH_STOPWORDS} from './stopwords';
import {corrections, MIN_TYPO_LENGTH} from './typo';

/** How much a match in each tier counts against an exact one. */
export const WEIGHT = {
  exact: 1,
  stem: 0.9,
  more: 0.7,
  fix: 0.6,
  /** Relative to the alternative it came from. */
  also: 0.7,
  part: 0.6,
  related: 0.5,
  sibling: 0.5,
} as const;
const MAX_SIBLINGS = 4;
/** Planning stops after this many rounds of fetches (each round asks only for what the last one revealed). */
export const MAX_ROUNDS = 6;

/**
 * exact: the word as typed (or its ij spelling); stem: its stem, which also matches its other forms;
 * more: a completion of the word being typed; fix: a one-typo correction; also: a word or phrase the
 * site uses for it; part: the parts of a compound, together; related: another compound with the same
 * first part, which only adds pages after all others.
 */
export type Kind = keyof typeof WEIGHT;

export interface Alternative {
  /** One term, or several that count together (a phrase, a compound's parts). */
  terms: string[];
  weight: number;
  kind: Kind;
  /** A term whose idf this alternative's terms may not exceed: a synonym counts no more than the word. */
  cap?: string;
}

/** Per query word, its alternatives (in the order they were found). */
export type Plan = Alternative[][];

/** The most frequent `n` words that `keep` lets through; ties alphabetically. */
export function topByCount(words: Map<string, number>, n: number, keep: (w: string) => boolean): string[] {
  return Array.from(words.entries())
    .filter(([w]) => keep(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([w]) => w);
}

/** Answers questions about the index from loaded shards, noting what else must be loaded. */
interface Lookup {
  store: ShardStore;
  ask(need: Need): boolean;
  /** Whether the site uses `term` (undefined until its shard is in). */
  known(term: string): boolean | undefined;
  /** The form the index knows a compound part by, if any (undefined also while unknown). */
  head(s: string): string | undefined;
  tail(s: string): string | undefined;
  asked(): number;
}

type AddFn = (terms: string | string[], weight: number, kind: Kind, cap?: string) => void;

/**
 * The most frequent words starting with `prefix`: from all its shards when
 * they are few, else from the lists the build filed for it (every edition's,
 * ranked by the counts of their own shards). Undefined until those are loaded.
 */
function completions({store, ask}: Lookup, prefix: string): string[] | undefined {
  const notPrefix = (w: string) => w !== prefix;
  if (isNarrow(prefix, store.bounds)) {
    return ask({prefix}) ? topByCount(store.wordsWithPrefix(prefix), MAX_COMPLETIONS, notPrefix) : undefined;
  }
  const candidates = new Map<string, number>();
  let complete = true;
  for (const filed of store.filedCompletions(prefix)) {
    for (const w of filed) {
      if (ask({exact: w})) candidates.set(w, store.count(w));
      else complete = false;
    }
  }
  return complete ? topByCount(candidates, MAX_COMPLETIONS, notPrefix) : undefined;
}

/**
 * Spellings of one sound: "y" for "ij", and "k" where Dutch loanwords write "c"
 * (kontakt → contact). A variant is tried as the word itself, not as a typo.
 */
function spellings(term: string): string[] {
  const out: string[] = [];
  if (term.includes('y')) out.push(stem(term.replace(/y/g, 'ij')));
  if (term.includes('k')) out.push(stem(term.replace(/k/g, 'c')));
  return out.filter((v) => v !== term);
}

/** A word the site does not know as typed: another spelling, completions while typed, or typo corrections. */
function unknownWord(look: Lookup, term: string, typed: boolean, add: AddFn): void {
  const variant = spellings(term).find((v) => look.known(v));
  if (variant !== undefined) {
    add(variant, WEIGHT.exact, 'exact');
    return;
  }
  // Complete the word being typed; only a word nothing completes may be a typo.
  const more = typed ? completions(look, term) : [];
  for (const c of more ?? []) add(c, WEIGHT.more, 'more');
  if (more !== undefined && more.length === 0 && term.length >= MIN_TYPO_LENGTH) {
    const near = neighbourhood(term, look.store.bounds);
    // Corrections among the site's words and the everyday words readers use for them.
    if (look.ask({prefix: near}))
      for (const fixed of corrections(term, look.store.wordsWithPrefix(near, true))) add(fixed, WEIGHT.fix, 'fix');
  }
}

/** The parts of a compound that no other part contains: gezinshuis and ouder, not also gezin and huis. */
function outerParts(parts: readonly string[]): string[] {
  return parts.filter((p) => !parts.some((q) => q !== p && q.length > p.length && q.includes(p)));
}

/** A compound's parts, and its siblings with the same first part. */
function compoundAlternatives(look: Lookup, q: QueryWord, known: boolean, add: AddFn): void {
  const {word, term} = q;
  // A compound the site uses: split as the build split it.
  const indexed = outerParts(Array.from(new Set(look.store.partsOf(word).concat(look.store.partsOf(term)))));
  // Tails are looked up only after a head the site knows; split once every lookup is in.
  const before = look.asked();
  for (const c of splitCandidates(word)) if (look.head(c.head) !== undefined) look.tail(c.tail);
  const split = look.asked() === before ? splitQueryWord(word, look.head, look.tail) : undefined;
  if (indexed.length > 1) add(indexed, WEIGHT.part, 'part');
  else if (!known && split) add(split.tail ? [split.head, split.tail] : [split.head], WEIGHT.part, 'part');
  if (!split) return;
  // Other compounds with the same first part ("rol" → rolverheldering, rolverschillen), after
  // every page the query itself finds; not for a first part that begins too many words.
  const {store} = look;
  if (isNarrow(split.head, store.bounds) && look.ask({prefix: split.head})) {
    const siblings = topByCount(store.wordsWithPrefix(split.head), MAX_SIBLINGS, (w) => {
      if (w === term || w === word || w.length < split.head.length + MIN_PART_LENGTH) return false;
      const s = stem(w);
      // One form per word: skip a surface form whose stem is listed too, and forms of the query word.
      return s !== term && (s === w || !look.known(s));
    });
    // A compound the site never uses is about what its siblings are about: they count among its parts.
    for (const s of siblings) add(s, WEIGHT.related, known ? 'related' : 'sibling');
  }
}

/** The alternatives of one query word; empty while its own shard is not in. */
function planWord(look: Lookup, q: QueryWord, typed: boolean): Alternative[] {
  const {word, term} = q;
  const alternatives: Alternative[] = [];
  const add: AddFn = (terms, weight, kind, cap) => {
    const list = typeof terms === 'string' ? [terms] : terms;
    const key = list.join(' ');
    if (!alternatives.some((a) => a.terms.join(' ') === key))
      alternatives.push(cap === undefined ? {terms: list, weight, kind} : {terms: list, weight, kind, cap});
  };
  const compound = word.length >= MIN_COMPOUND_LENGTH;
  // Asked with the word, as they are likely needed next: its written form, the range that
  // completes the word being typed, and a compound's heads (its own first letters).
  const haveTerm = look.ask({exact: term});
  const haveWord = look.ask({exact: word});
  if (typed && isNarrow(term, look.store.bounds)) look.ask({prefix: term});
  if (compound) for (const h of new Set(splitCandidates(word).map((c) => c.head))) look.head(h);
  if (!haveTerm || !haveWord) return alternatives;

  const known = look.known(term) === true || look.known(word) === true;
  if (word !== term && look.known(word)) add(word, WEIGHT.exact, 'exact');
  if (look.known(term)) add(term, word === term ? WEIGHT.exact : WEIGHT.stem, word === term ? 'exact' : 'stem');
  // A word only readers use (the everyday-words list) is no typo: it finds what its entry says.
  if (!known && look.store.alsoOf(term).length === 0) unknownWord(look, term, typed, add);
  // What the site says instead (`also`): for the word itself, whether the site uses it or not, and for
  // its corrections; not for completions of a word still being typed.
  const sources: Array<[string, number]> = [[term, 1]];
  for (const a of alternatives) if (a.kind === 'fix') sources.push([a.terms[0] as string, a.weight]);
  for (const [source, weight] of sources) {
    for (const target of look.store.alsoOf(source)) {
      const terms = target.split(' ');
      // A word the site uses caps its synonyms' idf: "ouder" must not count as much as the rare "papa".
      if (terms.every((t) => look.ask({exact: t})))
        add(terms, weight * WEIGHT.also, 'also', look.known(source) ? source : undefined);
    }
  }
  if (compound) compoundAlternatives(look, q, known, add);
  return alternatives;
}

/** Words typed apart that may be one compound of the site: two or three neighbours, together 8 letters or more. */
export interface Join {
  /** The query's words it covers (indexes in words(query)). */
  from: number;
  to: number;
  /** The ways to write them as one word, most literal first. */
  spellings: string[];
}

/**
 * Neighbouring words that may be one compound: glued as typed ("inspring theater"), and for two words
 * also with the first as its stem, bare or with the linking -s- ("rollen verhelderen" → rolverhelderen,
 * "gesprek kaarten" → gesprekskaarten), as Dutch writes the first part of a compound.
 */
export function joinCandidates(all: readonly string[]): Join[] {
  const out: Join[] = [];
  // The word being typed joins too: only a join the site knows counts, and a half word rarely makes one.
  const last = all.length - 1;
  for (let from = 0; from < last; from++) {
    for (let to = from + 1; to <= Math.min(last, from + 2); to++) {
      const pieces = all.slice(from, to + 1);
      // A stopword may begin a compound ("uit huis plaatsing"), not end it.
      if (DUTCH_STOPWORDS.has(pieces[pieces.length - 1] as string) || pieces.some((p) => p.length < 2)) continue;
      const spellings = [pieces.join('')];
      if (pieces.length === 2) {
        const head = stem(pieces[0] as string);
        spellings.push(`${head}${pieces[1]}`, `${head}s${pieces[1]}`);
      }
      const long = Array.from(new Set(spellings)).filter((w) => w.length >= MIN_COMPOUND_LENGTH);
      if (long.length > 0) out.push({from, to, spellings: long});
    }
  }
  return out;
}

/**
 * The alternatives of every query word, from what is loaded, and what else
 * would have to be loaded to be sure of them. Neighbouring words the site
 * writes as one compound ("inspring theater") become one query word: the
 * compound, or the words as typed, together.
 */
export function plan(store: ShardStore, query: string): {groups: Plan; needs: Need[]} {
  const needs: Need[] = [];
  const ask = (need: Need): boolean => {
    if (store.isLoaded(need)) return true;
    needs.push(need);
    return false;
  };
  const known = (s: string) => (ask({exact: s}) ? store.known(s) : undefined);
  // The form the index knows a compound part by: a head as typed or its stem
  // ("gesprekk|en|reeks" → gesprek); a tail by its stem, which the index lists beside every form.
  const head = (s: string): string | undefined => {
    if (known(s)) return s;
    const st = stem(s);
    return known(st) ? st : undefined;
  };
  const tail = (s: string): string | undefined => {
    const st = stem(s);
    return known(st) ? st : undefined;
  };
  const look: Lookup = {store, ask, known, head, tail, asked: () => needs.length};
  const {typing, text} = searchableText(query);
  const all = words(text);
  const queryWords = encodeQueryWords(text);
  const only = queryWords.length === 1 ? (queryWords[0] as QueryWord).word : undefined;
  // One word of one or two letters, still being typed: nothing to search yet.
  if (typing && only !== undefined && only.length < MIN_TYPED_LETTERS && !/^\d+$/.test(only))
    return {groups: [], needs};

  // Known joins, longest first, none overlapping another.
  // Known joins, longest first, none overlapping another; each as its first spelling the site knows.
  const joins = joinCandidates(all)
    .map((j) => ({...j, word: j.spellings.find((w) => known(w) || known(stem(w)))}))
    .filter((j): j is Join & {word: string} => j.word !== undefined)
    .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken: Array<Join & {word: string}> = [];
  for (const j of joins) if (!taken.some((t) => j.from <= t.to && t.from <= j.to)) taken.push(j);

  const groups: Plan = [];
  queryWords.forEach((q, i) => {
    const join = taken.find((j) => q.at >= j.from && q.at <= j.to);
    if (!join) {
      groups.push(planWord(look, q, typing && i === queryWords.length - 1 && q.term.length >= MIN_TYPED_LETTERS));
    } else if (q.at === queryWords.find((w) => w.at >= join.from)?.at) {
      const inside = queryWords.filter((w) => w.at >= join.from && w.at <= join.to).map((w) => w.term);
      const alternatives = planWord(look, {word: join.word, term: stem(join.word), at: q.at}, false);
      if (inside.every((t) => known(t))) alternatives.push({terms: inside, weight: WEIGHT.part, kind: 'part'});
      groups.push(alternatives);
    }
  });
  return {groups, needs};
}

/**
 * A word being typed is completed from this many letters on; with fewer it is looked up as it stands,
 * and alone it is not searched yet: one or two letters say too little.
 */
export const MIN_TYPED_LETTERS = 3;

/**
 * What of `query` is searched: all of it, but a last letter typed after a space (the start of
 * the next word) not yet. Numbers count from their first digit ("box 1").
 */
export function searchableText(query: string): {typing: boolean; text: string} {
  const typing = !/\s$/.test(query);
  const match = /\s([a-z\u00C0-\u024F])$/i.exec(query);
  // The words before it are finished: a space follows them.
  return typing && match ? {typing: false, text: query.slice(0, match.index + 1)} : {typing, text: query};
}

/** Plans `query`, loading what each round asks for, until the plan needs nothing new. */
export function planQuery(store: ShardStore, query: string): Promise<Plan> {
  // Promise chains, not async functions: the site's Babel build would turn those into a state-machine runtime.
  const round = (n: number): Promise<Plan> => {
    const {groups, needs} = plan(store, query);
    if (needs.length === 0 || n === MAX_ROUNDS) return Promise.resolve(groups);
    return store.load(needs).then(() => round(n + 1));
  };
  return round(0);
}
