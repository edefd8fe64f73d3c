/**
 * The quality floors of issue 24, in one place for the quality test and
 * `npm run bench:search`. success@5 per query set (QUERY_SETS in realSite.ts).
 */
import type {Quality} from './evaluate';

export const FLOORS = {
  /** Held-out half (controle.json): questions nobody tuned on. */
  heldOutAt5: 0.92,
  /** The tuning half may be at most this much above the held-out half: more means tuned to its questions. */
  maxGap: 0.05,
  /** The committed set (tests/search-queries.json) may not drop below what it was before issue 24. */
  committedAt5: 0.95,
} as const;

/** Which floors a measurement meets; `bySet` is keyed by QuerySet label. */
export function floorVerdicts(bySet: ReadonlyMap<string, Pick<Quality, 'successAt5'>>): {
  heldOut: boolean;
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
    gap: gap <= FLOORS.maxGap,
    committed: at5('committed') >= FLOORS.committedAt5,
  };
}
