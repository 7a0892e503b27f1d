import { beforeAll, describe, expect, test } from 'vitest';
import { readBodyFacts } from '../../../src/core/capture/capturedBody';
import type { CapturedCall } from '../../../src/core/capture/types';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import {
  hasRemovedSignature,
  removedSignature,
  SecretRedactor,
  SIGNATURE_REMOVED,
} from '../../../src/core/handoff/redactSecrets';
import { EXPORT_CREATOR_NAME, exportHar } from '../../../src/core/har/exportHar';
import { importHar } from '../../../src/core/har/importHar';
import {
  accessClaims,
  createTestKey,
  httpApi401,
  idClaims,
  makeCall,
  REQUEST_S,
  signToken,
  type TestKey,
} from '../diagnosis/tokenFactory';

let key: TestKey;
beforeAll(async () => {
  key = await createTestKey('export-key');
});

const signatureOf = (jwt: string) => jwt.split('.')[2] ?? '';

/** A call carrying every kind of secret, each a distinct value that the test then looks for. */
async function callWithSecrets() {
  const idToken = await signToken(key, idClaims());
  const accessToken = await signToken(key, accessClaims());
  const refreshToken = await signToken(key, { cty: 'JWT', note: 'stand-in for a JWE refresh token' });
  const jwtInBody = await signToken(key, idClaims({ jti: 'in-body' }));
  const secrets = {
    code: 'c0de-9f1e2d3c-4b5a',
    codeVerifier: 'verifier-Zk2mF8qLw0xY7sT3nP5rV9bJ1hD6gC4eA',
    clientSecret: 'client-secret-1qaz2wsx3edc4rfv5tgb6yhn',
    password: 'hunter2-correct-horse',
    state: 'state-e4f5a6b7',
    basic: Buffer.from('6hkmkdf2j11ft5potp0paoqo1p:client-secret-basic-abc').toString('base64'),
    apiKey: 'apikey-0123456789abcdefghij',
    securityToken: 'IQoJb3JpZ2luX2VjEXAMPLEsessiontoken',
    cookie: 'session-cookie-value-77aa88bb',
    setCookie: 'set-cookie-value-99cc00dd',
  };
  const call: CapturedCall = {
    ...makeCall({
      authorization: `Bearer ${idToken}`,
      path: `/prod/orders?code=${secrets.code}&state=${secrets.state}&page=2`,
      method: 'POST',
      extraRequestHeaders: [
        { name: 'x-api-key', value: secrets.apiKey },
        { name: 'X-Amz-Security-Token', value: secrets.securityToken },
        { name: 'cookie', value: `sid=${secrets.cookie}; theme=dark` },
        { name: 'x-access-token', value: accessToken },
        { name: 'proxy-authorization', value: `Basic ${secrets.basic}` },
        { name: 'referer', value: `https://app.example.com/callback?code=${secrets.code}` },
      ],
      responseHeaders: [
        ...httpApi401('Bearer error="invalid_token"'),
        { name: 'set-cookie', value: `tracker=${secrets.setCookie}; Secure; HttpOnly` },
      ],
    }),
    requestBody: {
      mimeType: 'application/x-www-form-urlencoded',
      text:
        `grant_type=authorization_code&client_id=6hkmkdf2j11ft5potp0paoqo1p&code=${secrets.code}` +
        `&code_verifier=${secrets.codeVerifier}&client_secret=${secrets.clientSecret}` +
        `&password=${secrets.password}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb`,
    },
    responseBody: {
      mimeType: 'application/json',
      text: JSON.stringify({
        access_token: accessToken,
        id_token: idToken,
        refresh_token: refreshToken,
        token_type: 'Bearer',
        expires_in: 3600,
        nested: { note: `see ${jwtInBody}` },
      }),
    },
  };
  const signatures = [idToken, accessToken, refreshToken, jwtInBody].map(signatureOf);
  return { call, secrets, signatures, idToken };
}

describe('exportHar redaction: searching the output for each secret finds none', () => {
  test('no signature, secret, credential or cookie value survives', async () => {
    const { call, secrets, signatures, idToken } = await callWithSecrets();
    const har = exportHar([call], { version: '1.2.3' });
    const text = JSON.stringify(har);
    for (const signature of signatures) expect(text).not.toContain(signature);
    for (const [name, value] of Object.entries(secrets)) expect(text, name).not.toContain(value);
    // The Basic credentials decoded would be the client secret: neither form is there.
    expect(text).not.toContain('client-secret-basic-abc');
    // The identity header keeps the token's header and payload: the diagnosis needs them.
    const [header, payload, signature = ''] = idToken.split('.');
    expect(text).toContain(`Bearer ${header}.${payload}.${removedSignature(signature)}`);
    expect(removedSignature(signature)).toHaveLength(signature.length);
    // Cookies go whole.
    const entry = har.log.entries[0];
    expect(entry?.request.headers.map((h) => h.name.toLowerCase())).not.toContain('cookie');
    expect(entry?.response.headers.map((h) => h.name.toLowerCase())).not.toContain('set-cookie');
    expect(entry?.request.cookies).toEqual([]);
    // Non-secret fields stay readable for the sign-in checks.
    expect(entry?.request.postData?.text).toContain('grant_type=authorization_code');
    expect(entry?.request.postData?.text).toContain('client_id=6hkmkdf2j11ft5potp0paoqo1p');
    expect(entry?.request.url).toContain('page=2');
    expect(har.log.creator.name).toBe(EXPORT_CREATOR_NAME);
  });

  test('the same secret gets the same stand-in, so "a code sent twice" survives', async () => {
    const { call, secrets } = await callWithSecrets();
    const har = exportHar([call], { version: '1' });
    const entry = har.log.entries[0];
    const inUrl = /code=(removed-\d+)/.exec(entry?.request.url ?? '')?.[1];
    const inBody = /(?:^|&)code=(removed-\d+)/.exec(entry?.request.postData?.text ?? '')?.[1];
    expect(inUrl).toBeDefined();
    expect(inUrl).toBe(inBody);
    expect(JSON.stringify(har)).not.toContain(secrets.code);
  });

  test.each([
    ['Bearer', 'Bearer eyJ'],
    [
      'SigV4',
      'AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261120/eu-west-1/execute-api/aws4_request, Signature=0123abcd',
    ],
    ['opaque token', 'Bearer opaque-token-value-123'],
    ['a lone API key', 'key-abcdef123456'],
    ['a quoted token', '"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2VjcmV0c2lnbmF0dXJl"'],
  ])('credential header values keep their shape, not their secret: %s', (_label, value) => {
    const out = new SecretRedactor().headerValue('authorization', value) ?? '';
    for (const secret of [
      'AKIAEXAMPLE',
      '0123abcd',
      'opaque-token-value-123',
      'key-abcdef123456',
      'c2VjcmV0c2lnbmF0dXJl',
    ]) {
      expect(out).not.toContain(secret);
    }
    if (value.startsWith('AWS4'))
      expect(out).toMatch(/^AWS4-HMAC-SHA256 Credential=removed-1, Signature=removed-2$/);
    if (value.startsWith('"'))
      expect(out).toBe(`"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.${SIGNATURE_REMOVED}0000"`);
  });

  test.each(['Bearer undefined', 'Bearer', 'Bearer null'])('a placeholder is kept as sent: %s', (value) => {
    expect(new SecretRedactor().headerValue('Authorization', value)).toBe(value);
  });

  test('a cut JSON body still loses its secrets', () => {
    const redactor = new SecretRedactor();
    const out = redactor.bodyText(
      '{"error":"x","refresh_token":"eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.abc',
      'application/json',
    );
    expect(out).toBe('{"error":"x","refresh_token":"removed-1');
  });

  test('hasRemovedSignature', () => {
    expect(hasRemovedSignature(`Bearer a.b.${SIGNATURE_REMOVED}`)).toBe(true);
    expect(hasRemovedSignature(`Bearer a.b.${SIGNATURE_REMOVED}000`)).toBe(true);
    expect(hasRemovedSignature(`Bearer a.b.${SIGNATURE_REMOVED}x`)).toBe(false);
    expect(hasRemovedSignature('Bearer a.b.c')).toBe(false);
  });
});

describe('export then import: the same diagnosis, except the signature check', () => {
  async function scenarios(): Promise<CapturedCall[]> {
    const good = await signToken(key, idClaims());
    const expired = await signToken(key, idClaims({ exp: REQUEST_S - 600 }));
    const access = await signToken(key, accessClaims());
    return [
      makeCall({ authorization: `Bearer ${good}` }),
      makeCall({ authorization: `Bearer ${expired}`, path: '/prod/orders/42' }),
      makeCall({
        authorization: access,
        responseHeaders: httpApi401('Bearer scope="orders/read" error="insufficient_scope"'),
      }),
      makeCall({ authorization: `Bearer Bearer ${good}` }),
      makeCall({ authorization: `"Bearer ${good}"` }),
      makeCall({ authorization: 'Bearer undefined' }),
      makeCall({ authorization: null }),
      makeCall({ authorization: 'Basic dXNlcjpwYXNz' }),
      makeCall({ authorization: `Bearer ${good}`, method: 'OPTIONS' }),
      makeCall({ authorization: `Bearer ${good}`, initiator: 'https://other.example.com' }),
      {
        ...makeCall({ authorization: `Bearer ${good}` }),
        statusCode: 403,
        statusLine: 'HTTP/2.0 403 Forbidden',
        responseHeaders: [
          { name: 'x-amzn-RequestId', value: 'r-1' },
          { name: 'x-amzn-ErrorType', value: 'AccessDeniedException' },
        ],
        responseBody: {
          mimeType: 'application/json',
          text: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
        },
      },
    ].map((call, index) => ({ ...call, id: `call-${index}`, requestTime: call.requestTime + index }));
  }

  test('every check but token.signature gives the same status, code and evidence', async () => {
    const calls = await scenarios();
    const text = JSON.stringify(exportHar(calls, { version: '1' }));
    const imported = await importHar(text);
    expect(imported.scan.status).toBe('complete');
    expect(imported.signaturesRemoved).toBe(true);
    expect(imported.calls).toHaveLength(calls.length);
    calls.forEach((call, index) => {
      const back = imported.calls[index]?.call;
      if (!back) throw new Error(`call ${index} missing`);
      const strip = (checks: ReturnType<typeof diagnose>['checks']) =>
        checks.filter((check) => check.id !== 'token.signature');
      const before = diagnose({ call });
      const after = diagnose({ call: back });
      expect(strip(after.checks), call.id).toEqual(strip(before.checks));
      expect(after.headline?.id, call.id).toBe(before.headline?.id);
      expect(back.url).toBe(call.url);
      expect(back.method).toBe(call.method);
      expect(back.initiator).toBe(call.initiator);
      expect(back.resourceType).toBe(call.resourceType);
      expect(back.statusLine).toBe(call.statusLine);
      expect(readBodyFacts(back.responseBody)).toEqual(readBodyFacts(call.responseBody));
    });
  });
});
