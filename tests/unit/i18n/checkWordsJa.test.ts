import { expect, test } from 'vitest';
import { ja } from '../../../src/core/i18n/ja';
import { UI_JA } from '../../../src/core/i18n/uiStringsJa';
import { englishWords, templateProse as prose } from '../../shared/englishWords';

/**
 * Every piece of prose a words table can show, with the path that leads to it. Functions are called
 * with a number for each parameter (a count, a length, a label: all print as digits, so whatever
 * Latin letters come out are the edition's own words); code segments are left out.
 */
function strings(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = Array.from({ length: Math.max(value.length, 1) }, () => 3);
    return strings((value as (...args: number[]) => unknown)(...args), `${path}()`);
  }
  if (Array.isArray(value)) return value.flatMap((inner, index) => strings(inner, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    const segment = value as { kind?: unknown; text?: unknown };
    if (segment.kind === 'code') return [];
    if (segment.kind === 'text' && typeof segment.text === 'string') return [[path, segment.text]];
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  }
  return [];
}

/** The catalog's locale tag is an identifier, not a word; `null` is the JSON value, shown as JSON writes it. */
const { locale: _locale, ...catalogWords } = ja;
const japanese = [...strings(catalogWords, 'ja'), ...strings(UI_JA, 'ui')].filter(
  ([path]) => path !== 'ja.terms.null',
);

test('the scan reaches the catalog, its functions and the UI words', () => {
  const paths = japanese.map(([path]) => path);
  expect(paths).toContain('ja.checks.source.backend.headline');
  expect(paths).toContain('ja.report.claimsLeftOut()');
  expect(paths.some((path) => path.startsWith('ui.showingNewest()'))).toBe(true);
  // The scan itself: code, placeholders and ASCII quotations are left out, prose is not.
  expect(englishWords(prose('`aud` の audience {aud:code} "Missing Authentication Token"'))).toEqual([
    'audience',
  ]);
  expect(englishWords(prose('「Export HAR」の Settings'))).toEqual(['Settings']);
});

test.each(japanese)('%s holds no English outside code and values', (_path, template) => {
  expect(englishWords(prose(template))).toEqual([]);
});
