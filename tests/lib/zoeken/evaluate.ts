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
