/**
 * Everything heavy (the searcher, the Dutch stemmer) sits behind this module, which
 * the UI only reaches through a dynamic import in loadIndex.ts.
 */
import {createSearcher, type EditionSource, type Searcher} from '../shared/searcher';
import {snippet, type Piece} from '../shared/highlight';

export interface Engine {
  searcher: Searcher;
  snippet(text: string, terms: readonly string[]): Piece[];
}

export function createEngine(sources: readonly EditionSource[]): Engine {
  return {searcher: createSearcher(sources), snippet: (text, terms) => snippet(text, terms)};
}
