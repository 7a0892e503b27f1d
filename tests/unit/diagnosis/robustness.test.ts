import { describe, expect, test } from 'vitest';
import type { CapturedCall } from '../../../src/core/capture/types';
import type { CallConfiguration } from '../../../src/core/config/model';
import { candidateToken } from '../../../src/core/diagnosis/candidateToken';
import { CHECK_IDS } from '../../../src/core/diagnosis/checks';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import { buildMarkdownReport } from '../../../src/core/diagnosis/report';
import type { SignatureVerdict } from '../../../src/core/diagnosis/types';
import { en } from '../../../src/core/i18n/en';
import { renderCheck, renderHeadline } from '../../../src/core/i18n/render';
import { base64Url, ISS, idClaims, makeCall, unsignedToken } from './tokenFactory';

const STATUSES = new Set(['pass', 'fail', 'warn', 'info', 'skip']);

const nastyHeaderValues: string[] = [
  '',
  ' ',
  '\u0000',
  '\t\t',
  '.',
  '..',
  '.'.repeat(10_000),
  'x'.repeat(1_048_576),
  `Bearer ${'eyJ'.repeat(350_000)}`,
  `${'a.'.repeat(100_000)}a`,
  'Bearer 🙂🙂🙂',
  '日本語のトークン',
  '\ud800',
  'Bearer Bearer Bearer',
  '""',
  "''",
  '"',
  'Bearer "',
  'eyJ.eyJ.eyJ',
  'eyJhbGciOiJSUzI1NiJ9..',
  '=',
  'Bearer =====',
  'null',
  '[object Object]',
  '__proto__',
  'constructor',
];

const nastyPayloads: unknown[] = [
  null,
  [],
  [1, 2],
  'str',
  42,
  true,
  {},
  { exp: 'NaN' },
  { exp: 1e308, iat: -1e308, nbf: Number.MAX_SAFE_INTEGER, auth_time: 1e20 },
  { exp: null, iat: null, iss: null, token_use: null, scope: null, aud: null, client_id: null },
  { iss: {}, token_use: [], scope: 42, aud: [1, null, {}], client_id: { a: 1 } },
  { iss: ISS, token_use: 'access', scope: { toString: 1 } },
  { iss: 'x'.repeat(100_000) },
  { iss: `${ISS}/../../evil` },
  JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": 1}, "toString": 5}'),
  { 'cognito:groups': 'not-an-array', 'custom:x': { nested: [1, [2, [3]]] } },
  { claim: '\u0000\u202e`|`*[x](y)' },
];

const nastyHeaders: unknown[] = [
  { alg: null },
  { alg: 'RS256', kid: {} },
  { alg: ['RS256'] },
  { alg: 'none', kid: '' },
  [],
];

const configs: Array<CallConfiguration | undefined> = [
  undefined,
  {},
  {
    authorizerKind: 'cognito',
    methodScopes: [],
    userPoolIds: [],
    clientIds: [],
    tokenValidationRegex: '(a+)+$',
  },
  { authorizerKind: 'jwt', methodScopes: ['a'], clientIds: ['x'], issuer: '' },
  { identityHeader: '' },
  { identityHeader: '   ' },
  { tokenValidationRegex: '[' },
  { method: { method: 'OPTIONS', path: '/', authorizationType: 'NONE', scopes: [] } },
];

const verdicts: Array<SignatureVerdict | undefined> = [
  undefined,
  { kind: 'verified', iss: ISS, kid: 'k' },
  { kind: 'unknown-kid', iss: ISS, kid: null, knownKids: [], refetched: false },
  { kind: 'jwks-unreachable', iss: ISS, reason: 'timeout' },
];

function expectWellFormed(call: CapturedCall, config?: CallConfiguration, signature?: SignatureVerdict) {
  const diagnosis = diagnose({ call, config, signature });
  expect(diagnosis.checks.map((check) => check.id)).toEqual(CHECK_IDS);
  for (const check of diagnosis.checks) {
    expect(STATUSES.has(check.status)).toBe(true);
    expect(() => renderCheck(check, en)).not.toThrow();
  }
  expect(typeof renderHeadline(diagnosis, en).text).toBe('string');
  expect(() => JSON.stringify(diagnosis)).not.toThrow();
  expect(typeof buildMarkdownReport(call, diagnosis, en, 'full')).toBe('string');
  return diagnosis;
}

/**
 * These run hundreds of full diagnoses (and megabyte header values) through every check, the
 * renderer and the report: on a loaded machine that takes longer than vitest's default 5 s. Time is
 * not what they assert (`npm run bench` measures it), so they get room.
 */
describe('diagnose never throws', { timeout: 60_000 }, () => {
  test.each(nastyHeaderValues.map((value, index) => [index, value] as const))(
    'header value #%d',
    (_index, value) => {
      for (const config of configs) expectWellFormed(makeCall({ authorization: value }), config);
    },
    // A megabyte through every check and renderer, once per configuration: 1 to 2 s alone, past
    // vitest's default 5 s when the suite's timed parser tests and other builds share two cores.
    // This asserts well-formed results, not speed (bench and parserCost.test.ts measure that).
    30_000,
  );

  test('payloads and headers of every shape', () => {
    let round = 0;
    for (const payload of nastyPayloads) {
      for (const header of [{ alg: 'RS256', kid: 'k' }, ...nastyHeaders]) {
        const value = unsignedToken(header, payload);
        // Configurations and verdicts rotate rather than multiply: every pairing is not needed.
        const config = configs[round % configs.length];
        const signature = verdicts[round % verdicts.length];
        expectWellFormed(makeCall({ authorization: `Bearer ${value}` }), config, signature);
        round++;
      }
    }
  });

  test('calls of the wrong shape', () => {
    const base = makeCall({ authorization: unsignedToken({ alg: 'RS256' }, idClaims()) });
    const broken: unknown[] = [
      { ...base, requestHeaders: null },
      { ...base, responseHeaders: undefined },
      { ...base, requestHeaders: [{ name: 'authorization', value: 42 }, null, 'x'] },
      { ...base, responseHeaders: [{ name: 'x-amzn-errortype' }, { value: 'x' }] },
      { ...base, url: 'not a url', method: undefined, requestTime: Number.NaN, api: undefined, initiator: 7 },
      { ...base, statusLine: undefined, statusCode: undefined },
      {},
    ];
    for (const call of broken) {
      expect(() => diagnose({ call: call as CapturedCall })).not.toThrow();
      const diagnosis = diagnose({ call: call as CapturedCall });
      expect(diagnosis.checks).toHaveLength(CHECK_IDS.length);
      expect(() => candidateToken(call as CapturedCall)).not.toThrow();
    }
  });

  test('a random fuzz of header values', () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 48271) % 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = [
      'e',
      'y',
      'J',
      '.',
      ' ',
      '\t',
      '"',
      'B',
      'earer',
      '-',
      '_',
      '=',
      '+',
      '/',
      '🙂',
      '\u0000',
      base64Url('{"a":1}'),
    ];
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 40);
      const value = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expectWellFormed(makeCall({ authorization: value }));
    }
  });
});
