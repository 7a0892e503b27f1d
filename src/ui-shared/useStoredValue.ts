import { useEffect, useState } from 'preact/hooks';
import { followStoredValue, type StoredValueSource } from './storedValue';

// Re-exported: the pages' modules take both from here.
export { followStoredValue, type StoredValueListener, type StoredValueSource } from './storedValue';

export interface StoredValue<T> {
  value: T;
  /** `loading` until the first load is over; `failed` when it could not be read (value stays `initial`). */
  status: 'loading' | 'ready' | 'failed';
  /** Shows a value this page has just written, before its change event comes back. */
  set(value: T): void;
}

/**
 * The stored value for a Preact page, kept current with `storage.onChanged`. `source` must be the
 * same object on every render (a module constant): a new one starts following again.
 */
export function useStoredValue<T>(source: StoredValueSource<T>, initial: T): StoredValue<T> {
  const [value, setValue] = useState<T>(initial);
  const [status, setStatus] = useState<StoredValue<T>['status']>('loading');
  useEffect(
    () =>
      followStoredValue(source, {
        value: setValue,
        settled: (outcome) => setStatus(outcome.ok ? 'ready' : 'failed'),
      }),
    [source],
  );
  return { value, status, set: setValue };
}
