/**
 * The search dialog of the navbar button (./index.tsx), in a chunk of its own: it loads
 * when a reader points at, focuses or presses the button (or its shortcut), not with every
 * page. On mounting it starts loading the search index as well.
 */
import {
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
  type KeyboardEvent,
  type MutableRefObject,
  type RefObject,
} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Highlighted from '@site/src/plugins/zoeken/client/Highlighted';
import ResultSnippet from '@site/src/plugins/zoeken/client/ResultSnippet';
import {typeLabel, versionOfPath} from '@site/src/plugins/zoeken/client/labels';
import {useSearch, useZoekenData} from '@site/src/plugins/zoeken/client/useSearch';
import styles from './styles.module.css';

export interface DialogProps {
  open: boolean;
  setOpen: (open: boolean) => void;
  dialogRef: RefObject<HTMLDialogElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Where focus goes back to when the dialog closes. */
  returnFocus: MutableRefObject<HTMLElement | null>;
}

export default function SearchDialog({open, setOpen, dialogRef, inputRef, returnFocus}: DialogProps): ReactNode {
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
  const [query, setQuery] = useState('');
  const {activate, ready, error, results, waiting, shownFor} = useSearch(query, versions);
  // The active option belongs to one list of results; new results start at their first.
  const [active, setActive] = useState<{results: typeof results; index: number} | null>(null);
  const activeIndex = active?.results === results ? active.index : results.length > 0 ? 0 : -1;
  const setActiveIndex = (index: number) => setActive({results, index});
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const scopeEntry = data.indexes.find((e) => e.version === scope);
  const otherEntry = data.indexes.find((e) => e.version !== scope);
  const close = () => setOpen(false);

  // Mounted on the reader's first move towards search: load the index now.
  useEffect(() => activate(), [activate]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, dialogRef, inputRef]);

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
    ? (error ?? translate({id: 'zoeken.status.loading', message: 'Zoekindex laden…'}))
    : query.trim() === '' || (waiting && results.length === 0)
      ? ''
      : results.length === 0
        ? translate({id: 'zoeken.status.none', message: 'Geen resultaten.'})
        : translate({id: 'zoeken.status.count', message: '{count} resultaten.'}, {count: results.length});

  return (
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
        <ul
          id={listId}
          role="listbox"
          data-zoeken-query={shownFor}
          className={styles.list}
          aria-label={translate({id: 'zoeken.results.label', message: 'Resultaten'})}>
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
              <ResultSnippet view={r} className={styles.snippet} />
            </li>
          ))}
        </ul>
        {ready && !waiting && query.trim() !== '' && results.length === 0 && (
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
  );
}
