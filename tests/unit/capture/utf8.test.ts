import { expect, test } from 'vitest';
import { cutChars, cutToUtf8Bytes, utf8Length } from '../../../src/core/capture/utf8';

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
