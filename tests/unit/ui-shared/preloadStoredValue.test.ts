import { describe, expect, test, vi } from 'vitest';
import { preloadStoredValue } from '../../../src/ui-shared/preloadStoredValue';
import { followStoredValue, type StoredValueSource } from '../../../src/ui-shared/useStoredValue';

/** One stored value: reads answer when the test resolves them; `set` tells every listener. */
function fakeSource<T>(initial: T) {
  let stored = initial;
  const listeners = new Set<(value: T) => void>();
  const reads: Array<() => void> = [];
  let failNextRead = false;
  const source: StoredValueSource<T> = {
    load: vi.fn(() => {
      const snapshot = stored;
      if (failNextRead) {
        failNextRead = false;
        return Promise.reject(new Error('unreadable'));
      }
      return new Promise<T>((resolve) => reads.push(() => resolve(snapshot)));
    }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    set(value: T) {
      stored = value;
      for (const listener of listeners) listener(value);
    },
    answerReads() {
      for (const read of reads.splice(0)) read();
    },
    failNext() {
      failNextRead = true;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preloadStoredValue', () => {
  test('reads at once, and a later follower gets the value without reading again', async () => {
    const fake = fakeSource('one');
    const preloaded = preloadStoredValue(fake.source);
    expect(preloaded.current()).toBeUndefined();
    await tick();
    expect(fake.source.load).toHaveBeenCalledTimes(1);
    fake.answerReads();
    const seen: string[] = [];
    followStoredValue(preloaded, { value: (value) => seen.push(value), settled: () => undefined });
    await tick();
    expect(seen).toEqual(['one']);
    expect(fake.source.load).toHaveBeenCalledTimes(1);
  });

  test('a change between the preload and the follower is not lost', async () => {
    const fake = fakeSource('old');
    const preloaded = preloadStoredValue(fake.source);
    await tick();
    fake.answerReads();
    await tick();
    fake.set('new');
    const seen: string[] = [];
    followStoredValue(preloaded, { value: (value) => seen.push(value), settled: () => undefined });
    await tick();
    expect(seen).toEqual(['new']);
    fake.set('newer');
    expect(seen).toEqual(['new', 'newer']);
    expect(preloaded.current()).toEqual({ value: 'newer' });
  });

  test('a failed first read is tried again by the follower', async () => {
    const fake = fakeSource('value');
    fake.failNext();
    const preloaded = preloadStoredValue(fake.source);
    await tick();
    const pending = preloaded.load();
    await tick();
    fake.answerReads();
    await expect(pending).resolves.toBe('value');
    expect(fake.source.load).toHaveBeenCalledTimes(2);
  });
});
