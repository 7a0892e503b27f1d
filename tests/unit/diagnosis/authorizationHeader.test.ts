import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  analyzeHeaderValue,
  containsJwt,
  findIdentityHeader,
} from '../../../src/core/diagnosis/authorizationHeader';

const T = 'eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIxIiwiZXhwIjoxfQ.c2lnbmF0dXJlLWJ5dGVz';

describe('analyzeHeaderValue', () => {
  test.each([
    // value, primary problem, 1-based position, candidate token, character
    ['raw token', T, undefined, undefined, T, undefined],
    ['Bearer token', `Bearer ${T}`, undefined, undefined, T, undefined],
    ['lower-case bearer', `bearer ${T}`, undefined, undefined, T, undefined],
    ['Bearer undefined', 'Bearer undefined', 'placeholder', 8, undefined, undefined],
    ['bare undefined', 'undefined', 'placeholder', 1, undefined, undefined],
    ['Bearer null', 'Bearer null', 'placeholder', 8, undefined, undefined],
    ['[object Object]', '[object Object]', 'placeholder', 1, undefined, undefined],
    ['Bearer [object Object]', 'Bearer [object Object]', 'placeholder', 8, undefined, undefined],
    ['quoted undefined', '"undefined"', 'placeholder', 2, undefined, undefined],
    ['quoted token', `"${T}"`, 'quotes', 1, T, undefined],
    ['Bearer and quoted token', `Bearer "${T}"`, 'quotes', 8, T, undefined],
    ['whole value quoted', `"Bearer ${T}"`, 'quotes', 1, T, undefined],
    ['double space', `Bearer  ${T}`, 'doubled-whitespace', 8, T, 'U+0020'],
    ['space inside token', `Bearer ${T.slice(0, 20)} ${T.slice(20)}`, 'space-in-token', 28, T, 'U+0020'],
    [
      'no-break space inside token',
      `${T.slice(0, 10)}\u00a0${T.slice(10)}`,
      'space-in-token',
      11,
      T,
      'U+00A0',
    ],
    [
      'SigV4',
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261120/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
      'sigv4',
      1,
      undefined,
      undefined,
    ],
    ['Basic', 'Basic dXNlcjpwYXNzd29yZA==', 'basic', 1, undefined, undefined],
    ['Bearer Bearer', `Bearer Bearer ${T}`, 'bearer-bearer', 8, T, undefined],
    ['bare Bearer', 'Bearer', 'bearer-only', 1, undefined, undefined],
    ['Bearer and spaces', 'Bearer   ', 'bearer-only', 1, undefined, undefined],
    ['tab after Bearer', `Bearer\t${T}`, 'tab', 7, T, 'U+0009'],
    ['newline at the end', `Bearer ${T}\n`, 'newline', 8 + T.length, T, 'U+000A'],
    ['CRLF inside', `Bearer ${T.slice(0, 5)}\r\n${T.slice(5)}`, 'newline', 13, T, 'U+000D'],
    ['leading space', ` ${T}`, 'leading-whitespace', 1, T, 'U+0020'],
    ['trailing space', `${T} `, 'trailing-whitespace', T.length + 1, T, 'U+0020'],
    [
      'control character',
      `Bearer ${T.slice(0, 3)}\u0000${T.slice(3)}`,
      'control-character',
      11,
      undefined,
      'U+0000',
    ],
    ['other scheme', `JWT ${T}`, 'other-scheme', 1, T, undefined],
  ])('%s', (_name, value, problem, position, candidate, character) => {
    const analysis = analyzeHeaderValue(value);
    const [primary] = analysis.problems;
    expect(primary?.code).toBe(problem);
    expect(primary?.position).toBe(position);
    if (character !== undefined) expect(primary?.character).toBe(character);
    if (candidate !== undefined || problem === undefined || problem === 'placeholder') {
      expect(analysis.candidate).toBe(candidate);
    }
  });

  test('lists every problem, most telling first', () => {
    const analysis = analyzeHeaderValue(` Bearer  "${T}" `);
    expect(analysis.problems.map((problem) => problem.code)).toEqual([
      'quotes',
      'doubled-whitespace',
      'leading-whitespace',
      'trailing-whitespace',
    ]);
    expect(analysis.candidate).toBe(T);
  });

  test('keeps the scheme as sent when it is not plain Bearer', () => {
    expect(analyzeHeaderValue(`BEARER ${T}`).schemeAsSent).toBe('BEARER');
    expect(analyzeHeaderValue(`Bearer ${T}`).schemeAsSent).toBeUndefined();
    expect(analyzeHeaderValue('Bearer undefined').placeholder).toBe('undefined');
  });

  test('any whitespace inside a token, at any place, is found where it is', () => {
    // Every character \s matches, less tab, CR and LF (their own codes): the space-in-token scan.
    const spaces = [...' \v\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
    const part = fc.string({ unit: fc.constantFrom(...'eyJ0abc-_.'), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(part, fc.constantFrom(...spaces), part, fc.boolean(), (before, space, after, bearer) => {
        // Starting with `eyJ`, the first part is a token's start, never read as a scheme word.
        const prefix = bearer ? 'Bearer eyJ' : 'eyJ';
        const analysis = analyzeHeaderValue(`${prefix}${before}${space}${after}`);
        const found = analysis.problems.find((problem) => problem.code === 'space-in-token');
        expect(found?.position).toBe(prefix.length + before.length + 1);
        expect(found?.character).toBe(`U+${space.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
        expect(analysis.candidate).toBe(`eyJ${before}${after}`);
      }),
      { numRuns: 300 },
    );
  });

  // Its cost is measured as a growth ratio in parserCost.test.ts and by `npm run bench`, never as a
  // time here: a loaded machine would break such an assertion.
  test('a megabyte of garbage is analysed whole', () => {
    const garbage = 'eyJ'.repeat(350_000);
    const analysis = analyzeHeaderValue(`Bearer ${garbage}`);
    expect(analysis.problems).toEqual([]);
    expect(analysis.candidate).toHaveLength(garbage.length);
  });
});

describe('containsJwt / findIdentityHeader', () => {
  test.each([
    [T, true],
    [`token=${T}; other=1`, true],
    ['eyJhbGciOiJIUzI1NiJ9', false],
    ['plain words', false],
    ['eyJ'.repeat(400_000), false],
  ])('containsJwt(%#)', (value, expected) => {
    expect(containsJwt(value)).toBe(expected);
  });

  test('finds the configured header case-insensitively and names other JWT carriers', () => {
    const headers = [
      { name: 'x-auth', value: T },
      { name: 'authorizationtoken', value: `Bearer ${T}` },
      { name: 'accept', value: 'application/json' },
    ];
    const lookup = findIdentityHeader(headers, undefined);
    expect(lookup.expectedName).toBe('Authorization');
    expect(lookup.header).toBeUndefined();
    expect(lookup.otherJwtHeaders).toEqual(['x-auth', 'authorizationtoken']);
    const custom = findIdentityHeader(headers, 'X-Auth');
    expect(custom.header?.name).toBe('x-auth');
    expect(custom.otherJwtHeaders).toEqual(['authorizationtoken']);
  });
});
