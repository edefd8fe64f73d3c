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
import type {Alternative, Plan} from './planner';
import type {RecordFilter, ShardStore} from './shardStore';

export interface Ranked {
  id: number;
  score: number;
}

/** What scoring reads from the store. */
export type ScoreSource = Pick<
  ShardStore,
  'pages' | 'df' | 'titlePostings' | 'sectionPostings' | 'recordsOfPage' | 'pageKey' | 'passes'
>;

/** The idf of a term over the store's pages. */
export const termIdf = (store: ScoreSource, term: string): number => idf(store.pages, store.df(term));

/**
 * One term's score per record: BM25F over the section's own fields, plus the same over its page's
 * title, each saturated on its own. The title says which page; the section's words say which of its
 * sections, and a title match must not drown them.
 */
export function scoreTerm(store: ScoreSource, term: string, maxIdf = Infinity): Map<number, number> {
  const weight = Math.min(termIdf(store, term), maxIdf);
  const sat = (t: number) => (weight * t) / (BM25F.k1 + t);
  const out = new Map<number, number>();
  for (const [id, w] of store.sectionPostings(term)) out.set(id, sat(w));
  for (const [first, w] of store.titlePostings(term))
    for (const id of store.recordsOfPage(first)) out.set(id, (out.get(id) ?? 0) + sat(w));
  return out;
}

/** An alternative's score per record: its terms added up, times its tier. */
function scoreAlternative(store: ScoreSource, a: Alternative): Map<number, number> {
  const out = new Map<number, number>();
  const cap = a.cap === undefined ? Infinity : termIdf(store, a.cap);
  for (const term of a.terms)
    scoreTerm(store, term, cap).forEach((v, id) => out.set(id, (out.get(id) ?? 0) + v * a.weight));
  return out;
}

/** How much a query word weighs in coverage: the idf of its best-known alternative. */
function wordWeight(store: ScoreSource, alternatives: readonly Alternative[]): number {
  let best = 0;
  for (const a of alternatives) {
    const cap = a.cap === undefined ? Infinity : termIdf(store, a.cap);
    for (const t of a.terms) if (store.df(t) > 0) best = Math.max(best, Math.min(cap, termIdf(store, t)));
  }
  return best;
}

/** Score per record over the alternatives `use` lets in: the words' scores added up, times coverage². */
export function scores(store: ScoreSource, groups: Plan, use: (a: Alternative) => boolean): Map<number, number> {
  const raw = new Map<number, number>();
  const covered = new Map<number, number>();
  const weights = groups.map((g) => wordWeight(store, g));
  const total = weights.reduce((a, b) => a + b, 0);
  groups.forEach((alternatives, g) => {
    // Alternatives of one word (its forms, completions, corrections, synonyms, parts) do not add up.
    const best = new Map<number, number>();
    for (const a of alternatives) {
      if (!use(a)) continue;
      scoreAlternative(store, a).forEach((v, id) => best.set(id, Math.max(best.get(id) ?? 0, v)));
    }
    best.forEach((v, id) => {
      raw.set(id, (raw.get(id) ?? 0) + v);
      covered.set(id, (covered.get(id) ?? 0) + (weights[g] as number));
    });
  });
  const out = new Map<number, number>();
  raw.forEach((v, id) => {
    const coverage = total > 0 ? (covered.get(id) ?? 0) / total : 1;
    // Earlier sections win ties: the intro of a page whose title matched.
    out.set(id, v * coverage * coverage - id * 1e-9);
  });
  return out;
}

/** The best record of each page that passes the filter, best page first. */
export function bestPerPage(
  store: ScoreSource,
  scored: Map<number, number>,
  filter: RecordFilter,
  skipPages?: ReadonlySet<number>,
): Ranked[] {
  const best = new Map<number, Ranked>();
  scored.forEach((score, id) => {
    const key = store.pageKey(id);
    if (skipPages?.has(key) || !store.passes(id, filter)) return;
    const prev = best.get(key);
    if (!prev || prev.score < score) best.set(key, {id, score});
  });
  return Array.from(best.values()).sort((a, b) => b.score - a.score);
}

/** The `limit` best pages, each by its best section. */
export function rank(store: ScoreSource, groups: Plan, filter: RecordFilter, limit: number): Ranked[] {
  const ranked = bestPerPage(
    store,
    scores(store, groups, (a) => a.kind !== 'related'),
    filter,
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
    ))
      ranked.push({id: r.id, score: -1 / (1 + Math.max(0, r.score))});
  }
  return ranked.slice(0, limit);
}
