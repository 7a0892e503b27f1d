import { followStoredValue, type StoredValueSource } from './useStoredValue';

/**
 * Starts following a stored value now, before any component asks for it, and gives a source that
 * components follow as usual (`useStoredValue`). A page calls this at module start so that its
 * first reads run alongside the loading of its scripts, not after its first render.
 *
 * Following starts at once (subscribe, then read, as `followStoredValue` does), so no change made
 * between this call and a component's subscription is lost: `load` answers with the newest value
 * seen. A value that could not be read is read again by the next `load`.
 */
export function preloadStoredValue<T>(source: StoredValueSource<T>): StoredValueSource<T> {
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
