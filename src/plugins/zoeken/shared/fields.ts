/**
 * The fields of a search record and how FlexSearch indexes each of them at
 * build time (server/shard.ts). Shared with the browser, which ranks with the
 * same weights; no FlexSearch code reaches the browser through this module.
 */

export const FIELD_WEIGHTS = {title: 10, heading: 4, text: 1, extra: 0.8} as const;
export type Field = keyof typeof FIELD_WEIGHTS;
/** Shard rows list the fields in this order. */
export const FIELDS: readonly Field[] = ['title', 'heading', 'text', 'extra'];
/** Title and heading match by prefix ("samenw" → Samenwerking); text and extra by whole word. */
export const TOKENIZE: Record<Field, 'forward' | 'strict'> = {
  title: 'forward',
  heading: 'forward',
  text: 'strict',
  extra: 'strict',
};
export const RESOLUTION = 9;
/** Ranking reads at most this many records per term and field. */
export const PER_TERM_LIMIT = 100;
