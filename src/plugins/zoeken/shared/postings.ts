/**
 * Posting lists as FlexSearch keeps them: for one term in one field, the
 * record ids per score slot (slot 0 = the term stands early in the text).
 * FlexSearch returns slot 0 first, then slot 1, …, each slot in the order the
 * records were added (ascending id), and the ranking reads only the first
 * PER_TERM_LIMIT of them. So a list is cut there, which changes no result.
 *
 * On the wire a list is a string: slots separated by ";" (the position is
 * the slot), ids within a slot as base-36 gaps separated by ",". Slot 0 =
 * [3, 5, 40] and slot 2 = [7] is "3,2,z;;7". Short, and gzip likes it.
 */
export type Slots = Array<number[] | undefined | null>;

/** The first `limit` ids in slot order, keeping their slots. */
export function truncateSlots(slots: Slots, limit: number): number[][] {
  const out: number[][] = [];
  let left = limit;
  for (let s = 0; s < slots.length && left > 0; s++) {
    const kept = (slots[s] ?? []).slice(0, left);
    out[s] = kept;
    left -= kept.length;
  }
  for (let s = 0; s < out.length; s++) out[s] ??= [];
  while (out.length > 0 && (out[out.length - 1] as number[]).length === 0) out.pop();
  return out;
}

export function encodePostings(slots: Slots): string {
  return slots
    .map((ids) => {
      let prev = 0;
      return (ids ?? [])
        .map((id) => {
          const gap = id - prev;
          if (gap < 0) throw new Error(`Zoekindex: ids in een slot moeten oplopen (${id} na ${prev}).`);
          prev = id;
          return gap.toString(36);
        })
        .join(',');
    })
    .join(';')
    .replace(/;+$/, '');
}

/** Back to FlexSearch's slots, with `offset` added to every id (editions share one id space). */
export function decodePostings(text: string, offset = 0): number[][] {
  if (text === '') return [];
  return text.split(';').map((slot) => {
    if (slot === '') return [];
    let prev = offset;
    return slot.split(',').map((gap) => (prev += parseInt(gap, 36)));
  });
}

/** Two slot lists over disjoint ids, merged slot by slot in ascending id order (as FlexSearch adds them). */
export function mergeSlots(
  a: readonly (readonly number[] | undefined)[],
  b: readonly (readonly number[] | undefined)[],
): number[][] {
  const out: number[][] = [];
  for (let s = 0; s < Math.max(a.length, b.length); s++) {
    out[s] = [...(a[s] ?? []), ...(b[s] ?? [])].sort((x, y) => x - y);
  }
  return out;
}

/**
 * The first `limit` ids in slot order: what FlexSearch's Index.search(term,
 * {limit}) returns for a single term (it concatenates the slots of the term's
 * map entry and cuts at the limit).
 */
export function firstIds(slots: readonly (readonly number[] | undefined)[], limit: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < slots.length && out.length < limit; s++) {
    const ids = slots[s] ?? [];
    for (let i = 0; i < ids.length && out.length < limit; i++) out.push(ids[i] as number);
  }
  return out;
}
