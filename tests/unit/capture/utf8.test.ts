import { expect, test } from 'vitest';
import {
  cutChars,
  cutToUtf8Bytes,
  jsonTextUtf8Length,
  jsonUtf8Length,
  utf8Length,
} from '../../../src/core/capture/utf8';
import { capturedCall } from './support/calls';

const encoded = (text: string) => new TextEncoder().encode(text).length;

test.each([
  ['ascii', 'abc'],
  ['Latin-1', 'é'],
  ['CJK', '日本語'],
  ['emoji (a surrogate pair)', 'a😀b'],
  ['a lone surrogate', 'a\ud800b'],
  ['empty', ''],
])('utf8Length counts what TextEncoder writes: %s', (_label, text) => {
  expect(utf8Length(text)).toBe(encoded(text));
});

test('cutToUtf8Bytes keeps whole characters within the budget', () => {
  expect(cutToUtf8Bytes('日本語', 7)).toBe('日本');
  expect(cutToUtf8Bytes('a😀b', 4)).toBe('a');
  expect(cutToUtf8Bytes('a😀b', 5)).toBe('a😀');
  expect(cutToUtf8Bytes('abc', 3)).toBe('abc');
  for (const budget of [0, 1, 2, 3, 10, 100]) {
    const cut = cutToUtf8Bytes('é日😀x'.repeat(20), budget);
    expect(encoded(cut)).toBeLessThanOrEqual(budget);
    expect(encoded(cut)).toBeGreaterThan(budget - 4);
  }
});

test('cutChars cuts only what is longer', () => {
  expect(cutChars('abcdef', 3)).toBe('abc');
  expect(cutChars('abc', 3)).toBe('abc');
});

test.each([
  ['a plain string', 'abc'],
  ['quotes, backslashes and named escapes', 'a"b\\c\nd\te\bf\fg\rh'],
  ['other control characters and DEL', '\u0000\u0001\u001f\u007f'],
  ['multi-byte characters and a surrogate pair', 'é日本😀'],
  ['lone surrogates, escaped by JSON.stringify', 'a\ud800b\udc00'],
  ['numbers, booleans, null', [0, -1.5, 1e21, Number.NaN, true, false, null]],
  ['undefined in an array and in an object', { a: [undefined, 1], b: undefined, c: 'x' }],
  ['nested objects with non-ASCII keys', { 日本: { é: ['"', {}] }, empty: [] }],
  ['a captured call with a long header', capturedCall('é', 3, '日本"\\'.repeat(500))],
])('jsonUtf8Length is the UTF-8 length of JSON.stringify: %s', (_label, value) => {
  expect(jsonUtf8Length(value)).toBe(encoded(JSON.stringify(value)));
  // Stored as its JSON text, the value takes what that text takes once written as JSON itself.
  expect(jsonTextUtf8Length(value)).toBe(encoded(JSON.stringify(JSON.stringify(value))));
});
