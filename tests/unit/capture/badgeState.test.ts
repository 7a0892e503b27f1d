import { expect, test } from 'vitest';
import { BADGE_COLOR, badgeFor } from '../../../src/core/capture/badgeState';
import { badgeTitle } from '../../../src/core/i18n/badge';
import { ENGLISH_BADGE_WORDS } from '../../../src/core/i18n/badgeWordsEn';
import { JAPANESE_BADGE_WORDS } from '../../../src/core/i18n/badgeWordsJa';
import { LANGUAGES } from '../../../src/core/i18n/languages';

test.each([
  [0, ''],
  [1, '1'],
  [12, '12'],
  [999, '999'],
  [1000, '999+'],
  [123_456, '999+'],
])('%i failed calls show "%s"', (count, text) => {
  expect(badgeFor(count).text).toBe(text);
  expect(badgeFor(count).color).toBe(BADGE_COLOR);
});

test('the badge is data: the tooltip is a code and the count, no words', () => {
  expect(badgeFor(0).tooltip).toEqual({ code: 'idle' });
  expect(badgeFor(1234).tooltip).toEqual({ code: 'failing', count: 1234, byStatus: [] });
  expect(
    badgeFor(3, [
      [401, 2],
      [403, 1],
    ]).tooltip,
  ).toEqual({
    code: 'failing',
    count: 3,
    byStatus: [
      [401, 2],
      [403, 1],
    ],
  });
});

test('the tooltip says how many of each status when not all are 401s', () => {
  expect(
    badgeTitle(
      badgeFor(4, [
        [401, 2],
        [403, 1],
        [500, 1],
      ]).tooltip,
      ENGLISH_BADGE_WORDS,
    ),
  ).toBe(
    'Cognito 401 Doctor: 4 API Gateway calls failed on this tab (401: 2, 403: 1, 500: 1). Click to diagnose.',
  );
  expect(badgeTitle(badgeFor(2, [[401, 2]]).tooltip, ENGLISH_BADGE_WORDS)).toContain(
    '2 API Gateway calls answered 401',
  );
  expect(badgeTitle(badgeFor(1, [[403, 1]]).tooltip, JAPANESE_BADGE_WORDS)).toBe(
    'Cognito 401 Doctor: このタブで API Gateway の呼び出し 1 件が失敗しました（403：1 件）。クリックして診断します。',
  );
});

test('the tooltip says what the badge counts, the whole count even past 999', () => {
  expect(badgeTitle(badgeFor(1).tooltip, ENGLISH_BADGE_WORDS)).toContain('1 API Gateway call answered 401');
  expect(badgeTitle(badgeFor(3).tooltip, ENGLISH_BADGE_WORDS)).toContain('3 API Gateway calls answered 401');
  expect(badgeTitle(badgeFor(1234).tooltip, ENGLISH_BADGE_WORDS)).toContain('1,234 API Gateway calls');
  expect(badgeTitle(badgeFor(0).tooltip, ENGLISH_BADGE_WORDS)).toContain('no failed API Gateway call');
});

test('the Japanese tooltip counts the calls in Japanese; the badge text is the same', () => {
  expect(badgeTitle(badgeFor(3).tooltip, JAPANESE_BADGE_WORDS)).toBe(
    'Cognito 401 Doctor: このタブで API Gateway の呼び出し 3 件が 401 Unauthorized を返しました。クリックして診断します。',
  );
  expect(badgeTitle(badgeFor(0).tooltip, JAPANESE_BADGE_WORDS)).toBe(
    'Cognito 401 Doctor: このタブで失敗した API Gateway 呼び出しはありません',
  );
});

test('badge words follow the locale', () => {
  expect(LANGUAGES.ja.badge).toBe(JAPANESE_BADGE_WORDS);
  expect(LANGUAGES.en.badge).toBe(ENGLISH_BADGE_WORDS);
});
