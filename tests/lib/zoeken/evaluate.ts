/**
 * success@k for a ranking of paths ("page" or "page#section") against the
 * committed reader queries. Engine-neutral, so lunr is measured the same way.
 */
export interface ReaderQuery {
  q: string;
  /** Acceptable targets: "page" (any section of it) or "page#anchor". */
  expect: string[];
}

export function isHit(resultPath: string, expected: string): boolean {
  const [page, anchor] = expected.split('#');
  const [rPage, rAnchor = ''] = resultPath.split('#');
  return rPage === page && (anchor === undefined || rAnchor === anchor);
}

export interface Quality {
  n: number;
  successAt1: number;
  successAt5: number;
  misses: Array<{q: string; got: string[]}>;
}

export async function evaluate(
  queries: readonly ReaderQuery[],
  rank: (q: string) => string[] | Promise<string[]>,
): Promise<Quality> {
  let at1 = 0;
  let at5 = 0;
  const misses: Quality['misses'] = [];
  for (const {q, expect} of queries) {
    const got = (await rank(q)).slice(0, 5);
    const pos = got.findIndex((p) => expect.some((e) => isHit(p, e)));
    if (pos === 0) at1++;
    if (pos >= 0) at5++;
    else misses.push({q, got});
  }
  return {n: queries.length, successAt1: at1 / queries.length, successAt5: at5 / queries.length, misses};
}

/**
 * A query set and whether its misses may be shown. The held-out half
 * (tests/zoeken-vragen/controle.json) measures search on questions nobody tuned
 * on: only its aggregate figures are ever reported, never which questions
 * fail (issue 24).
 */
export interface QuerySet {
  label: string;
  file: string;
  queries: ReaderQuery[];
  heldOut: boolean;
}

/** success@1/@5 of a set; for a held-out set without its misses. */
export async function measure(set: QuerySet, rank: (q: string) => string[] | Promise<string[]>): Promise<Quality> {
  const quality = await evaluate(set.queries, rank);
  return set.heldOut ? {...quality, misses: []} : quality;
}
