/**
 * Pure: an edition's SearchIndexFile in, its term rows out (format in
 * shared/types.ts ShardRow), sorted by term. For every index term (the stem of
 * each content word, and the word as written when that differs; encoder.ts)
 * it counts the occurrences per field, normalises them by field length and
 * weighs them as BM25F says (shared/fields.ts), so the browser only adds up
 * and saturates.
 */
import {encodeForIndex} from '../shared/encoder';
import {BM25F, PER_TERM_LIMIT, type Field} from '../shared/fields';
import {encodePostings, strongest, toLevel, toPlace, type Posting} from '../shared/postings';
import {words} from '../shared/normalize';
import {DUTCH_STOPWORDS} from '../shared/stopwords';
import type {SearchIndexFile, ShardRow} from '../shared/types';

interface TermStats {
  count: number;
  pages: Set<number>;
  /** page → title weight */
  title: Map<number, number>;
  /** page → description (with "Kort gezegd") and page extra words weight */
  about: Map<number, number>;
  /** record → heading + text + extra weight */
  section: Map<number, number>;
  /** record → word position of the first occurrence in heading and text */
  place: Map<number, number>;
}

interface FieldTerms {
  /** Occurrences of each index term. */
  tf: Map<string, number>;
  /** Content words (stopwords left out). */
  length: number;
  /** Position (in content words) of each term's first occurrence. */
  first: Map<string, number>;
}

/** Occurrences of each index term in one field, the field's length in content words, and where each term first stands. */
function termFrequencies(text: string, start = 0): FieldTerms {
  const tf = new Map<string, number>();
  const first = new Map<string, number>();
  let length = 0;
  for (const w of words(text)) {
    if (DUTCH_STOPWORDS.has(w)) continue;
    for (const t of encodeForIndex(w)) {
      tf.set(t, (tf.get(t) ?? 0) + 1);
      if (!first.has(t)) first.set(t, start + length);
    }
    length++;
  }
  return {tf, length, first};
}

/**
 * The link words of a section that is mostly links (buildIndex.ts isLinkList), taken out of its text:
 * they name other pages, and a list of links is not where a reader's question is answered. Same length
 * and places as the text.
 */
function linkTerms(text: FieldTerms, linkText: string): FieldTerms {
  const links = termFrequencies(linkText, Infinity);
  links.tf.forEach((n, term) => {
    const left = (text.tf.get(term) ?? 0) - n;
    if (left > 0) text.tf.set(term, left);
    else text.tf.delete(term);
  });
  const first = new Map<string, number>();
  links.tf.forEach((_, term) => first.set(term, text.first.get(term) ?? Infinity));
  return {tf: links.tf, length: text.length, first};
}

/** Per field, the length normaliser of a field of `length` words: (1 − b) + b · length / average. */
function normaliser(field: Field, average: number): (length: number) => number {
  const {b} = BM25F.fields[field];
  return (length) => 1 - b + (b * length) / (average || 1);
}

export function termRows(file: SearchIndexFile): ShardRow[] {
  const stats = new Map<string, TermStats>();
  const statsOf = (term: string): TermStats => {
    let s = stats.get(term);
    if (!s) {
      s = {count: 0, pages: new Set(), title: new Map(), about: new Map(), section: new Map(), place: new Map()};
      stats.set(term, s);
    }
    return s;
  };

  // The description (with "Kort gezegd") and its extra words say what the page is about: a list of their
  // own, which ranks the page (with its first section, which shows the description) but does not choose
  // which of its sections answers (shared/scorer.ts).
  const pageFields = file.pages.map((p) => ({
    title: termFrequencies(p.t),
    description: termFrequencies(p.d, Infinity),
    pageExtra: termFrequencies(p.k, Infinity),
  }));
  const fields = file.sections.map((s) => {
    // Positions run on from the heading into the text; extra words have none of their own.
    const heading = termFrequencies(s.h);
    const text = termFrequencies(s.x, heading.length);
    const links = linkTerms(text, s.l ?? '');
    return {heading, text, links, extra: termFrequencies(s.k, Infinity)};
  });
  const average = (lengths: number[]) => lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const normOf = <F extends Field>(field: F, of: ReadonlyArray<Record<F, {length: number}>>) =>
    normaliser(field, average(of.map((f) => f[field].length)));

  // Page fields go to the page's title list, section fields to the section list; each saturates on its own.
  const add = <F extends Field>(
    field: F,
    list: ReadonlyArray<Record<F, FieldTerms>>,
    into: (s: TermStats) => Map<number, number>,
    pageOf: (i: number) => number,
  ) => {
    const norm = normOf(field, list);
    list.forEach((entry, i) => {
      const {tf, length, first} = entry[field];
      const w = BM25F.fields[field].weight / norm(length);
      tf.forEach((n, term) => {
        const s = statsOf(term);
        const at = first.get(term) as number;
        if (into(s) === s.section && Number.isFinite(at) && !((s.place.get(i) ?? Infinity) <= at)) s.place.set(i, at);
        s.count += n;
        s.pages.add(pageOf(i));
        const target = into(s);
        target.set(i, (target.get(i) ?? 0) + n * w);
      });
    });
  };
  add(
    'title',
    pageFields,
    (s) => s.title,
    (i) => i,
  );
  for (const field of ['description', 'pageExtra'] as const)
    add(
      field,
      pageFields,
      (s) => s.about,
      (i) => i,
    );
  for (const field of ['heading', 'text', 'links', 'extra'] as const)
    add(
      field,
      fields,
      (s) => s.section,
      (i) => (file.sections[i] as {p: number}).p,
    );

  const also = file.also ?? {};
  for (const term of Object.keys(also)) statsOf(term);
  const postings = (weights: Map<number, number>, places?: Map<number, number>) =>
    encodePostings(
      strongest(
        Array.from(weights.entries(), ([id, w]): Posting => {
          if (!places) return [id, toLevel(w)];
          // A term only among the extra words stands nowhere in particular: after everything.
          return [id, toLevel(w), toPlace(places.get(id) ?? Infinity)];
        }).sort((a, b) => a[0] - b[0]),
        PER_TERM_LIMIT,
      ),
    );

  return Array.from(stats.keys())
    .sort()
    .map((term): ShardRow => {
      const s = stats.get(term) as TermStats;
      const base: [string, number, number, string, string] = [
        term,
        s.count,
        s.pages.size,
        s.about.size > 0 ? `${postings(s.title)};${postings(s.about)}` : postings(s.title),
        postings(s.section, s.place),
      ];
      // The parts the build indexed this compound by: the query splits it the same way.
      const parts = file.parts?.[term] ?? [];
      const alsoFinds = also[term] ?? [];
      if (parts.length > 0) return [...base, alsoFinds, parts];
      if (alsoFinds.length > 0) return [...base, alsoFinds];
      return base;
    });
}
