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

describe('an issuer the configuration trusts (a JWT authorizer that is not Cognito)', () => {
  const ISSUER = 'https://login.example.com/';
  const KEYS_URL = 'https://keys.example.com/jwks.json';
  const DISCOVERY_URL = 'https://login.example.com/.well-known/openid-configuration';
  const otherClaims = () => idClaims({ iss: ISSUER, aud: 'catalog-api' });
  const grantAll = async () => true;

  test('with the keys host allowed: the configured jwksUri is fetched, and only it', async () => {
    const token = await signToken(idKey, otherClaims());
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const asked: string[] = [];
    const client = createJwksClient({
      fetch,
      now: () => 0,
      hasHostAccess: async (origin) => {
        asked.push(origin);
        return true;
      },
    });
    const verdict = await client.verify(token, [{ issuer: ISSUER, jwksUri: KEYS_URL }]);
    expect(verdict).toEqual({ kind: 'verified', iss: ISSUER, kid: 'id-key-1' });
    expect(calls.map((call) => call.url)).toEqual([KEYS_URL]);
    expect(asked).toEqual(['https://keys.example.com']);
  });

  test('without the grant nothing is fetched, and the verdict names the host to allow', async () => {
    const token = await signToken(idKey, otherClaims());
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const denied = createJwksClient({ fetch, now: () => 0, hasHostAccess: async () => false });
    const verdict = await denied.verify(token, [{ issuer: ISSUER, jwksUri: KEYS_URL }]);
    expect(verdict).toEqual({ kind: 'needs-access', iss: ISSUER, origins: ['https://keys.example.com'] });
    // A client given no way to ask (and a failing one) never fetches either.
    const unasked = createJwksClient({ fetch, now: () => 0 });
    expect((await unasked.verify(token, [{ issuer: ISSUER, jwksUri: KEYS_URL }])).kind).toBe('needs-access');
    const failing = createJwksClient({
      fetch,
      now: () => 0,
      hasHostAccess: () => Promise.reject(new Error('x')),
    });
    expect((await failing.verify(token, [{ issuer: ISSUER, jwksUri: KEYS_URL }])).kind).toBe('needs-access');
    expect(calls).toEqual([]);
    expectNoToken(verdict, token);
  });

  test('an iss the configuration does not name is never fetched, trailing slash included', async () => {
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0, hasHostAccess: grantAll });
    const token = await signToken(idKey, idClaims({ iss: 'https://login.example.com' }));
    expect(await client.verify(token, [{ issuer: ISSUER, jwksUri: KEYS_URL }])).toEqual({
      kind: 'not-cognito',
    });
    expect(await client.verify(token)).toEqual({ kind: 'not-cognito' });
    // A trusted issuer that is not a plain https URL is ignored rather than fetched.
    const plain = await signToken(idKey, idClaims({ iss: 'http://login.example.com/' }));
    expect(await client.verify(plain, [{ issuer: 'http://login.example.com/' }])).toEqual({
      kind: 'not-cognito',
    });
    expect(calls).toEqual([]);
  });

  test('without a jwksUri: the discovery document of the exact issuer gives jwks_uri', async () => {
    const token = await signToken(idKey, otherClaims());
    const { fetch, calls } = fakeFetch((url) =>
      url === DISCOVERY_URL ? respond({ issuer: ISSUER, jwks_uri: KEYS_URL }) : respond(jwksOf(idKey)),
    );
    const client = createJwksClient({ fetch, now: () => 0, hasHostAccess: grantAll });
    expect(await client.verify(token, [{ issuer: ISSUER }])).toEqual({
      kind: 'verified',
      iss: ISSUER,
      kid: 'id-key-1',
    });
    // The second token reuses both the discovered address and the keys.
    expect(await client.verify(token, [{ issuer: ISSUER }])).toMatchObject({ kind: 'verified' });
    expect(calls.map((call) => call.url)).toEqual([DISCOVERY_URL, KEYS_URL]);
  });

  test('discovery on an allowed host whose jwks_uri is on another host asks for that host too', async () => {
    const token = await signToken(idKey, otherClaims());
    const { fetch, calls } = fakeFetch(() => respond({ issuer: ISSUER, jwks_uri: KEYS_URL }));
    const client = createJwksClient({
      fetch,
      now: () => 0,
      hasHostAccess: async (origin) => origin === 'https://login.example.com',
    });
    expect(await client.verify(token, [{ issuer: ISSUER }])).toEqual({
      kind: 'needs-access',
      iss: ISSUER,
      origins: ['https://keys.example.com'],
    });
    expect(calls.map((call) => call.url)).toEqual([DISCOVERY_URL]);
  });

  test.each([
    [
      'names another issuer',
      () => respond({ issuer: 'https://evil.example.com/', jwks_uri: KEYS_URL }),
      'discovery-mismatch',
      undefined,
    ],
    [
      'gives an http jwks_uri',
      () => respond({ issuer: ISSUER, jwks_uri: 'http://keys.example.com/jwks.json' }),
      'discovery-mismatch',
      undefined,
    ],
    ['gives no jwks_uri', () => respond({ issuer: ISSUER }), 'discovery-mismatch', undefined],
    ['answers 404', () => respond('not here', 404), 'discovery-failed', 404],
    ['is not JSON', () => respond('<html>'), 'discovery-failed', undefined],
    [
      'cannot be reached',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'discovery-failed',
      undefined,
    ],
  ])('a discovery document that %s: the keys are not fetched', async (_name, answer, reason, httpStatus) => {
    const token = await signToken(idKey, otherClaims());
    const { fetch, calls } = fakeFetch(answer as () => Promise<JwksResponse>);
    const client = createJwksClient({ fetch, now: () => 0, hasHostAccess: grantAll });
    const verdict = await client.verify(token, [{ issuer: ISSUER }]);
    expect(verdict).toEqual({
      kind: 'jwks-unreachable',
      iss: ISSUER,
      reason,
      ...(httpStatus === undefined ? {} : { httpStatus }),
    });
    expect(calls.map((call) => call.url)).toEqual([DISCOVERY_URL]);
  });

  test('ES256 and RS512 tokens verify against their keys; a key of the wrong type is unusable', async () => {
    const ecPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const ecJwk = await crypto.subtle.exportKey('jwk', ecPair.publicKey);
    const rsPair = await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-512',
      },
      true,
      ['sign', 'verify'],
    );
    const rsJwk = await crypto.subtle.exportKey('jwk', rsPair.publicKey);
    const jwks = {
      keys: [
        { kty: 'EC', crv: 'P-256', x: ecJwk.x, y: ecJwk.y, use: 'sig', kid: 'ec-1' },
        { kty: 'RSA', n: rsJwk.n, e: rsJwk.e, alg: 'RS512', use: 'sig', kid: 'rs512-1' },
      ],
    };
    const sign = async (
      header: Record<string, unknown>,
      key: CryptoKey,
      params: AlgorithmIdentifier | EcdsaParams,
    ) => {
      const input = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(otherClaims()))}`;
      const signature = await crypto.subtle.sign(params, key, new TextEncoder().encode(input));
      return `${input}.${base64Url(new Uint8Array(signature))}`;
    };
    const es256 = await sign({ alg: 'ES256', kid: 'ec-1' }, ecPair.privateKey, {
      name: 'ECDSA',
      hash: 'SHA-256',
    });
    const rs512 = await sign({ alg: 'RS512', kid: 'rs512-1' }, rsPair.privateKey, {
      name: 'RSASSA-PKCS1-v1_5',
    });
    const mismatched = await sign({ alg: 'ES256', kid: 'rs512-1' }, ecPair.privateKey, {
      name: 'ECDSA',
      hash: 'SHA-256',
    });
    const { fetch } = fakeFetch(() => respond(jwks));
    const client = createJwksClient({ fetch, now: () => 0, hasHostAccess: grantAll });
    const trusted = [{ issuer: ISSUER, jwksUri: KEYS_URL }];
    expect(await client.verify(es256, trusted)).toEqual({ kind: 'verified', iss: ISSUER, kid: 'ec-1' });
    expect(await client.verify(rs512, trusted)).toEqual({ kind: 'verified', iss: ISSUER, kid: 'rs512-1' });
    expect(await client.verify(mismatched, trusted)).toEqual({
      kind: 'jwks-unreachable',
      iss: ISSUER,
      reason: 'invalid-key',
    });
    // A tampered ES256 token fails with the curve's signature length.
    const [h, , sig] = es256.split('.');
    const forged = `${h}.${base64Url(JSON.stringify(otherClaims()).replace('catalog-api', 'catalog-apx'))}.${sig}`;
    expect(await client.verify(forged, trusted)).toEqual({
      kind: 'bad-signature',
      iss: ISSUER,
      kid: 'ec-1',
      signatureBytes: 64,
      expectedBytes: 64,
    });
  });

  test('a Cognito token is still checked against its pool, whatever the trusted list says', async () => {
    const { fetch, calls } = fakeFetch(() => respond(jwksOf(idKey)));
    const client = createJwksClient({ fetch, now: () => 0, hasHostAccess: async () => false });
    expect(await client.verify(idToken, [{ issuer: ISSUER, jwksUri: KEYS_URL }])).toMatchObject({
      kind: 'verified',
      iss: ISS,
    });
    expect(calls.map((call) => call.url)).toEqual([JWKS_URL]);
  });
});
