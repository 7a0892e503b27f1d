import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseWwwAuthenticate } from '../../../src/core/diagnosis/responseFacts';

/**
 * The regular expression the parser used before it became a scanner: kept here as the reference
 * its results must equal (it is correct, only quadratic on long runs without `=`).
 */
function referenceParse(value: string) {
  const trimmed = value.trim();
  const scheme = /^[A-Za-z][A-Za-z0-9_-]*/.exec(trimmed)?.[0] ?? '';
  const params = new Map<string, string>();
  const pattern = /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))/g;
  const rest = trimmed.slice(scheme.length);
  for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest)) {
    const [, name = '', quoted, plain] = match;
    if (!params.has(name))
      params.set(name, quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (plain ?? ''));
  }
  return { scheme, params: Object.fromEntries(params), bare: params.size === 0 };
}

describe('parseWwwAuthenticate', () => {
  test.each([
    ['Bearer', { scheme: 'Bearer', params: {}, bare: true }],
    [
      'Bearer scope="orders/read" error="insufficient_scope" error_description="the token lacks a scope"',
      {
        scheme: 'Bearer',
        params: {
          scope: 'orders/read',
          error: 'insufficient_scope',
          error_description: 'the token lacks a scope',
        },
        bare: false,
      },
    ],
    [
      'Bearer realm=x, error=invalid_token',
      { scheme: 'Bearer', params: { realm: 'x', error: 'invalid_token' }, bare: false },
    ],
    ['Bearer a="x\\"y" a="second"', { scheme: 'Bearer', params: { a: 'x"y' }, bare: false }],
    ['Bearer a="never closed', { scheme: 'Bearer', params: { a: '' }, bare: false }],
    ['Bearer 9x = 1', { scheme: 'Bearer', params: { x: '1' }, bare: false }],
  ])('reads %j', (value, expected) => {
    expect(parseWwwAuthenticate(value)).toEqual(expected);
  });

  test('a parameter named __proto__ is a parameter, not a prototype', () => {
    const parsed = parseWwwAuthenticate('Bearer __proto__="x" constructor=y');
    expect(Object.getPrototypeOf(parsed.params)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed.params, '__proto__')).toBe(true);
    expect(parsed.params.constructor).toBe('y');
  });

  test('agrees with the reference regular expression on generated headers', () => {
    const piece = fc.constantFrom(
      'Bearer',
      ' ',
      '=',
      '"',
      '\\',
      ',',
      'a',
      'Z',
      '_',
      '-',
      '9',
      '\n',
      '\t',
      'scope',
      'é',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\v',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        (value) => {
          expect(parseWwwAuthenticate(value)).toEqual(referenceParse(value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
