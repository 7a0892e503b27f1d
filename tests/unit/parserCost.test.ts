// Every parser of network or pasted text: linear in its input (a ratio of costs, never an
// absolute time) and never throwing, on generated input. The timed tests live in this one file
// so that they run one after another in one worker, not against each other.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAwsImport } from '../../src/core/config/parseAwsImport';
import { analyzeHeaderValue, containsJwt } from '../../src/core/diagnosis/authorizationHeader';
import { decodeJwt } from '../../src/core/diagnosis/decodeToken';
import { parseWwwAuthenticate } from '../../src/core/diagnosis/responseFacts';
import { scanHar } from '../../src/core/har/readHar';
import { growthRatio, LINEAR_RATIO_LIMIT } from './support/linearity';

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('cost grows linearly (32 KB against 64 KB)', () => {
  test.each([
    [
      'Authorization: a token of eyJ',
      (size: number) => `Bearer ${repeatTo('eyJ', size)}`,
      analyzeHeaderValue,
    ],
    [
      'Authorization: whitespace runs',
      (size: number) => `Bearer ${repeatTo('a \t', size)}`,
      analyzeHeaderValue,
    ],
    [
      'Authorization: quotes and scheme words',
      (size: number) => repeatTo('"Bearer ', size),
      analyzeHeaderValue,
    ],
    ['JWT search: eyJ runs with dots', (size: number) => repeatTo('eyJa.', size), containsJwt],
    ['JWT search: many short runs', (size: number) => repeatTo('eyJ ', size), containsJwt],
    [
      'token decoder: a long payload',
      (size: number) => `eyJhbGciOiJSUzI1NiJ9.${repeatTo('eyJh', size)}.sig`,
      decodeJwt,
    ],
    ['token decoder: dots only', (size: number) => repeatTo('.', size), decodeJwt],
    ['token decoder: a bad character at the end', (size: number) => `${repeatTo('A', size)}!.a.b`, decodeJwt],
  ] as const)(
    '%s',
    async (_what, make, parse) => {
      expect(await growthRatio(make, parse as (input: string) => unknown)).toBeLessThan(LINEAR_RATIO_LIMIT);
    },
    30_000,
  );
});

describe('www-authenticate: cost grows linearly (32 KB against 64 KB)', () => {
  test.each([
    ['one long name without =', (size: number) => `Bearer ${'a'.repeat(size)}`],
    ['names separated by spaces', (size: number) => `Bearer ${'a '.repeat(size / 2)}`],
    ['an unclosed quoted value', (size: number) => `Bearer a="${'\\x'.repeat(size / 2)}`],
    ['many short parameters', (size: number) => `Bearer ${'a=b,'.repeat(size / 4)}`],
  ])(
    '%s',
    async (_name, make) => {
      expect(await growthRatio(make, parseWwwAuthenticate)).toBeLessThan(LINEAR_RATIO_LIMIT);
    },
    30_000,
  );
});

describe('cost grows linearly with the text (32 KB against 64 KB)', () => {
  test.each([
    [
      'YAML with many keys (duplicate check)',
      (size: number) => Array.from({ length: Math.floor(size / 10) }, (_, i) => `k${i}: ${i}`).join('\n'),
    ],
    [
      'YAML with many aliases',
      (size: number) => `a: &x 1\nl: [${Array.from({ length: Math.floor(size / 4) }, () => '*x').join(',')}]`,
    ],
    [
      'JSON with many keys',
      (size: number) =>
        JSON.stringify(
          Object.fromEntries(Array.from({ length: Math.floor(size / 12) }, (_, i) => [`k${i}`, i])),
        ),
    ],
    [
      'an OpenAPI export with many paths',
      (size: number) =>
        JSON.stringify({
          openapi: '3.0.1',
          paths: Object.fromEntries(
            Array.from({ length: Math.floor(size / 40) }, (_, i) => [`/p${i}`, { get: { security: [] } }]),
          ),
        }),
    ],
  ])(
    '%s',
    async (_what, make) => {
      expect(await growthRatio(make, (text) => parseAwsImport(text))).toBeLessThan(LINEAR_RATIO_LIMIT);
    },
    60_000,
  );
});

/** Text made of the pieces parsers branch on, so that generated values reach their corners. */
const headerText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Bearer',
        'bearer',
        'Basic',
        'AWS4-HMAC-SHA256',
        ' ',
        '  ',
        '\t',
        '\n',
        '\u00a0',
        '"',
        "'",
      ),
      fc.constantFrom(
        'eyJ',
        'eyJhbGciOiJSUzI1NiJ9',
        '.',
        '=',
        ',',
        'undefined',
        'null',
        '__proto__',
        'scope=',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('never throws, on generated input', () => {
  test('the Authorization header parser: problems point inside the value', () => {
    fc.assert(
      fc.property(headerText, (value) => {
        const analysis = analyzeHeaderValue(value);
        for (const problem of analysis.problems) {
          expect(problem.position).toBeGreaterThanOrEqual(1);
          expect(problem.position).toBeLessThanOrEqual(Math.max(value.length, 1));
        }
        expect(typeof containsJwt(value)).toBe('boolean');
      }),
      { numRuns: 1_000 },
    );
  });

  test('the token decoder: a result for every string, decoded segments as sent', () => {
    fc.assert(
      fc.property(fc.oneof(headerText, fc.string({ maxLength: 60 })), (token) => {
        const result = decodeJwt(token);
        if (result.ok) {
          expect(`${result.headerSegment}.${result.payloadSegment}.${result.signatureSegment}`).toBe(token);
        } else {
          expect(typeof result.code).toBe('string');
        }
      }),
      { numRuns: 1_000 },
    );
  });

  test('the www-authenticate parser: parameters are own strings', () => {
    fc.assert(
      fc.property(headerText, (value) => {
        const parsed = parseWwwAuthenticate(value);
        for (const name of Object.keys(parsed.params)) expect(typeof parsed.params[name]).toBe('string');
        expect(parsed.bare).toBe(Object.keys(parsed.params).length === 0);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('HAR reader: cost grows linearly (32 KB against 64 KB)', () => {
  // A HAR file is imported text too (issue 10: every parser of network or imported text). Each
  // input is a HAR whose one odd part grows: the reader must neither re-scan what it has read nor
  // backtrack over a long string or a deep nesting.
  const har = (entries: string) => `{"log":{"version":"1.2","creator":{"name":"t"},"entries":[${entries}]}}`;
  test.each([
    ['many small entries', (size: number) => har(repeatTo('{"request":{}},', size).replace(/,$/, ''))],
    [
      'one long string full of escapes',
      (size: number) => har(`{"comment":"${repeatTo('\\"\\\\\\n', size)}"}`),
    ],
    ['deep nesting in one entry', (size: number) => har(`${'['.repeat(size / 2)}${']'.repeat(size / 2)}`)],
    ['an unterminated string', (size: number) => `{"log":{"entries":[{"comment":"${repeatTo('ab', size)}`],
  ])(
    '%s',
    async (_name, make) => {
      const scan = (text: string) => scanHar(text, { onEntry: () => {}, sliceMs: Number.POSITIVE_INFINITY });
      expect(await growthRatio(make, scan)).toBeLessThan(LINEAR_RATIO_LIMIT);
    },
    30_000,
  );
});
