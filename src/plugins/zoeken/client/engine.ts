/**
 * Everything heavy (FlexSearch, the stemmer) sits behind this module, which
 * the UI only reaches through a dynamic import in loadIndex.ts.
 */
import {createSearcher, type Searcher} from '../shared/searcher';
import {snippet, type Piece} from '../shared/highlight';
import type {SearchIndexFile} from '../shared/types';

export interface Engine {
  searcher: Searcher;
  snippet(text: string, terms: readonly string[]): Piece[];
}

export function createEngine(files: readonly SearchIndexFile[]): Engine {
  return {searcher: createSearcher(files), snippet: (text, terms) => snippet(text, terms)};
}
