import { describe, expect, test } from 'vitest';
import {
  addCall,
  type CaptureState,
  callsForTab,
  countForTab,
  countsByTab,
  EMPTY_CAPTURE_STATE,
  NO_TAB,
  newestCalls,
  removeTab,
  reviveCaptureState,
  type StoreLimits,
} from '../../../src/core/capture/captureStore';
import type { CapturedCall } from '../../../src/core/capture/types';

function call(id: string, tabId: number, headerValue = 'x'): CapturedCall {
  return {
    id,
    requestId: id,
    tabId,
    url: `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/${id}`,
    method: 'GET',
    requestTime: 1000,
    responseTime: 1001,
    statusCode: 401,
    statusLine: 'HTTP/1.1 401',
    requestHeaders: [{ name: 'authorization', value: headerValue }],
    responseHeaders: [],
    api: {
      host: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
      apiId: 'a1b2c3d4e5',
      region: 'eu-west-1',
      partition: 'aws',
      stage: 'prod',
      resourcePath: `/${id}`,
      path: `/prod/${id}`,
    },
  };
}

function fill(entries: Array<[string, number]>, limits?: StoreLimits): CaptureState {
  return entries.reduce<CaptureState>(
    (state, [id, tabId]) => addCall(state, call(id, tabId), limits),
    EMPTY_CAPTURE_STATE,
  );
}

const ids = (calls: CapturedCall[]) => calls.map((entry) => entry.id);

describe('capture store', () => {
  test('lists a tab newest first and counts it', () => {
    const state = fill([
      ['a', 1],
      ['b', 2],
      ['c', 1],
    ]);
    expect(ids(callsForTab(state, 1))).toEqual(['c', 'a']);
    expect(countForTab(state, 1)).toBe(2);
    expect(countForTab(state, 3)).toBe(0);
    expect([...countsByTab(state)]).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  test('drops the oldest call of a tab beyond the per-tab bound, leaving other tabs alone', () => {
    const limits = { perTab: 2, total: 10, totalChars: 1e9 };
    const state = fill(
      [
        ['a', 1],
        ['x', 2],
        ['b', 1],
        ['c', 1],
      ],
      limits,
    );
    expect(ids(callsForTab(state, 1))).toEqual(['c', 'b']);
    expect(ids(callsForTab(state, 2))).toEqual(['x']);
  });

  test('drops the oldest calls overall beyond the total bound', () => {
    const limits = { perTab: 10, total: 3, totalChars: 1e9 };
    const state = fill(
      [
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 4],
      ],
      limits,
    );
    expect(ids(newestCalls(state, 10))).toEqual(['d', 'c', 'b']);
  });

  test('keeps the stored size bounded but never drops the call just added', () => {
    const limits = { perTab: 100, total: 100, totalChars: 50_000 };
    let state = EMPTY_CAPTURE_STATE;
    for (let index = 0; index < 10; index++)
      state = addCall(state, call(String(index), 1, 'y'.repeat(20_000)), limits);
    expect(ids(callsForTab(state, 1))).toEqual(['9', '8']);
    state = addCall(state, call('huge', 1, 'z'.repeat(200_000)), limits);
    expect(ids(callsForTab(state, 1))).toEqual(['huge']);
  });

  test('a call captured twice is stored once', () => {
    const state = fill([
      ['a', 1],
      ['a', 1],
    ]);
    expect(state.calls).toHaveLength(1);
  });

  test('removing a tab forgets its calls only', () => {
    const state = removeTab(
      fill([
        ['a', 1],
        ['b', 2],
        ['c', NO_TAB],
      ]),
      1,
    );
    expect(ids(state.calls)).toEqual(['b', 'c']);
  });

  test('calls without a tab are kept as their own group', () => {
    const state = fill([
      ['sw', NO_TAB],
      ['t', 3],
    ]);
    expect(ids(callsForTab(state, NO_TAB))).toEqual(['sw']);
  });

  test('newestCalls spans tabs, newest first, and honours the count', () => {
    const state = fill([
      ['a', 1],
      ['b', 2],
      ['c', NO_TAB],
    ]);
    expect(ids(newestCalls(state, 2))).toEqual(['c', 'b']);
  });

  test('adding does not mutate the previous state', () => {
    const before = fill([['a', 1]]);
    addCall(before, call('b', 1));
    expect(ids(before.calls)).toEqual(['a']);
  });

  test.each([
    ['nothing', undefined],
    ['a string', 'garbage'],
    ['calls that is not a list', { calls: 'x' }],
  ])('revives %s as an empty state', (_label, raw) => {
    expect(reviveCaptureState(raw)).toEqual({ calls: [] });
  });

  test('revives stored calls, dropping malformed entries', () => {
    const good = call('good', 1);
    expect(ids(reviveCaptureState({ calls: [good, { id: 'bad' }, null, 42] }).calls)).toEqual(['good']);
  });
});
