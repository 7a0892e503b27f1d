import { describe, expect, test } from 'vitest';
import {
  addToIndex,
  type CaptureIndex,
  callKey,
  callsForTab,
  dropOldest,
  EMPTY_CAPTURE_INDEX,
  encodeStored,
  failuresForTab,
  type IndexEntry,
  idOfKey,
  indexEntry,
  isCallKey,
  isSummaryKey,
  joinSummaries,
  NO_TAB,
  newestCalls,
  removeTabFromIndex,
  reviveCallSummary,
  reviveCapturedCall,
  reviveCaptureIndex,
  type StoreLimits,
  sameListForTab,
  statusCountsForTab,
  storedBytes,
  summarize,
  summaryKey,
} from '../../../src/core/capture/captureStore';
import { capturedCall, jsonBytes } from './support/calls';

const LOOSE: StoreLimits = { perTab: 50, total: 200, totalBytes: 1e9 };

function fill(entries: Array<[string, number]>, limits: StoreLimits = LOOSE): CaptureIndex {
  return entries.reduce<CaptureIndex>(
    (index, [id, tabId]) => addToIndex(index, summarize(capturedCall(id, tabId)), limits).index,
    EMPTY_CAPTURE_INDEX,
  );
}

const ids = (calls: IndexEntry[]) => calls.map((entry) => entry.id);

describe('capture index', () => {
  test('lists a tab newest first and counts its failures', () => {
    const index = fill([
      ['a', 1],
      ['b', 2],
      ['c', 1],
    ]);
    expect(ids(callsForTab(index, 1))).toEqual(['c', 'a']);
    expect(failuresForTab(index, 1)).toBe(2);
    expect(failuresForTab(index, 3)).toBe(0);
  });

  test("counts a tab's stored calls per status, for the tooltip", () => {
    const at = (id: string, tabId: number, statusCode: number) => ({
      ...capturedCall(id, tabId),
      statusCode,
    });
    const index = [at('a', 1, 403), at('b', 1, 401), at('c', 2, 500), at('d', 1, 401)].reduce<CaptureIndex>(
      (built, call) => addToIndex(built, summarize(call), LOOSE).index,
      EMPTY_CAPTURE_INDEX,
    );
    expect(statusCountsForTab(index, 1)).toEqual([
      [401, 2],
      [403, 1],
    ]);
    expect(statusCountsForTab(index, 3)).toEqual([]);
  });

  test('a summary holds what the list shows, and the size of the stored call in UTF-8 bytes', () => {
    const call = capturedCall('é', 1, '日本'.repeat(1000));
    const summary = summarize(call);
    expect(summary).toMatchObject({ id: 'é', tabId: 1, method: 'GET', statusCode: 401, requestTime: 1000 });
    expect(summary.url).toBe('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/é');
    // Both keys as stored, each value its JSON text (written by Chrome as a JSON string): the call
    // and its summary (whose own `bytes` field is counted with 10 digits).
    const keyBytes = (key: string) => new TextEncoder().encode(key).length;
    expect(summary.bytes).toBe(
      jsonBytes(encodeStored(call)) +
        keyBytes(callKey('é')) +
        keyBytes(summaryKey('é')) +
        jsonBytes(encodeStored({ ...summary, bytes: 0 })) +
        9,
    );
    // 2,000 CJK characters are 6,000 bytes, not 2,000.
    expect(summary.bytes).toBeGreaterThan(6000);
  });

  test('a summary never carries a long URL whole', () => {
    const call = capturedCall('long', 1);
    call.api.path = `/prod/${'p'.repeat(100_000)}`;
    expect(jsonBytes(summarize(call))).toBeLessThan(1200);
  });

  test('drops the oldest call of a tab beyond the per-tab bound, leaving other tabs alone, and keeps counting', () => {
    const limits = { ...LOOSE, perTab: 2 };
    const index = fill(
      [
        ['a', 1],
        ['x', 2],
        ['b', 1],
        ['c', 1],
      ],
      limits,
    );
    expect(ids(callsForTab(index, 1))).toEqual(['c', 'b']);
    expect(ids(callsForTab(index, 2))).toEqual(['x']);
    expect(failuresForTab(index, 1)).toBe(3);
  });

  test('drops the oldest calls overall beyond the total bound, and says which', () => {
    const limits = { ...LOOSE, total: 3 };
    const index = fill(
      [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ],
      limits,
    );
    const change = addToIndex(index, summarize(capturedCall('d', 4)), limits);
    expect(ids(newestCalls(change.index, 10))).toEqual(['d', 'c', 'b']);
    expect(change.dropped).toEqual(['a']);
  });

  test('keeps the stored bytes within the budget, oldest first, but never drops the call just added', () => {
    // 3-byte characters: a budget in characters would let three times as much through.
    const header = '日'.repeat(10_000);
    const one = summarize(capturedCall('0', 1, header)).bytes;
    const limits = { ...LOOSE, totalBytes: one * 2 + 10 };
    let index: CaptureIndex = EMPTY_CAPTURE_INDEX;
    for (let id = 0; id < 10; id++)
      index = addToIndex(index, summarize(capturedCall(String(id), 1, header)), limits).index;
    expect(ids(callsForTab(index, 1))).toEqual(['9', '8']);
    expect(storedBytes(index)).toBeLessThanOrEqual(limits.totalBytes);
    index = addToIndex(index, summarize(capturedCall('huge', 1, header.repeat(5))), limits).index;
    expect(ids(callsForTab(index, 1))).toEqual(['huge']);
    expect(failuresForTab(index, 1)).toBe(11);
  });

  test('a call captured twice is stored once', () => {
    expect(
      fill([
        ['a', 1],
        ['a', 1],
      ]).calls,
    ).toHaveLength(1);
  });

  test('removing a tab forgets its calls and its count only', () => {
    const change = removeTabFromIndex(
      fill([
        ['a', 1],
        ['b', 2],
        ['c', NO_TAB],
      ]),
      1,
    );
    expect(ids(change.index.calls)).toEqual(['b', 'c']);
    expect(change.dropped).toEqual(['a']);
    expect(change.index.failures).toEqual({ '2': 1, '-1': 1 });
  });

  test('dropOldest drops one call and keeps the counts', () => {
    const change = dropOldest(
      fill([
        ['a', 1],
        ['b', 1],
      ]),
    );
    expect(ids(change.index.calls)).toEqual(['b']);
    expect(change.dropped).toEqual(['a']);
    expect(failuresForTab(change.index, 1)).toBe(2);
    expect(dropOldest(EMPTY_CAPTURE_INDEX).dropped).toEqual([]);
  });

  test('calls without a tab are kept as their own group', () => {
    const index = fill([
      ['sw', NO_TAB],
      ['t', 3],
    ]);
    expect(ids(callsForTab(index, NO_TAB))).toEqual(['sw']);
  });

  test('newestCalls spans tabs, newest first, and honours the count', () => {
    const index = fill([
      ['a', 1],
      ['b', 2],
      ['c', NO_TAB],
    ]);
    expect(ids(newestCalls(index, 2))).toEqual(['c', 'b']);
  });

  test('adding does not mutate the previous index', () => {
    const before = fill([['a', 1]]);
    addToIndex(before, summarize(capturedCall('b', 1)));
    expect(ids(before.calls)).toEqual(['a']);
    expect(before.failures).toEqual({ '1': 1 });
  });

  test.each([
    ['nothing', undefined],
    ['a string', 'garbage'],
    ['JSON text that is cut short', '{"calls":[{"id":"a"'],
    ['JSON text of a list', '[1,2]'],
    ['calls that is not a list', { calls: 'x', failures: 3 }],
  ])('revives %s as an empty index', (_label, raw) => {
    expect(reviveCaptureIndex(raw)).toEqual({ calls: [], failures: {} });
  });

  test('revives a stored index, dropping malformed entries and counts', () => {
    const good = summarize(capturedCall('good', 1));
    const revived = reviveCaptureIndex({
      calls: [good, { id: 'bad' }, null, 42],
      failures: { '1': 4, x: 2, '2': -1, '3': 'many' },
    });
    expect(ids(revived.calls)).toEqual(['good']);
    // The stored index keeps ids, tabs and sizes only; the summaries have their own keys.
    expect(revived.calls).toEqual([indexEntry(good)]);
    expect(revived.failures).toEqual({ '1': 4 });
  });

  test('the stored index stays small whatever each call holds: about 45 bytes per call', () => {
    let index: CaptureIndex = EMPTY_CAPTURE_INDEX;
    for (let id = 0; id < 200; id++) {
      const call = capturedCall(`call-${id}-${'x'.repeat(20)}`, id % 4, 'h'.repeat(4000));
      call.api.path = `/prod/${'p'.repeat(500)}`;
      index = addToIndex(index, indexEntry(summarize(call))).index;
    }
    expect(index.calls).toHaveLength(200);
    expect(jsonBytes(index)).toBeLessThan(200 * 70);
  });

  test('joins an index with the summaries it lists, leaving out calls without one', () => {
    const a = summarize(capturedCall('a', 1));
    const b = summarize(capturedCall('b', 1));
    const index = fill([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    const listing = joinSummaries(
      index,
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    expect(listing.calls).toEqual([a, b]);
    expect(failuresForTab(listing, 1)).toBe(3);
  });

  test('revives one stored summary, or nothing when it is malformed', () => {
    const summary = summarize(capturedCall('a', 1));
    expect(reviveCallSummary(summary)).toEqual(summary);
    expect(reviveCallSummary({ ...summary, url: 3 })).toBeUndefined();
    expect(reviveCallSummary(indexEntry(summary))).toBeUndefined();
  });

  test("a change elsewhere leaves a tab's list as it was; one to the tab, or a list of all tabs, does not", () => {
    const before = fill([
      ['a', 1],
      ['b', 2],
    ]);
    const otherTab = addToIndex(before, summarize(capturedCall('c', 2))).index;
    expect(sameListForTab(before, otherTab, 1)).toBe(true);
    expect(sameListForTab(before, addToIndex(before, summarize(capturedCall('d', 1))).index, 1)).toBe(false);
    // Tab 3 has no call: the page lists all tabs, which changed.
    expect(sameListForTab(before, otherTab, 3)).toBe(false);
    expect(sameListForTab(before, otherTab, undefined)).toBe(false);
    // A call of the tab dropped, or its count reset.
    expect(sameListForTab(before, removeTabFromIndex(before, 1).index, 1)).toBe(false);
  });

  test('call and summary keys are told apart and name the same id', () => {
    expect(isCallKey(callKey('x'))).toBe(true);
    expect(isSummaryKey(callKey('x'))).toBe(false);
    expect(isSummaryKey(summaryKey('x'))).toBe(true);
    expect(idOfKey(callKey('x:1'))).toBe('x:1');
    expect(idOfKey(summaryKey('x:1'))).toBe('x:1');
  });

  test('revives one stored call, or nothing when it is malformed', () => {
    const call = capturedCall('a', 1);
    expect(reviveCapturedCall(call)).toEqual(call);
    expect(reviveCapturedCall({ id: 'a' })).toBeUndefined();
    expect(reviveCapturedCall(undefined)).toBeUndefined();
  });

  test('every value is stored as its JSON text and revived from it; an object (older writes) still reads', () => {
    const call = capturedCall('a', 1, '日本"\\'.repeat(10));
    const summary = summarize(call);
    const index = addToIndex(EMPTY_CAPTURE_INDEX, indexEntry(summary)).index;
    expect(typeof encodeStored(call)).toBe('string');
    expect(reviveCapturedCall(encodeStored(call))).toEqual(call);
    expect(reviveCallSummary(encodeStored(summary))).toEqual(summary);
    expect(reviveCaptureIndex(encodeStored(index))).toEqual(index);
    expect(reviveCaptureIndex(index)).toEqual(index);
    expect(reviveCapturedCall(encodeStored({ id: 'a' }))).toBeUndefined();
    expect(reviveCapturedCall('{"id":')).toBeUndefined();
  });
});
