import {describe, expect, it} from 'vitest';
import {decodePostings, encodePostings, mergeSlots, truncateSlots} from '../shared/postings';

describe('posting lists', () => {
  it('round-trips slots as base-36 gaps, with an id offset', () => {
    const slots = [[3, 5, 40], [], [7, 1000]];
    expect(encodePostings(slots)).toBe('3,2,z;;7,rl');
    expect(decodePostings('3,2,z;;7,rl')).toEqual(slots);
    expect(decodePostings('3,2,z;;7,rl', 100)).toEqual([[103, 105, 140], [], [107, 1100]]);
    expect(decodePostings('')).toEqual([]);
  });
  it('refuses ids that do not ascend within a slot', () => {
    expect(() => encodePostings([[5, 3]])).toThrow(/oplopen/);
  });
  it('keeps the first ids in slot order, as FlexSearch returns them, and drops empty tail slots', () => {
    expect(truncateSlots([[1, 2], undefined, [3, 4, 5], [6]], 4)).toEqual([[1, 2], [], [3, 4]]);
    expect(truncateSlots([null, [9]], 100)).toEqual([[], [9]]);
  });
  it('merges two editions slot by slot in ascending id order', () => {
    expect(mergeSlots([[1, 4], [2]], [[10], [], [12]])).toEqual([[1, 4, 10], [2], [12]]);
  });
});
