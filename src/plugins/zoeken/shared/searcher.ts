/**
 * Search over one or more editions whose index arrives in pieces (see
 * shared/types.ts). FlexSearch did the matching at build time: per field, its
 * term map says which records hold a term (for titles and headings: a word
 * starting with it) and in which order (score slots). The shards carry that
 * map; looking a query term up in it gives exactly what FlexSearch's
 * Index.search(term) gives on the whole index (postings.ts firstIds; proven in
 * __tests__/shard.test.ts), without shipping FlexSearch's 20 KiB to readers.
 * Scoring happens here, so that:
 * - a title match outweighs a heading match, which outweighs the text;
 * - records that match more of the query's words come first;
 * - a word of five letters or more that the index does not know is replaced by
 *   its one-typo neighbours from the index vocabulary;
 * - a compound the site never uses is searched by its parts
 *   ("loyaliteitsconflict" → loyaliteit), and a compound reaches the site's
 *   other compounds with the same first part, after every page the query
 *   itself finds ("rolverdeling" → rolverheldering).
 * One result per page: its best section.
 *
 * Which shards a query needs depends on what the loaded shards say (is the
 * word known? which words complete it?), so planning runs until it asks for
 * nothing new: every answer is taken only from shards that are fully loaded,
 * and the result never depends on what earlier queries happened to load.
 */
// Spread of Map/Set iterators is avoided (Array.from): the site's Babel build compiles spread loosely.
import {MIN_COMPOUND_LENGTH, MIN_PART_LENGTH, splitCandidates, splitQueryWord} from './compounds';
import {encodeQueryWords, stem, type QueryWord} from './encoder';
import {FIELD_WEIGHTS, FIELDS, PER_TERM_LIMIT, type Field} from './fields';
import {decodePostings, firstIds, mergeSlots} from './postings';
import {isNarrow, MAX_COMPLETIONS, neighbourhood, shardOf, shardsForPrefix} from './routing';
import {corrections, MIN_TYPO_LENGTH} from './typo';
import type {IndexedPage, IndexMeta, RecordFragment, ShardData} from './types';

const MAX_SIBLINGS = 4;
const WEIGHT = {exact: 1, fix: 0.8, more: 0.7, synonym: 0.6, part: 0.5, related: 0.5} as const;
/** Planning stops after this many rounds of fetches (each round asks only for what the last one revealed). */
const MAX_ROUNDS = 6;

/**
 * exact: the word (or its ij spelling); fix: a one-typo correction; more: a completion of the word
 * being typed; synonym: of any of those; part: a part of a compound the site does not use;
 * related: another compound with the same first part, which only adds pages after all others.
 */
type Kind = keyof typeof WEIGHT;

interface Alternative {
  term: string;
  weight: number;
  kind: Kind;
}

/** Where an edition's pieces come from: fetch in the browser, memory or disk in Node. */
export interface EditionSource {
  meta: IndexMeta;
  shard(i: number): Promise<ShardData>;
  record(id: number): Promise<RecordFragment>;
}

export interface SearchRecord {
  page: IndexedPage;
  section: {a: string; h: string; x: string};
  /** Docs version of the edition this record came from. */
  version: string;
  edition: string;
  /** Path below baseUrl including anchor ("handleiding/houding#gastvrij"). */
  path: string;
}

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Only these content types. */
  types?: readonly string[];
  /** Only these docs versions. */
  versions?: readonly string[];
}

/** A search's hits, and the encoded terms (after corrections and expansion) for highlighting. */
export interface SearchResult {
  hits: SearchHit[];
  terms: string[];
}

export interface Searcher {
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Number of records (sections) over all editions. */
  readonly size: number;
}

/** A piece of the index a query needs: the shard of one term, or every shard of a prefix. */
type Need = {exact: string} | {prefix: string};

interface Edition {
  source: EditionSource;
  /** Global id of the edition's first record. */
  offset: number;
  /** Global id of the first record of each page. */
  firstOfPage: number[];
  /** Page index of each local record. */
  pageOfRecord: Int32Array;
  shards: Map<number, Promise<void>>;
  loaded: Set<number>;
  rows: Map<number, ShardData['rows']>;
  completions: Map<number, NonNullable<ShardData['completions']>>;
}

export function createSearcher(sources: readonly EditionSource[]): Searcher {
  const editions: Edition[] = [];
  let total = 0;
  for (const source of sources) {
    const firstOfPage: number[] = [];
    const pageOfRecord = new Int32Array(source.meta.sections.reduce((a, n) => a + n, 0));
    let local = 0;
    source.meta.sections.forEach((n, page) => {
      firstOfPage.push(total + local);
      pageOfRecord.fill(page, local, local + n);
      local += n;
    });
    editions.push({
      source,
      offset: total,
      firstOfPage,
      pageOfRecord,
      shards: new Map(),
      loaded: new Set(),
      rows: new Map(),
      completions: new Map(),
    });
    total += local;
  }

  // Each field's posting lists from the loaded shards; a second edition's list for a term joins the first.
  const postings: Record<Field, Map<string, number[][]>> = {
    title: new Map(),
    heading: new Map(),
    text: new Map(),
    extra: new Map(),
  };
  const counts = new Map<string, number>();

  const synonymsOf = new Map<string, string[]>();
  for (const {source} of editions) {
    for (const group of source.meta.synonyms) {
      for (const member of group) {
        const others = group.filter((m) => m !== member);
        synonymsOf.set(member, Array.from(new Set((synonymsOf.get(member) ?? []).concat(others))));
      }
    }
  }

  function shardsFor(edition: Edition, need: Need): number[] {
    const bounds = edition.source.meta.shards;
    return 'exact' in need ? [shardOf(need.exact, bounds)] : shardsForPrefix(need.prefix, bounds);
  }

  const bounds = editions.map((e) => e.source.meta.shards);
  const isLoaded = (need: Need) => editions.every((e) => shardsFor(e, need).every((i) => e.loaded.has(i)));

  function loadShard(edition: Edition, i: number): Promise<void> {
    let p = edition.shards.get(i);
    if (!p) {
      p = edition.source.shard(i).then((data) => importShard(edition, i, data));
      // A failed fetch may be retried by the next query.
      p.catch(() => edition.shards.delete(i));
      edition.shards.set(i, p);
    }
    return p;
  }

  function importShard(edition: Edition, i: number, data: ShardData): void {
    for (const row of data.rows) {
      const [term, count] = row;
      if (count > 0) counts.set(term, (counts.get(term) ?? 0) + count);
      FIELDS.forEach((field, f) => {
        const text = row[2 + f] as string;
        if (text === '') return;
        const slots = decodePostings(text, edition.offset);
        const before = postings[field].get(term);
        // Editions share one id space in edition order, as if FlexSearch had indexed them one after the other.
        postings[field].set(term, before ? mergeSlots(before, slots) : slots);
      });
    }
    edition.rows.set(i, data.rows);
    if (data.completions) edition.completions.set(i, data.completions);
    edition.loaded.add(i);
  }

  // Promise chains, not async functions: the site's Babel build would turn those into a state-machine runtime.
  function load(needs: readonly Need[]): Promise<unknown> {
    const pending: Promise<void>[] = [];
    for (const e of editions) {
      const wanted = new Set<number>();
      for (const need of needs) for (const i of shardsFor(e, need)) wanted.add(i);
      wanted.forEach((i) => {
        if (!e.loaded.has(i)) pending.push(loadShard(e, i));
      });
    }
    return Promise.all(pending);
  }

  /** Vocabulary words starting with `prefix`, from its (loaded) shards, with their counts over all editions. */
  function wordsWithPrefix(prefix: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const e of editions) {
      for (const i of shardsFor(e, {prefix})) {
        for (const [term, count] of e.rows.get(i) ?? []) {
          if (count > 0 && term.startsWith(prefix)) out.set(term, counts.get(term) ?? count);
        }
      }
    }
    return out;
  }

  /**
   * The most frequent words starting with `prefix`: from all its shards when
   * they are few, else from the lists the build filed for it (every edition's,
   * ranked by the counts of their own shards). Undefined until those are loaded.
   */
  function completions(prefix: string, ask: (need: Need) => boolean): string[] | undefined {
    if (isNarrow(prefix, bounds)) {
      return ask({prefix}) ? topByCount(wordsWithPrefix(prefix), MAX_COMPLETIONS, (w) => w !== prefix) : undefined;
    }
    const candidates = new Map<string, number>();
    let complete = true;
    for (const e of editions) {
      for (const w of e.completions.get(shardOf(prefix, e.source.meta.shards))?.[prefix] ?? []) {
        if (ask({exact: w})) candidates.set(w, counts.get(w) ?? 0);
        else complete = false;
      }
    }
    return complete ? topByCount(candidates, MAX_COMPLETIONS, (w) => w !== prefix) : undefined;
  }

  const topByCount = (words: Map<string, number>, n: number, keep: (w: string) => boolean) =>
    Array.from(words.entries())
      .filter(([w]) => keep(w))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([w]) => w);

  /**
   * The alternatives of every query word, from what is loaded, and what else
   * would have to be loaded to be sure of them.
   */
  function plan(queryWords: readonly QueryWord[], typing: boolean): {groups: Alternative[][]; needs: Need[]} {
    const needs: Need[] = [];
    const ask = (need: Need): boolean => {
      if (isLoaded(need)) return true;
      needs.push(need);
      return false;
    };
    const known = (s: string) => counts.has(s);
    // The form the index knows a compound part by: a head as typed or its stem
    // ("gesprekk|en|reeks" → gesprek); a tail by its stem, which the index lists beside every form.
    const headForm = (s: string): string | undefined => {
      if (ask({exact: s}) && known(s)) return s;
      const st = stem(s);
      return ask({exact: st}) && known(st) ? st : undefined;
    };
    const tailForm = (s: string): string | undefined => {
      const st = stem(s);
      return ask({exact: st}) && known(st) ? st : undefined;
    };

    const groups = queryWords.map(({word, term}, i) => {
      const alternatives: Alternative[] = [];
      const add = (t: string, weight: number, kind: Kind) => {
        if (!alternatives.some((a) => a.term === t)) alternatives.push({term: t, weight, kind});
      };
      const compound = word.length >= MIN_COMPOUND_LENGTH;
      const typed = typing && i === queryWords.length - 1 && term.length >= 2;
      const haveTerm = ask({exact: term});
      // Asked with the word, as they are likely needed next: its synonyms, the range that
      // completes the word being typed, and a compound's heads (its own first letters).
      for (const syn of synonymsOf.get(term) ?? []) ask({exact: syn});
      if (typed && isNarrow(term, bounds)) ask({prefix: term});
      if (compound) for (const head of new Set(splitCandidates(word).map((c) => c.head))) headForm(head);
      if (!haveTerm) return alternatives;

      if (known(term)) add(term, WEIGHT.exact, 'exact');
      else {
        // Complete the word being typed; only a word nothing completes may be a typo.
        const more = typed ? completions(term, ask) : [];
        for (const c of more ?? []) add(c, WEIGHT.more, 'more');
        // "ij" typed as "y" is a spelling variant, not a typo.
        const ij = term.includes('y') ? stem(term.replace(/y/g, 'ij')) : term;
        if (ask({exact: ij}) && known(ij)) add(ij, WEIGHT.exact, 'exact');
        else if (more !== undefined && more.length === 0 && ij.length >= MIN_TYPO_LENGTH) {
          const near = neighbourhood(ij, bounds);
          if (ask({prefix: near}))
            for (const fixed of corrections(ij, wordsWithPrefix(near))) add(fixed, WEIGHT.fix, 'fix');
        }
      }
      // Nothing in the vocabulary: the word may still begin a title or heading word.
      const unknown = alternatives.length === 0;
      if (unknown) add(term, WEIGHT.exact, 'exact');
      for (const a of alternatives.slice()) {
        for (const syn of synonymsOf.get(a.term) ?? []) {
          if (ask({exact: syn})) add(syn, a.weight * WEIGHT.synonym, 'synonym');
        }
      }
      if (compound) {
        // Tails are looked up only after a head the site knows; split once every lookup is in.
        const asked = needs.length;
        for (const c of splitCandidates(word)) if (headForm(c.head) !== undefined) tailForm(c.tail);
        const split = needs.length === asked ? splitQueryWord(word, headForm, tailForm) : undefined;
        // A compound the site does not use is found by its parts.
        if (split && unknown) {
          add(split.head, WEIGHT.part, 'part');
          if (split.tail) add(split.tail, WEIGHT.part, 'part');
        }
        // Other compounds with the same first part ("rol" → rolverheldering, rolverschillen), after
        // every page the query itself finds; not for a first part that begins too many words.
        if (split && isNarrow(split.head, bounds) && ask({prefix: split.head})) {
          const siblings = topByCount(wordsWithPrefix(split.head), MAX_SIBLINGS, (w) => {
            if (w === term || w === word || w.length < split.head.length + MIN_PART_LENGTH) return false;
            const s = stem(w);
            // One form per word: skip a surface form whose stem is listed too, and forms of the query word.
            return s !== term && (s === w || !known(s));
          });
          for (const s of siblings) add(s, WEIGHT.related, 'related');
        }
      }
      return alternatives;
    });
    return {groups, needs};
  }

  function expand(query: string): Promise<Alternative[][]> {
    const queryWords = encodeQueryWords(query);
    const typing = !/\s$/.test(query);
    const round = (n: number): Promise<Alternative[][]> => {
      const {groups, needs} = plan(queryWords, typing);
      if (needs.length === 0 || n === MAX_ROUNDS) return Promise.resolve(groups);
      return load(needs).then(() => round(n + 1));
    };
    return round(0);
  }

  function recordsOfTitle(id: number): number[] {
    const e = editionOf(id);
    const page = e.pageOfRecord[id - e.offset] as number;
    const n = e.source.meta.sections[page] ?? 1;
    return Array.from({length: n}, (_, k) => id + k);
  }

  function editionOf(id: number): Edition {
    for (let k = editions.length - 1; k >= 0; k--)
      if (id >= (editions[k] as Edition).offset) return editions[k] as Edition;
    return editions[0] as Edition;
  }

  function firstRecordOfPage(id: number): number {
    const e = editionOf(id);
    return e.firstOfPage[e.pageOfRecord[id - e.offset] as number] as number;
  }

  function scoreTerm(term: string, weight: number): Map<number, number> {
    let df = 0;
    const perField: Array<[Field, number[]]> = [];
    for (const field of FIELDS) {
      const ids = firstIds(postings[field].get(term) ?? [], PER_TERM_LIMIT);
      df += ids.length;
      perField.push([field, ids]);
    }
    const idf = Math.log(1 + total / (1 + df));
    // Fields add up for one word.
    const score = new Map<number, number>();
    for (const [field, ids] of perField) {
      ids.forEach((id, rank) => {
        const s = weight * FIELD_WEIGHTS[field] * idf * (1 / (1 + rank * 0.01));
        for (const target of field === 'title' ? recordsOfTitle(id) : [id])
          score.set(target, (score.get(target) ?? 0) + s);
      });
    }
    return score;
  }

  /** Score per record over the alternatives `use` lets in: raw score × coverage². */
  function scores(groups: Alternative[][], use: (a: Alternative) => boolean): Map<number, number> {
    const raw = new Map<number, number>();
    const matched = new Map<number, number>();
    for (const alternatives of groups) {
      // Alternatives of one word (typo fixes, completions, synonyms) do not add up; the parts of a compound do.
      const best = new Map<number, number>();
      const parts = new Map<number, number>();
      for (const a of alternatives) {
        if (!use(a)) continue;
        const target = a.kind === 'part' ? parts : best;
        scoreTerm(a.term, a.weight).forEach((v, id) => {
          target.set(id, a.kind === 'part' ? (target.get(id) ?? 0) + v : Math.max(target.get(id) ?? 0, v));
        });
      }
      parts.forEach((v, id) => best.set(id, Math.max(best.get(id) ?? 0, v)));
      best.forEach((v, id) => {
        raw.set(id, (raw.get(id) ?? 0) + v);
        matched.set(id, (matched.get(id) ?? 0) + 1);
      });
    }
    const out = new Map<number, number>();
    raw.forEach((v, id) => {
      const coverage = (matched.get(id) ?? 0) / groups.length;
      // Earlier sections win ties: the intro of a page whose title matched.
      out.set(id, v * coverage * coverage - id * 1e-9);
    });
    return out;
  }

  /** The best record of each page that passes the filters, best page first. */
  function bestPerPage(
    scored: Map<number, number>,
    options: SearchOptions,
    skipPages?: ReadonlySet<number>,
  ): Array<{id: number; score: number}> {
    const best = new Map<number, {id: number; score: number}>();
    scored.forEach((score, id) => {
      const e = editionOf(id);
      const page = e.pageOfRecord[id - e.offset] as number;
      const key = e.firstOfPage[page] as number;
      if (skipPages?.has(key)) return;
      if (
        options.types &&
        !options.types.includes(e.source.meta.types[e.source.meta.pageTypes[page] as number] as string)
      )
        return;
      if (options.versions && !options.versions.includes(e.source.meta.version)) return;
      const prev = best.get(key);
      if (!prev || prev.score < score) best.set(key, {id, score});
    });
    return Array.from(best.values()).sort((a, b) => b.score - a.score);
  }

  function rank(groups: Alternative[][], options: SearchOptions): Array<{id: number; score: number}> {
    const limit = options.limit ?? 10;
    const ranked = bestPerPage(
      scores(groups, (a) => a.kind !== 'related'),
      options,
    );
    if (ranked.length < limit && groups.some((g) => g.some((a) => a.kind === 'related'))) {
      // Pages only a compound's siblings reach come after every page the query itself found.
      const found = new Set(ranked.map((r) => firstRecordOfPage(r.id)));
      // Negative, in the same order: every score stays below those of the pages before.
      for (const r of bestPerPage(
        scores(groups, () => true),
        options,
        found,
      ))
        ranked.push({id: r.id, score: -1 / (1 + Math.max(0, r.score))});
    }
    return ranked.slice(0, limit);
  }

  function hit(id: number, score: number): Promise<SearchHit> {
    const e = editionOf(id);
    return e.source.record(id - e.offset).then((r) => ({
      score,
      record: {
        page: {u: r.u, t: r.t, y: r.y},
        section: {a: r.a, h: r.h, x: r.x},
        version: e.source.meta.version,
        edition: e.source.meta.edition,
        path: `${r.u}${r.a ? `#${r.a}` : ''}`,
      },
    }));
  }

  return {
    size: total,
    search(query, options = {}) {
      return expand(query).then((groups) => {
        const terms = groups.flat().map((a) => a.term);
        if (groups.length === 0) return {hits: [], terms};
        return Promise.all(rank(groups, options).map((r) => hit(r.id, r.score))).then((hits) => ({hits, terms}));
      });
    },
  };
}
