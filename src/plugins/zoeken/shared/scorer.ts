/**
 * The scorer: from a plan (per query word, the terms to look up in their
 * match tiers) and the loaded postings to the best section of each page,
 * best page first.
 * - Each term scores BM25F (shared/fields.ts): its title, heading, text and
 *   extra weights added up, saturated, times its idf, so a rare word outweighs
 *   a common one wherever it stands.
 * - A query word scores its best alternative, times that alternative's tier;
 *   the terms of one alternative (a phrase, a compound's parts) add up.
 * - The words add up, and a section that matches more of them, weighed by
 *   their idf, comes first (coverage).
 * - A page is ranked by its best section; pages only a compound's siblings
 *   reach come after every other page.
 */
import {BM25F, idf} from './fields';
import {MAX_PLACE} from './postings';
import type {Alternative, Plan} from './planner';
import type {RecordFilter, ShardStore} from './shardStore';

export interface Ranked {
  id: number;
  score: number;
}

/** What scoring reads from the store. */
export type ScoreSource = Pick<
  ShardStore,
  | 'pages'
  | 'df'
  | 'titlePostings'
  | 'aboutPostings'
  | 'sectionPostings'
  | 'recordsOfPage'
  | 'pageKey'
  | 'passes'
  | 'asks'
>;

/** The idf of a term over the store's pages. */
export const termIdf = (store: ScoreSource, term: string): number => idf(store.pages, store.df(term));

/** The place of a word counted by its page title: titles are short, so title words all stand together. */
const IN_TITLE = -2;

/** A record's score for one term or alternative, and where in the section (or title) it stands. */
interface Match {
  score: number;
  place?: number;
}

/**
 * Which fields a score reads. `page`: everything that says the page answers, its description too
 * (with the first section, which shows it); `section`: only what says which of its sections answers
 * (the section's own fields and the title they share).
 */
export type Purpose = 'page' | 'section';

/**
 * One term's score per record: BM25F over the section's own fields (and, for the page's first section,
 * its description), plus the same over its page's title, each saturated on its own. The title says which
 * page; the section's words say which of its sections, and a title match must not drown them.
 */
export function scoreTerm(
  store: ScoreSource,
  term: string,
  maxIdf = Infinity,
  purpose: Purpose = 'page',
): Map<number, Match> {
  const weight = Math.min(termIdf(store, term), maxIdf);
  const sat = (t: number) => (weight * t) / (BM25F.k1 + t);
  const own = new Map<number, {w: number; place: number}>();
  for (const [id, w, place] of store.sectionPostings(term)) own.set(id, {w, place});
  if (purpose === 'page') {
    // The description is indexed once per page, and counts as part of its first section.
    for (const [first, w] of store.aboutPostings(term)) {
      const m = own.get(first);
      if (m) m.w += w;
      else own.set(first, {w, place: MAX_PLACE});
    }
  }
  const out = new Map<number, Match>();
  own.forEach(({w, place}, id) => out.set(id, {score: sat(w), place}));
  for (const [first, w] of store.titlePostings(term)) {
    for (const id of store.recordsOfPage(first)) {
      const m = out.get(id);
      // Only in the title, the word stands there: close to the title's other words.
      if (m) m.score += sat(w);
      else out.set(id, {score: sat(w), place: IN_TITLE});
    }
  }
  return out;
}

/** An alternative's score per record: its terms added up, times its tier; it stands where its first term does. */
function scoreAlternative(store: ScoreSource, a: Alternative, purpose: Purpose): Map<number, Match> {
  const out = new Map<number, Match>();
  const cap = a.cap === undefined ? Infinity : termIdf(store, a.cap);
  for (const term of a.terms) {
    scoreTerm(store, term, cap, purpose).forEach((m, id) => {
      const prev = out.get(id);
      if (prev) prev.score += m.score * a.weight;
      else out.set(id, {score: m.score * a.weight, place: m.place});
    });
  }
  return out;
}

export const RANKING = {
  /** How much closeness adds: for two query words within a place of each other, this share of the weaker one's score. */
  proximity: 0.5,
  /** How strongly a section that misses query words falls behind: score × coverage ^ this. */
  coverage: 2,
  /**
   * In choosing the section that answers, a section of questions for the reader to think about counts this
   * share: it restates the page's subject in the reader's words, so it often matches best, yet it asks rather
   * than answers. Not 0: a query that names it ("reflectievragen", its heading's words) can still choose it.
   * Issue 24 (held-out half measured once, for this value): tuning half 0.869 → 0.879, development set
   * 0.755 → 0.765, held-out 0.822 → 0.832. 0 gave the same tuning figure and 0.776 on the development set,
   * but a reader who asks for the questions could then never reach them.
   */
  asking: 0.25,
};

/** How much a query word weighs in coverage: the idf of its best-known alternative. */
function wordWeight(store: ScoreSource, alternatives: readonly Alternative[]): number {
  let best = 0;
  for (const a of alternatives) {
    const cap = a.cap === undefined ? Infinity : termIdf(store, a.cap);
    for (const t of a.terms) if (store.df(t) > 0) best = Math.max(best, Math.min(cap, termIdf(store, t)));
  }
  return best;
}

/**
 * Score per record over the alternatives `use` lets in: the words' scores added up, plus a share for
 * each two words that stand close together in the section, times coverage².
 */
export function scores(
  store: ScoreSource,
  groups: Plan,
  use: (a: Alternative) => boolean,
  purpose: Purpose = 'page',
): Map<number, number> {
  const perWord = groups.map((alternatives) => {
    // Alternatives of one word (its forms, completions, corrections, synonyms, parts) do not add up.
    const best = new Map<number, Match>();
    for (const a of alternatives) {
      if (!use(a)) continue;
      scoreAlternative(store, a, purpose).forEach((m, id) => {
        if ((best.get(id)?.score ?? 0) < m.score) best.set(id, m);
      });
    }
    return best;
  });
  const weights = groups.map((g) => wordWeight(store, g));
  const total = weights.reduce((a, b) => a + b, 0);
  const ids = new Set<number>();
  for (const best of perWord) best.forEach((_, id) => ids.add(id));
  const out = new Map<number, number>();
  ids.forEach((id) => {
    let raw = 0;
    let covered = 0;
    const matches: Match[] = [];
    perWord.forEach((best, g) => {
      const m = best.get(id);
      if (!m) return;
      raw += m.score;
      covered += weights[g] as number;
      matches.push(m);
    });
    for (let i = 0; i < matches.length; i++) {
      for (let j = i + 1; j < matches.length; j++) {
        const a = matches[i] as Match;
        const b = matches[j] as Match;
        if (a.place !== undefined && b.place !== undefined && Math.abs(a.place - b.place) <= 1)
          raw += RANKING.proximity * Math.min(a.score, b.score);
      }
    }
    const coverage = total > 0 ? covered / total : 1;
    const asking = purpose === 'section' && store.asks(id) ? RANKING.asking : 1;
    // Earlier sections win ties: the intro of a page whose title matched.
    out.set(id, asking * raw * Math.pow(coverage, RANKING.coverage) - id * 1e-9);
  });
  return out;
}

/**
 * Each page that passes the filter, ranked by its best record in `scored`, shown by its best record in
 * `choose` (the section that answers, by its own fields); best page first.
 */
export function bestPerPage(
  store: ScoreSource,
  scored: Map<number, number>,
  filter: RecordFilter,
  skipPages?: ReadonlySet<number>,
  choose: Map<number, number> = scored,
): Ranked[] {
  const best = new Map<number, {score: number; id: number; by: number}>();
  scored.forEach((score, id) => {
    const key = store.pageKey(id);
    if (skipPages?.has(key) || !store.passes(id, filter)) return;
    const by = choose.get(id) ?? -Infinity;
    const prev = best.get(key);
    if (!prev) best.set(key, {score, id, by});
    else {
      prev.score = Math.max(prev.score, score);
      if (prev.by < by || (prev.by === by && id < prev.id)) {
        prev.id = id;
        prev.by = by;
      }
    }
  });
  return Array.from(best.values(), ({id, score}) => ({id, score})).sort((a, b) => b.score - a.score);
}

/** The `limit` best pages, each by its best section. */
export function rank(store: ScoreSource, groups: Plan, filter: RecordFilter, limit: number): Ranked[] {
  const direct = (a: Alternative) => a.kind !== 'related';
  const ranked = bestPerPage(
    store,
    scores(store, groups, direct),
    filter,
    undefined,
    scores(store, groups, direct, 'section'),
  );
  if (ranked.length < limit && groups.some((g) => g.some((a) => a.kind === 'related'))) {
    // Pages only a compound's siblings reach come after every page the query itself found.
    const found = new Set(ranked.map((r) => store.pageKey(r.id)));
    // Negative, in the same order: every score stays below those of the pages before.
    for (const r of bestPerPage(
      store,
      scores(store, groups, () => true),
      filter,
      found,
      scores(store, groups, () => true, 'section'),
    ))
      ranked.push({id: r.id, score: -1 / (1 + Math.max(0, r.score))});
  }
  return ranked.slice(0, limit);
}
