import { followStoredValue, type StoredValueSource } from './storedValue';

/**
 * Starts following a stored value now, before any component asks for it, and gives a source that
 * components follow as usual (`useStoredValue`). A page calls this at module start so that its
 * first reads run alongside the loading of its scripts, not after its first render.
 *
 * Following starts at once (subscribe, then read, as `followStoredValue` does), so no change made
 * between this call and a component's subscription is lost: `load` answers with the newest value
 * seen. A value that could not be read is read again by the next `load`.
 */
export interface PreloadedSource<T> extends StoredValueSource<T> {
  /** The newest value seen so far, if any: a component's initial state, so it need not wait an effect. */
  current(): { value: T } | undefined;
}

export function preloadStoredValue<T>(source: StoredValueSource<T>): PreloadedSource<T> {
  const listeners = new Set<(value: T) => void>();
  let latest: { value: T } | undefined;
  let failed = false;
  const first = new Promise<void>((resolve) => {
    followStoredValue(source, {
      value: (value) => {
        latest = { value };
        for (const listener of listeners) listener(value);
      },
      settled: (outcome) => {
        failed = !outcome.ok;
        resolve();
      },
    });
  });
  return {
    current: () => latest,
    load: async () => {
      await first;
      if (latest) return latest.value;
      if (failed) return source.load();
      throw new Error('stored value not read');
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
