import { expect, test } from 'vitest';
import { SIGNIN_WORDS_EN } from '../../../src/core/i18n/signinWordsEn';
import { SIGNIN_WORDS_JA } from '../../../src/core/i18n/signinWordsJa';
import { englishWords } from '../../shared/englishWords';

/** Every string of a words table, with the path that leads to it. */
function strings(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

/**
 * The prose of a template as it reads: code spans (identifiers, commands, AWS's own messages) and
 * placeholders (values from the request) left out, section markers removed.
 */
function prose(template: string): string {
  return template
    .split('`')
    .filter((_part, index) => index % 2 === 0)
    .join(' ')
    .replace(/\{[A-Za-z][A-Za-z0-9]*(?::[a-z]+)?\}/g, ' ')
    .replace(/\[\[(?:[?!][A-Za-z][A-Za-z0-9]*\|)?|\]\]/g, ' ');
}

const japanese = strings(SIGNIN_WORDS_JA, 'signin');

test.each(japanese)('%s holds no English outside code and values', (_path, template) => {
  expect(englishWords(prose(template))).toEqual([]);
});

test('the Japanese sign-in words cover every English key', () => {
  expect(japanese.map(([path]) => path).sort()).toEqual(
    strings(SIGNIN_WORDS_EN, 'signin')
      .map(([path]) => path)
      .sort(),
  );
});
