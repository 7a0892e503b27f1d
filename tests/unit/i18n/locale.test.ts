import { expect, test } from 'vitest';
import { pickLocale } from '../../../src/core/i18n/locale';

test.each<[readonly string[], 'en' | 'ja']>([
  [['ja'], 'ja'],
  [['ja-JP'], 'ja'],
  [['JA-jp', 'en-US'], 'ja'],
  [['ja_JP'], 'ja'],
  [['ja-JP', 'en-US', 'en'], 'ja'],
  [['en-US', 'ja'], 'en'],
  [['en'], 'en'],
  [['en-GB', 'ja-JP'], 'en'],
  // A language the extension does not speak is skipped: the next one it speaks decides.
  [['fr-FR', 'ja'], 'ja'],
  [['de', 'en', 'ja'], 'en'],
  [['fr', 'de'], 'en'],
  [[], 'en'],
  [[''], 'en'],
  // Javanese is not Japanese.
  [['jv', 'jav'], 'en'],
])('%j → %s', (languages, locale) => {
  expect(pickLocale(languages)).toBe(locale);
});
