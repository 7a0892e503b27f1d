import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BadgeThrottle } from '../../../src/core/capture/badgeThrottle';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A throttle on fake time whose `show` records, for each update, the tab and the count it saw. */
function throttled(intervalMs = 50) {
  const counts = new Map<number, number>();
  const shown: Array<{ tabId: number; count: number; at: number }> = [];
  const throttle = new BadgeThrottle({
    intervalMs,
    show: (tabId) => shown.push({ tabId, count: counts.get(tabId) ?? 0, at: Date.now() }),
  });
  const capture = (tabId: number) => {
    counts.set(tabId, (counts.get(tabId) ?? 0) + 1);
    throttle.changed(tabId);
  };
  return { throttle, shown, capture };
}

describe('badge throttle', () => {
  test('a lone change is shown at once, with no timer', () => {
    const { shown, capture } = throttled();
    const start = Date.now();
    capture(3);
    expect(shown).toEqual([{ tabId: 3, count: 1, at: start }]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a burst is shown at once, then once per interval, and its last count always', async () => {
    const { shown, capture } = throttled(50);
    const start = Date.now();
    for (let i = 0; i < 1000; i++) {
      capture(3);
      await vi.advanceTimersByTimeAsync(1); // one capture a millisecond for a second
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(shown[0]).toEqual({ tabId: 3, count: 1, at: start });
    expect(shown.at(-1)?.count).toBe(1000);
    // 1,000 ms at one update per 50 ms, plus the first and the last.
    expect(shown.length).toBeGreaterThanOrEqual(20);
    expect(shown.length).toBeLessThanOrEqual(22);
    for (let i = 1; i < shown.length; i++) {
      expect((shown[i]?.at ?? 0) - (shown[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(50);
    }
  });

  test('tabs are throttled apart: a burst in one never delays another tab', async () => {
    const { shown, capture } = throttled(50);
    capture(1);
    capture(1);
    capture(2);
    expect(shown.map(({ tabId, count }) => [tabId, count])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    await vi.advanceTimersByTimeAsync(50);
    expect(shown.map(({ tabId, count }) => [tabId, count])).toEqual([
      [1, 1],
      [2, 1],
      [1, 2],
    ]);
  });

  test('a show that throws does not stop the next ones', () => {
    const seen: number[] = [];
    const throttle = new BadgeThrottle({
      show: (tabId) => {
        seen.push(tabId);
        throw new Error('No tab with id');
      },
    });
    throttle.changed(1);
    throttle.changed(2);
    expect(seen).toEqual([1, 2]);
  });

  test('a forgotten tab is shown at once again', () => {
    const { throttle, shown, capture } = throttled(50);
    capture(4);
    throttle.forget(4);
    capture(4);
    expect(shown.map(({ count }) => count)).toEqual([1, 2]);
  });
});
