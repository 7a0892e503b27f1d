import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  CAPTURE_INDEX_KEY,
  type CaptureIndex,
  callKey,
  failuresForTab,
  reviveCaptureIndex,
  type StoreLimits,
  storedBytes,
  summarize,
  summaryKey,
} from '../../../src/core/capture/captureStore';
import { CaptureWriter } from '../../../src/core/capture/captureWriter';
import { capturedCall, jsonBytes } from './support/calls';
import { FakeSession } from './support/fakeSession';

const INTERVAL = 50;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function writerOn(storage: FakeSession, limits?: StoreLimits) {
  const written: Array<{ index: CaptureIndex; tabIds: number[] }> = [];
  const writer = new CaptureWriter({
    storage,
    intervalMs: INTERVAL,
    ...(limits && { limits }),
    onWritten: (index, tabIds) => written.push({ index, tabIds }),
  });
  return { writer, written };
}

/** Lets pending writes and their timers run (time is fake). */
async function settle(ms = 10 * INTERVAL): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

async function storedIndex(storage: FakeSession): Promise<CaptureIndex> {
  return reviveCaptureIndex((await storage.get(CAPTURE_INDEX_KEY))[CAPTURE_INDEX_KEY]);
}

/** Every stored call key is listed by the stored index, and every listed call is stored. */
async function expectConsistent(storage: FakeSession): Promise<void> {
  const index = await storedIndex(storage);
  expect(storage.keys('capture:call:').sort()).toEqual(index.calls.map((call) => callKey(call.id)).sort());
  expect(storage.keys('capture:summary:').sort()).toEqual(
    index.calls.map((call) => summaryKey(call.id)).sort(),
  );
}

describe('capture writer', () => {
  test('a lone call is written at once, as its own key plus the index', async () => {
    const storage = new FakeSession();
    const { writer, written } = writerOn(storage);
    const set = vi.spyOn(storage, 'set');
    writer.add(capturedCall('a', 7));
    await vi.advanceTimersByTimeAsync(0);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual([
      callKey('a'),
      CAPTURE_INDEX_KEY,
      summaryKey('a'),
    ]);
    expect(written).toEqual([{ index: await storedIndex(storage), tabIds: [7] }]);
    expect(failuresForTab(await storedIndex(storage), 7)).toBe(1);
  });

  test('adding a call never rewrites the calls already stored', async () => {
    const storage = new FakeSession();
    const { writer } = writerOn(storage);
    for (let id = 0; id < 20; id++) {
      writer.add(capturedCall(String(id), 1));
      await settle(INTERVAL);
    }
    const set = vi.spyOn(storage, 'set');
    writer.add(capturedCall('new', 1));
    await settle(INTERVAL);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual([
      callKey('new'),
      CAPTURE_INDEX_KEY,
      summaryKey('new'),
    ]);
  });

  test('what one capture writes does not grow with the calls stored', async () => {
    const storage = new FakeSession();
    const { writer } = writerOn(storage);
    const written: number[] = [];
    const set = vi.spyOn(storage, 'set');
    for (let id = 0; id < 200; id++) {
      writer.add(capturedCall(`call-${id}`, id % 4));
      await settle(INTERVAL);
      const items = set.mock.calls.at(-1)?.[0] ?? {};
      // What this write adds beyond the call itself: its summary and the index.
      const { [callKey(`call-${id}`)]: _call, ...rest } = items;
      written.push(jsonBytes(rest));
    }
    expect((await storedIndex(storage)).calls).toHaveLength(200);
    const [first, last] = [written[0] ?? 0, written.at(-1) ?? 0];
    // The index grows by about 45 bytes per stored call; the summaries are never rewritten.
    expect(last - first).toBeLessThan(199 * 60);
    expect(last).toBeLessThan(12 * 1024);
  });

  test('a burst is coalesced: one write per interval, and nothing within the bounds is lost', async () => {
    const storage = new FakeSession();
    const { writer } = writerOn(storage, { perTab: 50, total: 200, totalBytes: 4 * 1024 * 1024 });
    await writer.index();
    // 1,000 calls over 100 ms, each in its own task as Chrome's events come.
    for (let id = 0; id < 1000; id++) {
      writer.add(capturedCall(`c${id}`, id % 4));
      await vi.advanceTimersByTimeAsync(id % 10 === 9 ? 1 : 0);
    }
    await settle();
    // The first call went out at once, then one write per 50 ms interval.
    expect(storage.sets).toBeGreaterThanOrEqual(2);
    expect(storage.sets).toBeLessThanOrEqual(4);
    const index = await storedIndex(storage);
    expect(index.calls).toHaveLength(200);
    for (const tabId of [0, 1, 2, 3]) expect(failuresForTab(index, tabId)).toBe(250);
    expect(index.calls.at(-1)?.id).toBe('c999');
    await expectConsistent(storage);
  });

  test('calls arriving during a write go out in the next one, at most one interval later', async () => {
    const storage = new FakeSession();
    const { writer } = writerOn(storage);
    writer.add(capturedCall('first', 1));
    await vi.advanceTimersByTimeAsync(1);
    writer.add(capturedCall('second', 1));
    writer.add(capturedCall('third', 1));
    await vi.advanceTimersByTimeAsync(INTERVAL - 5);
    expect((await storedIndex(storage)).calls.map((call) => call.id)).toEqual(['first']);
    await vi.advanceTimersByTimeAsync(10);
    expect((await storedIndex(storage)).calls.map((call) => call.id)).toEqual(['first', 'second', 'third']);
    expect(storage.sets).toBe(2);
  });

  test('bounds hold in UTF-8 bytes: a flood of 3-byte characters stays within the budget', async () => {
    const storage = new FakeSession();
    const limits = { perTab: 50, total: 200, totalBytes: 1024 * 1024 };
    const { writer } = writerOn(storage, limits);
    const header = '日'.repeat(20_000); // 60 KB of UTF-8, 20,000 characters
    for (let id = 0; id < 100; id++) {
      writer.add(capturedCall(`c${id}`, id % 4, header));
      await settle(INTERVAL);
    }
    const index = await storedIndex(storage);
    expect(storedBytes(index)).toBeLessThanOrEqual(limits.totalBytes);
    expect(storage.bytes() - JSON.stringify(index).length).toBeLessThanOrEqual(limits.totalBytes);
    // 1 MiB holds 17 such calls, the newest.
    expect(index.calls.map((call) => call.id)).toEqual(Array.from({ length: 17 }, (_, i) => `c${83 + i}`));
    await expectConsistent(storage);
  });

  test('a quota error drops the oldest calls and retries, and later writes still succeed', async () => {
    // The store thinks it has 4 MiB; storage refuses past 600 kB (as when something else fills it).
    const storage = new FakeSession(600_000);
    const { writer } = writerOn(storage);
    const header = 'é'.repeat(30_000);
    for (let id = 0; id < 40; id++) {
      writer.add(capturedCall(`c${id}`, 1, header));
      await settle(INTERVAL);
    }
    const index = await storedIndex(storage);
    expect(index.calls.at(-1)?.id).toBe('c39');
    expect(index.calls.length).toBeGreaterThan(5);
    expect(storage.bytes()).toBeLessThanOrEqual(600_000);
    // Every 401 is still counted, and an ordinary call from another tab is stored.
    expect(failuresForTab(index, 1)).toBe(40);
    writer.add(capturedCall('fresh', 2));
    await settle(INTERVAL);
    expect((await storedIndex(storage)).calls.at(-1)?.id).toBe('fresh');
    await expectConsistent(storage);
  });

  test('any other write error keeps the calls and retries after the interval', async () => {
    const storage = new FakeSession();
    const { writer, written } = writerOn(storage);
    storage.failNext.push(new Error('Extension context invalidated.'));
    writer.add(capturedCall('a', 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.keys('capture:')).toEqual([]);
    expect(written).toEqual([]);
    // Still answerable from memory meanwhile.
    expect((await writer.call('a'))?.id).toBe('a');
    await settle(INTERVAL);
    expect((await storedIndex(storage)).calls.map((call) => call.id)).toEqual(['a']);
    expect(written.at(-1)?.tabIds).toEqual([1]);
  });

  test('a call dropped while a write is in flight is removed afterwards: no call is left unlisted', async () => {
    const storage = new FakeSession();
    const { writer } = writerOn(storage, { perTab: 2, total: 10, totalBytes: 1e9 });
    writer.add(capturedCall('a', 1));
    writer.add(capturedCall('b', 1));
    await vi.advanceTimersByTimeAsync(0);
    writer.add(capturedCall('c', 1));
    writer.add(capturedCall('d', 1));
    await settle();
    expect((await storedIndex(storage)).calls.map((call) => call.id)).toEqual(['c', 'd']);
    await expectConsistent(storage);
  });

  test('a restarted worker reads the index back, keeps the bounds across both lives, and removes strays', async () => {
    const storage = new FakeSession();
    const limits = { perTab: 3, total: 10, totalBytes: 1e9 };
    const first = writerOn(storage, limits).writer;
    for (const id of ['a', 'b', 'c']) first.add(capturedCall(id, 1));
    await settle();
    // A call a stopped worker stored but never listed.
    await storage.set({
      [callKey('stray')]: capturedCall('stray', 1),
      [summaryKey('stray')]: summarize(capturedCall('stray', 1)),
      [summaryKey('lone')]: summarize(capturedCall('lone', 1)),
    });

    const second = writerOn(storage, limits).writer;
    expect(failuresForTab(await second.index(), 1)).toBe(3);
    expect((await second.call('a'))?.id).toBe('a');
    second.add(capturedCall('d', 1));
    await settle();
    const index = await storedIndex(storage);
    expect(index.calls.map((call) => call.id)).toEqual(['b', 'c', 'd']);
    expect(failuresForTab(index, 1)).toBe(4);
    await expectConsistent(storage);
  });

  test('calls taken before the index is read back are not lost', async () => {
    const storage = new FakeSession();
    const first = writerOn(storage).writer;
    first.add(capturedCall('old', 1));
    await settle();
    const second = writerOn(storage).writer;
    second.add(capturedCall('new', 1));
    await settle();
    expect((await storedIndex(storage)).calls.map((call) => call.id)).toEqual(['old', 'new']);
  });

  test('removing a tab resolves once storage has forgotten it, and resets its count', async () => {
    const storage = new FakeSession();
    const { writer, written } = writerOn(storage);
    writer.add(capturedCall('a', 1));
    writer.add(capturedCall('b', 2));
    await settle();
    await Promise.all([writer.removeTab(1), settle()]);
    const index = await storedIndex(storage);
    expect(index.calls.map((call) => call.id)).toEqual(['b']);
    expect(failuresForTab(index, 1)).toBe(0);
    expect(written.at(-1)?.tabIds).toEqual([1]);
    await expectConsistent(storage);
  });

  test('flushed resolves when everything taken is stored', async () => {
    const storage = new FakeSession();
    const { writer } = writerOn(storage);
    await writer.flushed();
    writer.add(capturedCall('first', 1));
    await vi.advanceTimersByTimeAsync(0);
    for (let id = 0; id < 9; id++) writer.add(capturedCall(`c${id}`, 1));
    let done = false;
    const flushed = writer.flushed().then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await settle(INTERVAL);
    await flushed;
    expect((await storedIndex(storage)).calls).toHaveLength(10);
  });

  test('a call no longer stored reads as undefined', async () => {
    const { writer } = writerOn(new FakeSession());
    expect(await writer.call('nothing')).toBeUndefined();
  });

  test('each change is told at once, with the index to come, before storage is asked to write it', async () => {
    const storage = new FakeSession();
    const order: string[] = [];
    const taken: Array<{ failures: number; tabIds: number[] }> = [];
    const set = storage.set.bind(storage);
    storage.set = (items) => {
      order.push('set');
      return set(items);
    };
    const writer = new CaptureWriter({
      storage,
      intervalMs: INTERVAL,
      onTaken: (index, tabIds) => {
        order.push('taken');
        taken.push({ failures: failuresForTab(index, 7), tabIds });
      },
    });
    expect(writer.currentIndex()).toBeUndefined(); // the stored index is not read back yet
    writer.add(capturedCall('a', 7));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['taken', 'set']);
    expect(failuresForTab(writer.currentIndex() ?? { calls: [], failures: {} }, 7)).toBe(1);
    // A second call within the interval is told at once, although its write waits for the interval.
    writer.add(capturedCall('b', 7));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['taken', 'set', 'taken']);
    expect(taken).toEqual([
      { failures: 1, tabIds: [7] },
      { failures: 2, tabIds: [7] },
    ]);
    await settle(INTERVAL);
    expect(order).toEqual(['taken', 'set', 'taken', 'set']);
    const removed = writer.removeTab(7);
    expect(taken.at(-1)).toEqual({ failures: 0, tabIds: [7] }); // told before the removal is written
    await settle(INTERVAL);
    await removed;
  });

  test('a listener that throws stops neither the change nor its write', async () => {
    const storage = new FakeSession();
    const writer = new CaptureWriter({
      storage,
      intervalMs: INTERVAL,
      onTaken: () => {
        throw new Error('no badge');
      },
    });
    writer.add(capturedCall('a', 7));
    await writer.flushed();
    expect(failuresForTab(await storedIndex(storage), 7)).toBe(1);
  });
});
