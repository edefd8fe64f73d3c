/**
 * Navbar search: a button that opens a modal <dialog> with an ARIA 1.2
 * combobox (input) and listbox (results). Opens with Ctrl/Cmd+K and "/";
 * arrow keys move, Enter opens the result at its section, Escape closes and
 * focus returns to where it came from. The index loads on first focus or
 * keypress, never with the page.
 */
import {useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode, type KeyboardEvent} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Highlighted from '@site/src/plugins/zoeken/client/Highlighted';
import {typeLabel, versionOfPath} from '@site/src/plugins/zoeken/client/labels';
import {useSearch, useZoekenData} from '@site/src/plugins/zoeken/client/useSearch';
import styles from './styles.module.css';

function isTypingTarget(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

export default function SearchBar(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {baseUrl} = siteConfig;
  const data = useZoekenData();
  const location = useLocation();
  const history = useHistory();
  const readerVersion = versionOfPath(location.pathname, baseUrl, data.indexes);
  const [scope, setScope] = useState(readerVersion);
  // Moving to a page of another edition searches that edition again (state adjusted while rendering, not in an effect).
  const [scopeFor, setScopeFor] = useState(readerVersion);
  if (scopeFor !== readerVersion) {
    setScopeFor(readerVersion);
    setScope(readerVersion);
  }
  const versions = useMemo(() => [scope], [scope]);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  // Marks the button once hydrated, so tests (and readers' scripts) know the shortcuts work:
  // true from the render after hydration, when this component's effects (the key listener) have run.
  const hydrated = useIsBrowser();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const {activate, ready, error, results} = useSearch(query, versions);
  // The active option belongs to one list of results; new results start at their first.
  const [active, setActive] = useState<{results: typeof results; index: number} | null>(null);
  const activeIndex = active?.results === results ? active.index : results.length > 0 ? 0 : -1;
  const setActiveIndex = (index: number) => setActive({results, index});
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const scopeEntry = data.indexes.find((e) => e.version === scope);
  const otherEntry = data.indexes.find((e) => e.version !== scope);

  const show = useCallback(() => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    activate();
    setOpen(true);
    // Open right away: after Escape the dialog's close event may still be queued,
    // and state alone would then leave it shut.
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
    }
  }, [activate]);

  const close = useCallback(() => {
    setOpen(false);
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        show();
      } else if (e.key === '/' && !dialogRef.current?.open && !isTypingTarget(e.target)) {
        // The dialog element, not React state: right after Escape the state is still "open".
        e.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  const go = (path: string) => {
    setOpen(false);
    history.push(`${baseUrl}${path}`);
  };

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActiveIndex(results.length === 0 ? -1 : (activeIndex + 1) % results.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActiveIndex(results.length === 0 ? -1 : (activeIndex - 1 + results.length) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const r = results[activeIndex];
      if (r) go(r.hit.record.path);
      else if (query.trim()) go(`${data.searchPagePath}?q=${encodeURIComponent(query)}`);
    }
  };

  const status = !ready
    ? error ?? translate({id: 'zoeken.status.loading', message: 'Zoekindex laden…'})
    : query.trim() === ''
      ? ''
      : results.length === 0
        ? translate({id: 'zoeken.status.none', message: 'Geen resultaten.'})
        : translate({id: 'zoeken.status.count', message: '{count} resultaten.'}, {count: results.length});

  return (
    <>
      <button
        type="button"
        className={styles.trigger}
        onClick={show}
        onFocus={activate}
        onPointerEnter={activate}
        aria-haspopup="dialog"
        data-zoeken-ready={hydrated ? '' : undefined}
        aria-keyshortcuts="Control+K Meta+K /">
        <svg className={styles.icon} aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {/* On phones only the icon shows; the word stays the button's name for screen readers. */}
        <span className={styles.triggerLabel}>
          <Translate id="zoeken.button">Zoeken</Translate>
        </span>
        <kbd className={styles.kbd} aria-hidden="true">/</kbd>
      </button>
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-label={translate({id: 'zoeken.dialog.label', message: 'Zoeken in de kennisbank'})}
        onClose={() => {
          // Ignore a late close event when the reader has already reopened the dialog.
          if (dialogRef.current?.open) return;
          setOpen(false);
          returnFocus.current?.focus();
        }}
        onClick={(e) => {
          if (e.target === dialogRef.current) close();
        }}>
        <div className={styles.panel}>
          <div className={styles.inputRow}>
            <label htmlFor={`${id}-input`} className={styles.label}>
              <Translate id="zoeken.input.label">Zoek op een woord of vraag</Translate>
            </label>
            <input
              ref={inputRef}
              id={`${id}-input`}
              className={styles.input}
              type="text"
              role="combobox"
              aria-expanded={results.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onInputKey}
            />
            <button type="button" className={styles.close} onClick={close}>
              <Translate id="zoeken.close">Sluiten</Translate>
            </button>
          </div>
          {scopeEntry && (
            <p className={styles.scope}>
              <Translate id="zoeken.scope" values={{edition: scopeEntry.edition}}>
                {'Je zoekt in {edition}.'}
              </Translate>{' '}
              {otherEntry && (
                <button type="button" className={styles.linkButton} onClick={() => setScope(otherEntry.version)}>
                  <Translate id="zoeken.scope.switch" values={{edition: otherEntry.edition}}>
                    {'Zoek in {edition}'}
                  </Translate>
                </button>
              )}
            </p>
          )}
          <p role="status" className={styles.status}>
            {status}
          </p>
          <ul id={listId} role="listbox" className={styles.list} aria-label={translate({id: 'zoeken.results.label', message: 'Resultaten'})}>
            {results.map((r, i) => (
              <li
                key={r.hit.record.path}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={styles.option}
                onMouseMove={() => setActiveIndex(i)}
                onClick={() => go(r.hit.record.path)}>
                <span className={styles.type}>{typeLabel(r.hit.record.page.y)}</span>
                <span className={styles.title}>
                  <Highlighted pieces={r.title} />
                </span>
                {r.hit.record.section.h && (
                  <span className={styles.path}>
                    <Highlighted pieces={r.path} />
                  </span>
                )}
                <span className={styles.snippet}>
                  <Highlighted pieces={r.snippet} />
                </span>
              </li>
            ))}
          </ul>
          {ready && query.trim() !== '' && results.length === 0 && (
            <p className={styles.empty}>
              <Translate id="zoeken.empty.dialog">Probeer een ander woord, of kijk bij</Translate>{' '}
              <Link to="/begrippen" onClick={close}>
                <Translate id="zoeken.empty.begrippen">Begrippen</Translate>
              </Link>
              .
            </p>
          )}
          {query.trim() !== '' && (
            <p className={styles.more}>
              <Link to={`/${data.searchPagePath}?q=${encodeURIComponent(query)}`} onClick={close}>
                <Translate id="zoeken.all">Alle resultaten</Translate>
              </Link>
            </p>
          )}
        </div>
      </dialog>
    </>
  );
}
