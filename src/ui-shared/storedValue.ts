/**
 * Following a stored value without Preact: `preloadStoredValue` runs this from a page's entry,
 * before the page's components (and Preact) are loaded. `useStoredValue.ts` builds the hook on it.
 */

/**
 * A value kept in `chrome.storage` that pages follow: how to read it and how to hear of its
 * changes. The platform modules provide these (e.g. `apiConfigsSource` in platform/configStore.ts).
 */
export interface StoredValueSource<T> {
  load(): Promise<T>;
  /** Calls `listener` with each new value, from any extension context; returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
}

export interface StoredValueListener<T> {
  /** The newest value: the first load's, then each change's. */
  value(value: T): void;
  /** Once, when the first load is over: with the value then current, or failed without one. */
  settled(outcome: { ok: true; value: T } | { ok: false }): void;
}

/**
 * Follows a stored value: subscribes first, then loads, so that no change falls between the read
 * and the subscription. A change that arrives while the first load is under way is newer than
 * what the load read, so the load's result is then dropped rather than written over it. Nothing
 * reaches the listener after the returned stop function is called.
 */
export function followStoredValue<T>(
  source: StoredValueSource<T>,
  listener: StoredValueListener<T>,
): () => void {
  let live = true;
  let changed: { value: T } | undefined;
  const stop = source.subscribe((value) => {
    if (!live) return;
    changed = { value };
    listener.value(value);
  });
  Promise.resolve()
    .then(() => source.load())
    .then(
      (loaded) => {
        if (!live) return;
        if (changed === undefined) listener.value(loaded);
        listener.settled({ ok: true, value: changed?.value ?? loaded });
      },
      () => {
        if (!live) return;
        listener.settled(changed === undefined ? { ok: false } : { ok: true, value: changed.value });
      },
    );
  return () => {
    live = false;
    stop();
  };
}
