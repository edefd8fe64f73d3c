/**
 * The quality floors of issue 24, in one place for the quality test and
 * `npm run bench:search`. success@5 per query set (QUERY_SETS in realSite.ts).
 */
import type {Quality} from './evaluate';

export const FLOORS = {
  /** Held-out half (controle.json): questions nobody tuned on. Issue 24's goal; the bench says whether it is met. */
  heldOutAt5: 0.92,
  /**
   * Just below what the held-out half reaches today (0.925 on 2026-12-05, branch zoeken6: reader questions per
   * section indexed with it; 0.832 before, 0.813 and 0.794 earlier that day): the goal above is met, and the test
   * guards against falling back below it by more than a question. Raise it with the measured figure, never lower
   * it to pass.
   */
  heldOutGuardAt5: 0.91,
  /** The tuning half may be at most this much above the held-out half: more means tuned to its questions. */
  maxGap: 0.05,
  /**
   * Today's gap is 0.028 (tuning 0.953, held-out 0.925): within the goal above (0.047 and 0.056 before). The test
   * allows one question more than the goal, so that a new tuning question alone does not fail it.
   */
  maxGapGuard: 0.06,
  /** The committed set (tests/search-queries.json) may not drop below what it was before issue 24. */
  committedAt5: 0.95,
} as const;

/** Which floors a measurement meets; `bySet` is keyed by QuerySet label. */
export function floorVerdicts(bySet: ReadonlyMap<string, Pick<Quality, 'successAt5'>>): {
  heldOut: boolean;
  heldOutGuard: boolean;
  gapGuard: boolean;
  gap: boolean;
  committed: boolean;
} {
  const at5 = (label: string) => {
    const q = bySet.get(label);
    if (!q) throw new Error(`Zoekkwaliteit: geen meting voor de vragenset "${label}" (zie QUERY_SETS in realSite.ts).`);
    return q.successAt5;
  };
  const heldOut = at5('held-out half');
  // Rounded against float noise, so a gap of exactly 0.05 counts as within.
  const gap = Math.round((at5('tuning half') - heldOut) * 1e6) / 1e6;
  return {
    heldOut: heldOut >= FLOORS.heldOutAt5,
    heldOutGuard: heldOut >= FLOORS.heldOutGuardAt5,
    gap: gap <= FLOORS.maxGap,
    gapGuard: gap <= FLOORS.maxGapGuard,
    committed: at5('committed') >= FLOORS.committedAt5,
  };
}
