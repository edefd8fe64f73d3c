/**
 * Navbar search: a button that opens a modal <dialog> with an ARIA 1.2
 * combobox (input) and listbox (results). Opens with Ctrl/Cmd+K and "/";
 * arrow keys move, Enter opens the result at its section, Escape closes and
 * focus returns to where it came from. The dialog's code (./Dialog.tsx) and
 * the index load on the first pointing at, focus of or press on the button
 * or a shortcut, never with the page.
 */
import {lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

const SearchDialog = lazy(() => import('./Dialog'));

function isTypingTarget(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  // Whether the dialog (and with it the index) has been asked for: from then on it stays mounted.
  const [wanted, setWanted] = useState(false);
  // Marks the button once hydrated, so tests (and readers' scripts) know the shortcuts work:
  // true from the render after hydration, when this component's effects (the key listener) have run.
  const hydrated = useIsBrowser();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const want = useCallback(() => setWanted(true), []);

  const show = useCallback(() => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setWanted(true);
    setOpen(true);
    // Open right away: after Escape the dialog's close event may still be queued,
    // and state alone would then leave it shut. (The first time, the dialog opens
    // as soon as its code has loaded.)
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
    }
  }, []);

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

  return (
    <>
      <button
        type="button"
        className={styles.trigger}
        onClick={show}
        onFocus={want}
        onPointerEnter={want}
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
        <kbd className={styles.kbd} aria-hidden="true">
          /
        </kbd>
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <SearchDialog
            open={open}
            setOpen={setOpen}
            dialogRef={dialogRef}
            inputRef={inputRef}
            returnFocus={returnFocus}
          />
        </Suspense>
      )}
    </>
  );
}
