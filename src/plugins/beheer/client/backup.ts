/**
 * Decap's local backup, made safe. When she says yes to "restore the local backup?",
 * Decap may still be preparing the form: listing the entry's media folders (a new
 * entry) or loading the saved entry (her draft). When that finishes it replaces the
 * restored text with an empty or saved form, and her text is gone (issue 22, twice;
 * Decap's own issue decaporg/decap-cms#5055, open). Decap offers no hook for this, so
 * the script watches its store: when a restored draft is replaced before she changed
 * or saved anything, it hands Decap the same backup again and answers its question
 * with the yes she already gave.
 */

interface Immutable {
  get(key: string): unknown;
  equals(other: unknown): boolean;
  toJS(): unknown;
}

interface Store {
  getState(): {entryDraft: Immutable};
  dispatch(action: {type: string; payload?: unknown}): unknown;
  subscribe(listener: () => void): () => void;
}

/** Long enough for the slowest form preparation on GitHub; after that a new form is hers. */
const WINDOW_MS = 60_000;

const isStore = (v: unknown): v is Store =>
  !!v &&
  typeof (v as Store).getState === 'function' &&
  typeof (v as Store).dispatch === 'function' &&
  typeof (v as Store).subscribe === 'function';

interface Fiber {
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedProps?: {store?: unknown} | null;
}

/** The Redux store of the React app rendered in root (react-redux's Provider is near the top). */
export function findStore(root: Element): Store | undefined {
  const key = Object.keys(root).find((k) => k.startsWith('__reactContainer$'));
  const start = key ? ((root as unknown as Record<string, Fiber>)[key] ?? null) : null;
  const queue: Fiber[] = start ? [start] : [];
  for (let seen = 0; queue.length > 0 && seen < 500; seen++) {
    const fiber = queue.shift()!;
    const store = fiber.memoizedProps?.store;
    if (isStore(store)) return store;
    if (fiber.child) queue.push(fiber.child);
    if (fiber.sibling) queue.push(fiber.sibling);
  }
  return undefined;
}

/**
 * Keeps a restored backup (see above). backupQuestion is Decap's own question in the
 * editor's language; only that question is ever answered for her.
 */
export function keepRestoredBackup(store: Store, backupQuestion: string): void {
  let restored: {entry: Immutable; key: unknown; at: number} | undefined;
  let answerYes = false;
  let prev = store.getState().entryDraft;

  const ask = window.confirm.bind(window);
  window.confirm = (message?: string) => {
    if (answerYes && message === backupQuestion) {
      answerYes = false;
      return true;
    }
    return ask(message);
  };

  store.subscribe(() => {
    const draft = store.getState().entryDraft;
    if (draft === prev) return;
    const before = prev;
    prev = draft;
    const entry = draft.get('entry') as Immutable | undefined;
    if (before.get('localBackup') && !draft.get('localBackup') && draft.get('hasChanged') === true && entry) {
      restored = {entry, key: draft.get('key'), at: Date.now()};
      return;
    }
    if (!restored) return;
    if (entry?.get('isPersisting') || Date.now() - restored.at > WINDOW_MS) {
      // Saving, or long past: from here on the form is hers again.
      restored = undefined;
      return;
    }
    // An emptied draft (Decap discards and recreates the form while it lists her other drafts) is a step
    // on the way to the replacement, not her leaving: keep waiting for the form that replaces hers.
    if (!entry?.get('collection')) return;
    const same = (key: string) => entry.get(key) === restored!.entry.get(key);
    if (!same('collection')) return;
    if (draft.get('key') === restored.key && draft.get('hasChanged') === true) {
      // She goes on typing in the restored form: that is what a later replacement must not take away.
      restored.entry = entry;
      return;
    }
    const replaced =
      draft.get('key') !== restored.key &&
      draft.get('hasChanged') === false &&
      same('slug') &&
      !(entry.get('data') as Immutable | undefined)?.equals(restored.entry.get('data'));
    if (!replaced) return;
    const again = restored.entry.toJS();
    restored = undefined;
    answerYes = true;
    // Not inside Redux's notification: Decap's editor asks its question when it sees the backup arrive.
    setTimeout(() => store.dispatch({type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: {entry: again}}), 0);
  });
}

/**
 * Finds Decap's store as soon as it renders into #nc-root, then keeps restored backups.
 * Watched, not polled: with Decap in the browser's cache the backup question can come
 * within a few hundred milliseconds of the first render, and a guard that arrives after
 * her yes never sees the restore it must protect.
 */
export function guardBackups(backupQuestion: string): void {
  const root = document.getElementById('nc-root') ?? document.body;
  let done = false;
  const attempt = (): void => {
    const host = document.getElementById('nc-root');
    const store = host ? findStore(host) : undefined;
    if (!store || done) return;
    done = true;
    observer.disconnect();
    keepRestoredBackup(store, backupQuestion);
  };
  const observer = new MutationObserver(attempt);
  observer.observe(root, {childList: true, subtree: true});
  attempt();
  setTimeout(() => {
    if (done) return;
    observer.disconnect();
    console.warn('[beheer] Decaps gegevens niet gevonden: een teruggezette back-up is niet beschermd.');
  }, WINDOW_MS);
}
