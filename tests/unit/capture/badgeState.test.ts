import { expect, test } from 'vitest';
import {
  BADGE_COLOR,
  badgeFor,
  badgeWordsFor,
  ENGLISH_BADGE_WORDS,
  JAPANESE_BADGE_WORDS,
} from '../../../src/core/capture/badgeState';

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

test('the Japanese tooltip counts the calls in Japanese; the badge text is the same', () => {
  expect(badgeFor(3, JAPANESE_BADGE_WORDS)).toEqual({
    text: '3',
    color: BADGE_COLOR,
    title:
      'Cognito 401 Doctor: このタブで API Gateway の呼び出し 3 件が 401 Unauthorized を返しました。クリックして診断します。',
  });
  expect(badgeFor(0, JAPANESE_BADGE_WORDS).title).toBe(
    'Cognito 401 Doctor: このタブで失敗した API Gateway 呼び出しはありません',
  );
});

test('badge words follow the locale', () => {
  expect(badgeWordsFor('ja')).toBe(JAPANESE_BADGE_WORDS);
  expect(badgeWordsFor('en')).toBe(ENGLISH_BADGE_WORDS);
});
