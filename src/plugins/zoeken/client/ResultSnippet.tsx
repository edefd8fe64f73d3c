/**
 * A result's snippet: the section's text around the query's words. The text
 * is fetched only once the line is on screen (in the dialog's scrolling list
 * or the results page), so typing a question does not download the text of
 * every result that flashes by or sits below the fold. It must also stay on
 * screen a moment (SNIPPET_DWELL_MS): while a person types, each keystroke
 * replaces the list, and the lines of a list that is gone a split second later
 * are never read.
 */
import {useEffect, useRef, useState, type ReactNode} from 'react';
import Highlighted from './Highlighted';
import type {ResultView} from './useSearch';

/** Longer than the pause between a quick typist's keystrokes, short enough to pass unnoticed when reading. */
export const SNIPPET_DWELL_MS = 250;

export default function ResultSnippet({view, className}: {view: ResultView; className?: string}): ReactNode {
  const ref = useRef<HTMLSpanElement>(null);
  const id = view.hit.record.id;
  const [loaded, setLoaded] = useState<{id: number; text: string} | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      view.text().then(
        (text) => !cancelled && setLoaded({id, text}),
        // Without its text the line still names the page and section; the next search tries again.
        () => undefined,
      );
    const loadSoon = () => {
      timer = setTimeout(() => void load(), SNIPPET_DWELL_MS);
    };
    if (typeof IntersectionObserver === 'undefined') {
      loadSoon();
      return () => {
        cancelled = true;
        clearTimeout(timer);
      };
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        loadSoon();
      }
    });
    observer.observe(el);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [view, id]);
  return (
    <span ref={ref} className={className} data-zoeken-snippet={loaded?.id === id ? '' : undefined}>
      {loaded?.id === id ? <Highlighted pieces={view.snippet(loaded.text)} /> : '\u00a0'}
    </span>
  );
}
