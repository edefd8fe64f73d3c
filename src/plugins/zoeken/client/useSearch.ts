/**
 * React state for a search over some editions: loads lazily (call `activate`
 * on first focus or keypress), then searches on every query change. A search
 * may fetch index parts, so it resolves later; until it does, the results of
 * the previous query stay (no flicker while typing), and `ready` is false
 * only until the first results are in. While the query holds nothing to
 * search yet (a first letter, only stopwords), the results of the last query
 * that did stay too (`waiting`), unless `keepWhileWaiting` is false (the
 * results page, whose query is a finished one).
 */
import {useCallback, useEffect, useMemo, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {SearchHit} from '../shared/searcher';
import type {Piece} from '../shared/highlight';
import type {ZoekenGlobalData} from '../shared/types';
import {loadEngine} from './loadIndex';
import type {Engine} from './engine';

export function useZoekenData(): ZoekenGlobalData {
  return usePluginData('zoeken') as ZoekenGlobalData;
}

export interface ResultView {
  hit: SearchHit;
  title: Piece[];
  path: Piece[];
  /** The section's text, fetched when asked for (ResultSnippet asks once its line is on screen). */
  text(): Promise<string>;
  /** A snippet of that text with the query's words marked. */
  snippet(text: string): Piece[];
}

export function useSearch(
  query: string,
  versions: readonly string[],
  filter: {types?: readonly string[]} = {},
  limit = 8,
  keepWhileWaiting = true,
) {
  const {siteConfig} = useDocusaurusContext();
  const data = useZoekenData();
  const [active, setActive] = useState(false);
  const [loaded, setLoaded] = useState<{key: string; engine: Engine} | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = useMemo(() => data.indexes.filter((e) => versions.includes(e.version)), [data.indexes, versions]);
  const key = `${siteConfig.baseUrl}|${entries.map((e) => e.file).join(',')}`;
  // An engine loaded for other editions is not the one asked for: derived here rather than reset in the effect.
  const engine = loaded?.key === key ? loaded.engine : null;

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    loadEngine(siteConfig.baseUrl, entries).then(
      (e) => !cancelled && setLoaded({key, engine: e}),
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [active, entries, key, siteConfig.baseUrl]);

  const types = filter.types;
  // Results remember the engine that found them: those of another edition never stand in for the next ones.
  const [found, setFound] = useState<{engine: Engine; views: ResultView[]; query: string} | null>(null);
  // The query that held nothing to search yet, if it is the current one.
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  const empty = query.trim() === '';
  useEffect(() => {
    if (!engine || empty) return;
    let cancelled = false;
    engine.searcher.search(query, {limit, types}).then(
      ({hits, terms, searched}) => {
        if (cancelled) return;
        setError(null);
        setWaitingFor(searched ? null : query);
        if (!searched && keepWhileWaiting) return;
        setFound({
          engine,
          query,
          views: hits.map((hit) => ({
            hit,
            title: engine.snippet(hit.record.page.t, terms),
            path: engine.snippet(hit.record.section.h, terms),
            text: () => engine.searcher.text(hit.record),
            snippet: (text: string) => engine.snippet(text, terms),
          })),
        });
      },
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [engine, empty, query, types, limit, keepWhileWaiting]);
  const current = found?.engine === engine ? found.views : null;
  const results = useMemo(() => (empty ? [] : (current ?? [])), [empty, current]);
  const waiting = !empty && waitingFor === query;

  const activate = useCallback(() => setActive(true), []);
  return {
    activate,
    ready: engine !== null && (empty || current !== null || waiting),
    error,
    results,
    waiting,
    /** The query the shown results answer. */
    shownFor: empty || current === null ? '' : (found?.query ?? ''),
  };
}
