import { expect, test } from 'vitest';
import { BADGE_COLOR, badgeFor } from '../../../src/core/capture/badgeState';

test.each([
  [0, ''],
  [1, '1'],
  [12, '12'],
  [999, '999'],
  [1000, '999+'],
])('%i failed calls show "%s"', (count, text) => {
  expect(badgeFor(count).text).toBe(text);
  expect(badgeFor(count).color).toBe(BADGE_COLOR);
});

test('the tooltip says what the badge counts', () => {
  expect(badgeFor(1).title).toContain('1 API Gateway call answered 401');
  expect(badgeFor(3).title).toContain('3 API Gateway calls answered 401');
  expect(badgeFor(0).title).toContain('no failed API Gateway call');
});
