/**
 * The fields of a search record and how they count: BM25F (Robertson and
 * Zaragoza's simple BM25F), with the section as the document. A term's
 * occurrences in each field are normalised by that field's length, weighed
 * and added up, and only then saturated:
 *
 *   tf~(t, d) = Σ_f weight_f · tf_f(t, d) / ((1 − b_f) + b_f · len_f(d) / avglen_f)
 *   score(t, d) = idf(t) · tf~ / (k1 + tf~)
 *
 * so a word three times in one short section counts more than once in a long
 * one, yet never more than a few mentions' worth, and a rare word (high idf)
 * outweighs a common one whichever field holds it. The page title is a field
 * of every section of its page. The build computes tf~ per field group
 * (server/terms.ts); the browser adds them up and saturates (shared/scorer.ts).
 */

/**
 * The title counts for each section of its page; the description (with "Kort gezegd") and its extra words
 * (pageExtra) rank the page with its first section, which shows them, but do not choose which section of
 * the page answers (shared/scorer.ts); the others are the section's own.
 */
export type Field = 'title' | 'description' | 'pageExtra' | 'heading' | 'text' | 'links' | 'extra';

export interface FieldParams {
  /** How much one occurrence counts against one in the text. */
  weight: number;
  /** How much the field's length normalises (0: not at all; 1: fully). */
  b: number;
}

export const BM25F: {k1: number; fields: Record<Field, FieldParams>} = {
  k1: 1.2,
  fields: {
    // A title or heading is a few words that name the subject: a match there says more than one in the text.
    title: {weight: 8, b: 0.5},
    // The description summarises the page at more length. Weighed as the extra words it used to be indexed
    // among (issue 24: weights 1 and 2 lowered the committed success@1 without a gain on the tuning half).
    description: {weight: 0.5, b: 0.75},
    pageExtra: {weight: 0.5, b: 0.75},
    heading: {weight: 4, b: 0.5},
    text: {weight: 1, b: 0.75},
    // The link words of a section that is mostly links ("Zie ook", "Lees meer"): they name other pages, so
    // the section is no answer to them; they count just enough to keep the words known (server/terms.ts).
    links: {weight: 0.1, b: 0.75},
    // Compound parts and glossary synonyms the build added: what the section is about, said less directly.
    extra: {weight: 0.5, b: 0.75},
  },
};

/** idf with BM25's +0.5 smoothing, never negative: `n` documents (pages), `df` of them hold the term. */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Ranking reads at most this many records (and pages) per term: the strongest. */
export const PER_TERM_LIMIT = 200;
