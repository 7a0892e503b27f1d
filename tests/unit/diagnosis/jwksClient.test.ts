import { beforeAll, describe, expect, test } from 'vitest';
import { createJwksClient, type JwksFetch, type JwksResponse } from '../../../src/core/diagnosis/jwksClient';
import type { SignatureVerdict } from '../../../src/core/diagnosis/types';
import {
  accessClaims,
  base64Url,
  createTestKey,
  ISS,
  idClaims,
  jwksOf,
  signToken,
  type TestKey,
} from './tokenFactory';

const JWKS_URL = `${ISS}/.well-known/jwks.json`;

function respond(body: unknown, status = 200): JwksResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    text: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
  };
}

function fakeFetch(handler: (url: string, signal: AbortSignal) => Promise<JwksResponse> | JwksResponse) {
  const calls: Array<{ url: string; credentials: string; redirect: string }> = [];
  const fetch: JwksFetch = async (url, init) => {
    calls.push({ url, credentials: init.credentials, redirect: init.redirect });
    return handler(url, init.signal);
  };
  return { fetch, calls };
}

let idKey: TestKey;
let accessKey: TestKey;
let rotatedKey: TestKey;
let idToken: string;

beforeAll(async () => {
  [idKey, accessKey, rotatedKey] = await Promise.all([
    createTestKey('id-key-1'),
    createTestKey('access-key-1'),
    createTestKey('rotated-key-2'),
  ]);
  idToken = await signToken(idKey, idClaims());
});

function expectNoToken(verdict: SignatureVerdict, token: string) {
  const text = JSON.stringify(verdict);
  expect(text).not.toContain(token.split('.')[2]);
  expect(text).not.toContain(token);
}

describe('verification', () => {
  test('verifies a real RS256 token and caches the JWKS per issuer', async () => {
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey, accessKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const accessToken = await signToken(accessKey, accessClaims());
    expect(await client.verify(idToken)).toEqual({ kind: 'verified', iss: ISS, kid: 'id-key-1' });
    expect(await client.verify(accessToken)).toEqual({ kind: 'verified', iss: ISS, kid: 'access-key-1' });
    expect(calls).toEqual([{ url: JWKS_URL, credentials: 'omit', redirect: 'error' }]);
  });

  test('a tampered payload fails the signature', async () => {
    const { fetch } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const [header, , signature] = idToken.split('.');
    const forged = `${header}.${base64Url(JSON.stringify(idClaims({ 'cognito:groups': ['root'] })))}.${signature}`;
    const verdict = await client.verify(forged);
    expect(verdict).toEqual({
      kind: 'bad-signature',
      iss: ISS,
      kid: 'id-key-1',
      signatureBytes: 256,
      expectedBytes: 256,
    });
    expectNoToken(verdict, forged);
  });

  test('a cut signature is reported with its short length', async () => {
    const { fetch } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const cut = idToken.slice(0, idToken.length - 40);
    expect(await client.verify(cut)).toMatchObject({
      kind: 'bad-signature',
      signatureBytes: 226,
      expectedBytes: 256,
    });
  });

  test('a token signed by another key under a known kid fails', async () => {
    const { fetch } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const impostor = await signToken(rotatedKey, idClaims(), { kid: 'id-key-1' });
    expect(await client.verify(impostor)).toMatchObject({ kind: 'bad-signature', kid: 'id-key-1' });
  });

  test('concurrent verifications share one download', async () => {
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const verdicts = await Promise.all([
      client.verify(idToken),
      client.verify(idToken),
      client.verify(idToken),
    ]);
    expect(verdicts.map((verdict) => verdict.kind)).toEqual(['verified', 'verified', 'verified']);
    expect(calls).toHaveLength(1);
  });
});

describe('unknown kid and the refetch penalty box', () => {
  test('refetches once on a miss, not again within 10 s, and finds a rotated key later', async () => {
    let published = jwksOf(idKey);
    let clock = 0;
    const { fetch, calls } = fakeFetch(() => respond(published));
    const client = createJwksClient({ fetch, now: () => clock });
    const rotatedToken = await signToken(rotatedKey, idClaims());

    expect((await client.verify(idToken)).kind).toBe('verified');
    expect(calls).toHaveLength(1);

    clock = 20_000;
    expect(await client.verify(rotatedToken)).toEqual({
      kind: 'unknown-kid',
      iss: ISS,
      kid: 'rotated-key-2',
      knownKids: ['id-key-1'],
      refetched: true,
    });
    expect(calls).toHaveLength(2);

    clock = 25_000;
    expect(await client.verify(rotatedToken)).toMatchObject({ kind: 'unknown-kid', refetched: false });
    expect(calls).toHaveLength(2);

    published = jwksOf(idKey, rotatedKey);
    clock = 31_000;
    expect(await client.verify(rotatedToken)).toEqual({ kind: 'verified', iss: ISS, kid: 'rotated-key-2' });
    expect(calls).toHaveLength(3);
  });

  test('a miss right after the first download does not download again', async () => {
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const other = await signToken(rotatedKey, idClaims());
    expect(await client.verify(other)).toMatchObject({
      kind: 'unknown-kid',
      refetched: false,
      knownKids: ['id-key-1'],
    });
    expect(calls).toHaveLength(1);
  });

  test('a token without kid is an unknown kid, with no download', async () => {
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const noKid = await signToken(idKey, idClaims(), { kid: undefined });
    expect(await client.verify(noKid)).toEqual({
      kind: 'unknown-kid',
      iss: ISS,
      kid: null,
      knownKids: [],
      refetched: false,
    });
    expect(calls).toHaveLength(0);
  });
});

describe('JWKS unreachable', () => {
  test.each([
    ['HTTP 500', () => respond('oops', 500), { reason: 'http-status', httpStatus: 500 }],
    ['HTTP 404', () => respond('{}', 404), { reason: 'http-status', httpStatus: 404 }],
    ['not JSON', () => respond('<html>login</html>'), { reason: 'not-json' }],
    ['no keys', () => respond({ keys: [] }), { reason: 'no-keys' }],
    ['no keys array', () => respond({ hello: 1 }), { reason: 'no-keys' }],
    ['network error', () => Promise.reject(new TypeError('Failed to fetch')), { reason: 'network' }],
  ])('%s', async (_name, handler, expected) => {
    const { fetch } = fakeFetch(handler);
    const client = createJwksClient({ fetch, now: () => 0 });
    expect(await client.verify(idToken)).toEqual({ kind: 'jwks-unreachable', iss: ISS, ...expected });
  });

  test('times out through the AbortController', async () => {
    const { fetch } = fakeFetch(
      (_url, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const client = createJwksClient({ fetch, now: () => 0, timeoutMs: 20 });
    expect(await client.verify(idToken)).toEqual({ kind: 'jwks-unreachable', iss: ISS, reason: 'timeout' });
  });

  test('a failed download is not retried within the wait, and is after it', async () => {
    let clock = 0;
    let healthy = false;
    const { fetch, calls } = fakeFetch(() => (healthy ? respond(jwksOf(idKey)) : respond('down', 503)));
    const client = createJwksClient({ fetch, now: () => clock });
    expect((await client.verify(idToken)).kind).toBe('jwks-unreachable');
    healthy = true;
    clock = 5_000;
    expect((await client.verify(idToken)).kind).toBe('jwks-unreachable');
    expect(calls).toHaveLength(1);
    clock = 10_000;
    expect((await client.verify(idToken)).kind).toBe('verified');
    expect(calls).toHaveLength(2);
  });

  test('a key that is not an RSA signing key is unusable', async () => {
    const { fetch } = fakeFetch(() => respond({ keys: [{ ...idKey.publicJwk, use: 'enc' }] }));
    const client = createJwksClient({ fetch, now: () => 0 });
    expect(await client.verify(idToken)).toEqual({
      kind: 'jwks-unreachable',
      iss: ISS,
      reason: 'invalid-key',
    });
  });
});

describe('never fetches an arbitrary issuer', () => {
  test.each([
    ['https://evil.example.com/eu-west-1_AbC123xyz'],
    ['https://cognito-idp.eu-west-1.amazonaws.com.evil.com/eu-west-1_AbC123xyz'],
    ['https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz/'],
    ['https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz/../../x'],
    ['http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz'],
    ['https://cognito-idp.eu-west-1.amazonaws.com/us-east-1_AbC123xyz'],
    ['https://cognito-idp.eu-west-1.amazonaws.com@evil.com/eu-west-1_AbC123xyz'],
  ])('%s', async (iss) => {
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const token = await signToken(idKey, idClaims({ iss }));
    expect(await client.verify(token)).toEqual({ kind: 'not-cognito' });
    expect(calls).toHaveLength(0);
  });

  test('fetches the China partition from .amazonaws.com.cn', async () => {
    const chinaIss = 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Zz9';
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    const token = await signToken(idKey, idClaims({ iss: chinaIss }));
    expect(await client.verify(token)).toEqual({ kind: 'verified', iss: chinaIss, kid: 'id-key-1' });
    expect(calls[0]?.url).toBe(`${chinaIss}/.well-known/jwks.json`);
  });

  test.each([
    ['HS256', { alg: 'HS256' }, { kind: 'unsupported-alg', alg: 'HS256' }],
    ['none', { alg: 'none' }, { kind: 'unsupported-alg', alg: 'none' }],
    ['ES256', { alg: 'ES256' }, { kind: 'unsupported-alg', alg: 'ES256' }],
    ['no alg', { alg: 7 }, { kind: 'unsupported-alg', alg: null }],
  ])('does not fetch for alg %s', async (_name, header, expected) => {
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0 });
    expect(await client.verify(await signToken(idKey, idClaims(), header))).toEqual(expected);
    expect(calls).toHaveLength(0);
  });

  test.each([['garbage'], [''], ['a.b.c'], ['\u0000'.repeat(10)]])(
    'an undecodable value %j is not checked',
    async (value) => {
      const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
      const client = createJwksClient({ fetch, now: () => 0 });
      expect(await client.verify(value)).toEqual({ kind: 'not-checked', reason: 'undecodable' });
      expect(calls).toHaveLength(0);
    },
  );
});
