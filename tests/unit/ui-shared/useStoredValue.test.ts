import { describe, expect, test } from 'vitest';
import { followStoredValue, type StoredValueSource } from '../../../src/ui-shared/useStoredValue';

/**
 * The smallest stand-in for one `chrome.storage` key: `get` answers only when the test says so
 * (the race needs a read that is slow), `set` tells every `onChanged` listener at once, as Chrome
 * does for other contexts.
 */
class FakeStorage<T> {
  readonly events: string[] = [];
  private listeners = new Set<(value: T) => void>();
  private pendingReads: Array<{ resolve(value: T): void; reject(error: Error): void }> = [];

  constructor(private stored: T) {}

  readonly source: StoredValueSource<T> = {
    load: () => {
      this.events.push('load');
      // What the read sees is the value when it started, like a storage read already in flight.
      const snapshot = this.stored;
      return new Promise<T>((resolve, reject) => {
        this.pendingReads.push({ resolve: () => resolve(snapshot), reject });
      });
    },
    subscribe: (listener) => {
      this.events.push('subscribe');
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    },
  };

  set(value: T): void {
    this.stored = value;
    for (const listener of this.listeners) listener(value);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async finishReads(): Promise<void> {
    await flush();
    for (const read of this.pendingReads.splice(0)) read.resolve(this.stored);
    await flush();
  }

  async failReads(): Promise<void> {
    await flush();
    for (const read of this.pendingReads.splice(0)) read.reject(new Error('storage unavailable'));
    await flush();
  }
}

async function flush(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
}

function follow<T>(storage: FakeStorage<T>) {
  const values: T[] = [];
  const settled: unknown[] = [];
  const stop = followStoredValue(storage.source, {
    value: (value) => values.push(value),
    settled: (outcome) => settled.push(outcome),
  });
  return { values, settled, stop };
}

describe('followStoredValue', () => {
  test('subscribes before it reads, so no change can fall between the two', async () => {
    const storage = new FakeStorage('saved');
    follow(storage);
    await flush();
    expect(storage.events).toEqual(['subscribe', 'load']);
  });

  test('without a change, the value read is the value', async () => {
    const storage = new FakeStorage('saved');
    const seen = follow(storage);
    await flush();
    expect(seen.values).toEqual([]);
    await storage.finishReads();
    expect(seen.values).toEqual(['saved']);
    expect(seen.settled).toEqual([{ ok: true, value: 'saved' }]);
  });

  test('a change during the first read is not overwritten by the older read', async () => {
    const storage = new FakeStorage('old');
    const seen = follow(storage);
    await flush();
    storage.set('new');
    await storage.finishReads();
    // The read started before the change and answers "old"; it must not win.
    expect(seen.values).toEqual(['new']);
    expect(seen.settled).toEqual([{ ok: true, value: 'new' }]);
  });

  test('changes after the first read keep coming', async () => {
    const storage = new FakeStorage(1);
    const seen = follow(storage);
    await storage.finishReads();
    storage.set(2);
    storage.set(3);
    expect(seen.values).toEqual([1, 2, 3]);
    expect(seen.settled).toHaveLength(1);
  });

  test('a failed read settles as failed, and a later change still arrives', async () => {
    const storage = new FakeStorage('saved');
    const seen = follow(storage);
    await storage.failReads();
    expect(seen.settled).toEqual([{ ok: false }]);
    expect(seen.values).toEqual([]);
    storage.set('written elsewhere');
    expect(seen.values).toEqual(['written elsewhere']);
  });

  test('a failed read after a change settles with the changed value', async () => {
    const storage = new FakeStorage('saved');
    const seen = follow(storage);
    await flush();
    storage.set('changed');
    await storage.failReads();
    expect(seen.settled).toEqual([{ ok: true, value: 'changed' }]);
  });

  test('after stop, neither the read nor a change reaches the page, and the listener is gone', async () => {
    const storage = new FakeStorage('saved');
    const seen = follow(storage);
    await flush();
    seen.stop();
    expect(storage.listenerCount).toBe(0);
    storage.set('later');
    await storage.finishReads();
    expect(seen.values).toEqual([]);
    expect(seen.settled).toEqual([]);
  });

  test('a load that throws at once is a failed read, not an exception', async () => {
    const settled: unknown[] = [];
    followStoredValue(
      {
        load: () => {
          throw new Error('no storage');
        },
        subscribe: () => () => undefined,
      },
      { value: () => undefined, settled: (outcome) => settled.push(outcome) },
    );
    await flush();
    expect(settled).toEqual([{ ok: false }]);
  });
});
