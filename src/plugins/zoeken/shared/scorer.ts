/**
 * The scorer: from a plan (per query word, the terms to look up) and the
 * loaded postings to the best section of each page, best page first.
 * - a title match outweighs a heading match, which outweighs the text;
 * - records that match more of the query's words come first;
 * - the alternatives of one word do not add up, the parts of a compound do;
 * - pages only a compound's siblings reach come after every other page.
 */
import {FIELD_WEIGHTS, FIELDS, PER_TERM_LIMIT, type Field} from './fields';
import type {Alternative, Plan} from './planner';
import {firstIds} from './postings';
import type {RecordFilter, ShardStore} from './shardStore';

export interface Ranked {
  id: number;
  score: number;
}

/** What scoring reads from the store. */
export type ScoreSource = Pick<ShardStore, 'size' | 'postings' | 'recordsOfPage' | 'pageKey' | 'passes'>;

/** One term's score per record: fields add up; a title match counts for every section of its page. */
export function scoreTerm(store: ScoreSource, term: string, weight: number): Map<number, number> {
  let df = 0;
  const perField: Array<[Field, number[]]> = [];
  for (const field of FIELDS) {
    const ids = firstIds(store.postings(field, term), PER_TERM_LIMIT);
    df += ids.length;
    perField.push([field, ids]);
  }
  const idf = Math.log(1 + store.size / (1 + df));
  const score = new Map<number, number>();
  for (const [field, ids] of perField) {
    ids.forEach((id, rank) => {
      const s = weight * FIELD_WEIGHTS[field] * idf * (1 / (1 + rank * 0.01));
      for (const target of field === 'title' ? store.recordsOfPage(id) : [id])
        score.set(target, (score.get(target) ?? 0) + s);
    });
  }
  return score;
}

/** Score per record over the alternatives `use` lets in: raw score × coverage². */
export function scores(store: ScoreSource, groups: Plan, use: (a: Alternative) => boolean): Map<number, number> {
  const raw = new Map<number, number>();
  const matched = new Map<number, number>();
  for (const alternatives of groups) {
    // Alternatives of one word (typo fixes, completions, synonyms) do not add up; the parts of a compound do.
    const best = new Map<number, number>();
    const parts = new Map<number, number>();
    for (const a of alternatives) {
      if (!use(a)) continue;
      const target = a.kind === 'part' ? parts : best;
      scoreTerm(store, a.term, a.weight).forEach((v, id) => {
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
