/**
 * The query planner: from what a reader typed to, per query word, the index
 * terms to look up and how much each counts. It normalises and stems the
 * words, completes the word being typed, corrects a typo only where nothing
 * completes the word, adds synonyms, and splits compounds ("loyaliteitsconflict"
 * → loyaliteit; "rolverdeling" → its siblings rolverheldering, rolverschillen).
 *
 * Which shards a plan needs depends on what the loaded shards say (is the
 * word known? which words complete it?), so planning runs in rounds until it
 * asks for nothing new: every answer is taken only from shards that are
 * fully loaded, and the plan never depends on what earlier queries loaded.
 */
import {MIN_COMPOUND_LENGTH, MIN_PART_LENGTH, splitCandidates, splitQueryWord} from './compounds';
import {encodeQueryWords, stem, type QueryWord} from './encoder';
import {isNarrow, MAX_COMPLETIONS, neighbourhood} from './routing';
import type {Need, ShardStore} from './shardStore';
import {corrections, MIN_TYPO_LENGTH} from './typo';

const MAX_SIBLINGS = 4;
export const WEIGHT = {exact: 1, fix: 0.8, more: 0.7, synonym: 0.6, part: 0.5, related: 0.5} as const;
/** Planning stops after this many rounds of fetches (each round asks only for what the last one revealed). */
export const MAX_ROUNDS = 6;

/**
 * exact: the word (or its ij spelling); fix: a one-typo correction; more: a completion of the word
 * being typed; synonym: of any of those; part: a part of a compound the site does not use;
 * related: another compound with the same first part, which only adds pages after all others.
 */
export type Kind = keyof typeof WEIGHT;

export interface Alternative {
  term: string;
  weight: number;
  kind: Kind;
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
  ask(need: Need): boolean;
  known(term: string): boolean;
}

/**
 * The most frequent words starting with `prefix`: from all its shards when
 * they are few, else from the lists the build filed for it (every edition's,
 * ranked by the counts of their own shards). Undefined until those are loaded.
 */
function completions(store: ShardStore, prefix: string, {ask}: Lookup): string[] | undefined {
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

/** A word the site does not know: its completions while typed, its ij spelling, or its typo corrections. */
function unknownWord(store: ShardStore, term: string, typed: boolean, look: Lookup, add: AddFn): void {
  const {ask, known} = look;
  // Complete the word being typed; only a word nothing completes may be a typo.
  const more = typed ? completions(store, term, look) : [];
  for (const c of more ?? []) add(c, WEIGHT.more, 'more');
  // "ij" typed as "y" is a spelling variant, not a typo.
  const ij = term.includes('y') ? stem(term.replace(/y/g, 'ij')) : term;
  if (ask({exact: ij}) && known(ij)) add(ij, WEIGHT.exact, 'exact');
  else if (more !== undefined && more.length === 0 && ij.length >= MIN_TYPO_LENGTH) {
    const near = neighbourhood(ij, store.bounds);
    if (ask({prefix: near}))
      for (const fixed of corrections(ij, store.wordsWithPrefix(near))) add(fixed, WEIGHT.fix, 'fix');
  }
}

type AddFn = (term: string, weight: number, kind: Kind) => void;

/** A compound's parts (when the site does not use it) and its siblings with the same first part. */
function compoundAlternatives(
  store: ShardStore,
  q: QueryWord,
  unknown: boolean,
  look: Lookup & {head(s: string): string | undefined; tail(s: string): string | undefined; asked(): number},
  add: AddFn,
): void {
  const {word, term} = q;
  // Tails are looked up only after a head the site knows; split once every lookup is in.
  const before = look.asked();
  for (const c of splitCandidates(word)) if (look.head(c.head) !== undefined) look.tail(c.tail);
  const split = look.asked() === before ? splitQueryWord(word, look.head, look.tail) : undefined;
  if (!split) return;
  // A compound the site does not use is found by its parts.
  if (unknown) {
    add(split.head, WEIGHT.part, 'part');
    if (split.tail) add(split.tail, WEIGHT.part, 'part');
  }
  // Other compounds with the same first part ("rol" → rolverheldering, rolverschillen), after
  // every page the query itself finds; not for a first part that begins too many words.
  if (isNarrow(split.head, store.bounds) && look.ask({prefix: split.head})) {
    const siblings = topByCount(store.wordsWithPrefix(split.head), MAX_SIBLINGS, (w) => {
      if (w === term || w === word || w.length < split.head.length + MIN_PART_LENGTH) return false;
      const s = stem(w);
      // One form per word: skip a surface form whose stem is listed too, and forms of the query word.
      return s !== term && (s === w || !look.known(s));
    });
    for (const s of siblings) add(s, WEIGHT.related, 'related');
  }
}

/**
 * The alternatives of every query word, from what is loaded, and what else
 * would have to be loaded to be sure of them.
 */
export function plan(
  store: ShardStore,
  queryWords: readonly QueryWord[],
  typing: boolean,
): {groups: Plan; needs: Need[]} {
  const needs: Need[] = [];
  const ask = (need: Need): boolean => {
    if (store.isLoaded(need)) return true;
    needs.push(need);
    return false;
  };
  const known = (s: string) => store.known(s);
  // The form the index knows a compound part by: a head as typed or its stem
  // ("gesprekk|en|reeks" → gesprek); a tail by its stem, which the index lists beside every form.
  const head = (s: string): string | undefined => {
    if (ask({exact: s}) && known(s)) return s;
    const st = stem(s);
    return ask({exact: st}) && known(st) ? st : undefined;
  };
  const tail = (s: string): string | undefined => {
    const st = stem(s);
    return ask({exact: st}) && known(st) ? st : undefined;
  };
  const look = {ask, known, head, tail, asked: () => needs.length};

  const groups = queryWords.map((q, i) => {
    const {word, term} = q;
    const alternatives: Alternative[] = [];
    const add: AddFn = (t, weight, kind) => {
      if (!alternatives.some((a) => a.term === t)) alternatives.push({term: t, weight, kind});
    };
    const compound = word.length >= MIN_COMPOUND_LENGTH;
    const typed = typing && i === queryWords.length - 1 && term.length >= 2;
    const haveTerm = ask({exact: term});
    // Asked with the word, as they are likely needed next: its synonyms, the range that
    // completes the word being typed, and a compound's heads (its own first letters).
    for (const syn of store.synonymsOf(term)) ask({exact: syn});
    if (typed && isNarrow(term, store.bounds)) ask({prefix: term});
    if (compound) for (const h of new Set(splitCandidates(word).map((c) => c.head))) head(h);
    if (!haveTerm) return alternatives;

    if (known(term)) add(term, WEIGHT.exact, 'exact');
    else unknownWord(store, term, typed, look, add);
    // Nothing in the vocabulary: the word may still begin a title or heading word.
    const unknown = alternatives.length === 0;
    if (unknown) add(term, WEIGHT.exact, 'exact');
    for (const a of alternatives.slice()) {
      for (const syn of store.synonymsOf(a.term)) {
        if (ask({exact: syn})) add(syn, a.weight * WEIGHT.synonym, 'synonym');
      }
    }
    if (compound) compoundAlternatives(store, q, unknown, look, add);
    return alternatives;
  });
  return {groups, needs};
}

/** Plans `query`, loading what each round asks for, until the plan needs nothing new. */
export function planQuery(store: ShardStore, query: string): Promise<Plan> {
  const queryWords = encodeQueryWords(query);
  const typing = !/\s$/.test(query);
  // Promise chains, not async functions: the site's Babel build would turn those into a state-machine runtime.
  const round = (n: number): Promise<Plan> => {
    const {groups, needs} = plan(store, queryWords, typing);
    if (needs.length === 0 || n === MAX_ROUNDS) return Promise.resolve(groups);
    return store.load(needs).then(() => round(n + 1));
  };
  return round(0);
}
