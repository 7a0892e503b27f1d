import { describe, expect, test } from 'vitest';
import { FILTER_FROM, matchesFilter, rovingTarget } from '../../../src/popup/callListView';

describe('matchesFilter', () => {
  const row = ['GET', '401', '/prod/orders/1', 'a1b2c3d4e5', 'expired token', 'Shop – checkout'];
  test.each([
    ['', true],
    ['   ', true],
    ['expired', true],
    ['EXPIRED', true],
    ['orders expired', true],
    ['orders scope', false],
    ['checkout', true],
    ['post', false],
  ])('%j → %s', (filter, expected) => {
    expect(matchesFilter(row, filter)).toBe(expected);
  });

  test('the filter box appears from six calls on ("more than five")', () => {
    expect(FILTER_FROM).toBe(6);
  });
});

describe('rovingTarget', () => {
  test.each<[string, number, number, number | undefined]>([
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 2],
    ['ArrowUp', 2, 3, 1],
    ['ArrowUp', 0, 3, 0],
    ['ArrowRight', 1, 3, 2],
    ['ArrowLeft', 1, 3, 0],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['a', 1, 3, undefined],
    ['Tab', 1, 3, undefined],
    ['ArrowDown', 0, 0, undefined],
  ])('%s from %d of %d → %s', (key, index, count, expected) => {
    expect(rovingTarget(key, index, count)).toBe(expected);
  });
});
