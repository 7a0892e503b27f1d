import { describe, expect, test } from 'vitest';
import { secretDigester } from '../../../src/core/signin/secretDigest';
import {
  normalizeCustomDomain,
  signinDomainOf,
  signinEndpointOf,
} from '../../../src/core/signin/signinDomain';
import {
  authorizationSchemeOf,
  recordSigninRequest,
  withoutSecretParameters,
} from '../../../src/core/signin/signinRecord';
import {
  APP,
  authorizeUrl,
  basicHeader,
  CALLBACK,
  CLIENT_ID,
  CODE_FLOW,
  DOMAIN,
  digest,
  FORM_HEADERS,
  formBody,
  record,
  SECRETS,
} from './signinFixtures';

describe('signinDomainOf', () => {
  test.each([
    [
      'https://myapp.auth.eu-west-1.amazoncognito.com/login',
      { kind: 'prefix', prefix: 'myapp', region: 'eu-west-1' },
    ],
    [
      'https://my-app-2.auth.us-gov-west-1.amazoncognito.com/oauth2/token',
      { kind: 'prefix', region: 'us-gov-west-1' },
    ],
    [
      'https://MyApp.Auth.EU-WEST-1.amazoncognito.com/login',
      { kind: 'prefix', host: 'myapp.auth.eu-west-1.amazoncognito.com' },
    ],
    ['https://auth.example.com/oauth2/authorize', { kind: 'custom', host: 'auth.example.com' }],
    ['http://myapp.auth.eu-west-1.amazoncognito.com/login', undefined],
    ['https://-bad.auth.eu-west-1.amazoncognito.com/login', undefined],
    ['https://myapp.auth.nowhere.amazoncognito.com/login', undefined],
    ['https://myapp.auth.eu-west-1.amazoncognito.com.evil.example/login', undefined],
    ['https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz', undefined],
    ['https://other.example.com/oauth2/token', undefined],
  ])('%s', (url, expected) => {
    const domain = signinDomainOf(new URL(url), ['auth.example.com']);
    if (expected === undefined) expect(domain).toBeUndefined();
    else expect(domain).toMatchObject(expected);
  });

  test.each([
    ['/oauth2/authorize', 'authorize'],
    ['/login', 'login'],
    ['/logout', 'logout'],
    ['/error', 'error'],
    ['/oauth2/token', 'token'],
    ['/oauth2/token/', 'token'],
    ['/oauth2/revoke', 'revoke'],
    ['/oauth2/userInfo', 'userInfo'],
    ['/oauth2/userinfo', 'userInfo'],
    ['/oauth2/idpresponse', 'idpresponse'],
    ['/.well-known/openid-configuration', 'openid-configuration'],
    ['/.well-known/jwks.json', 'jwks'],
    ['/favicon.ico', undefined],
    ['/', undefined],
  ])('endpoint of %s', (path, endpoint) => {
    expect(signinEndpointOf(new URL(`${DOMAIN}${path}`))).toBe(endpoint);
  });

  test.each([
    ['auth.example.com', 'auth.example.com'],
    ['  Auth.Example.COM. ', 'auth.example.com'],
    ['https://auth.example.com/login?x=1', 'auth.example.com'],
    ['localhost', undefined],
    ['not a host', undefined],
    ['https://', undefined],
    ['', undefined],
  ])('custom domain %j', (input, expected) => {
    expect(normalizeCustomDomain(input)).toBe(expected);
  });
});

describe('recordSigninRequest keeps no secret', () => {
  test('codes, verifiers, secrets, refresh tokens, passwords and Basic credentials are only digests', async () => {
    const hops = [
      {
        url: authorizeUrl(CODE_FLOW),
        statusCode: 302,
        redirectUrl: `${CALLBACK}?code=${SECRETS.code}&state=st4te`,
      },
      {
        url: `${DOMAIN}/oauth2/authorize?${new URLSearchParams({ ...CODE_FLOW, response_type: 'token' })}`,
        statusCode: 302,
        redirectUrl: `${CALLBACK}#id_token=${SECRETS.refreshToken}&access_token=${SECRETS.refreshToken}x&state=s`,
      },
      {
        url: `${DOMAIN}/oauth2/token`,
        method: 'POST',
        statusCode: 400,
        requestHeaders: [
          ...FORM_HEADERS,
          basicHeader(CLIENT_ID, SECRETS.clientSecret),
          { name: 'Referer', value: `${CALLBACK}?code=${SECRETS.code}` },
          { name: 'Cookie', value: `session=${SECRETS.password}` },
        ],
        body: formBody({
          grant_type: 'authorization_code',
          code: SECRETS.code,
          code_verifier: SECRETS.verifier,
          client_secret: SECRETS.clientSecret,
          refresh_token: SECRETS.refreshToken,
        }),
      },
      {
        url: `${DOMAIN}/login?client_id=${CLIENT_ID}`,
        method: 'POST',
        statusCode: 302,
        body: formBody({ username: 'ana', password: SECRETS.password, _csrf: 'csrf-value' }),
        redirectUrl: `${CALLBACK}?code=${SECRETS.otherCode}`,
      },
      {
        url: `${DOMAIN}/oauth2/token?code=${SECRETS.code}&client_secret=${SECRETS.clientSecret}`,
        method: 'POST',
      },
    ];
    for (const hop of hops) {
      const kept = JSON.stringify(await record(hop));
      for (const secret of Object.values(SECRETS)) expect(kept).not.toContain(secret);
      expect(kept).not.toContain(btoa(`${CLIENT_ID}:${SECRETS.clientSecret}`));
      expect(kept).not.toContain('csrf-value');
    }
  });

  test('what is kept of a token request', async () => {
    const kept = await record({
      url: `${DOMAIN}/oauth2/token`,
      method: 'post',
      statusCode: 400,
      initiator: APP,
      requestHeaders: [
        ...FORM_HEADERS,
        basicHeader(CLIENT_ID, SECRETS.clientSecret),
        { name: 'Cookie', value: 'x' },
      ],
      body: formBody({
        grant_type: 'authorization_code',
        redirect_uri: CALLBACK,
        code: SECRETS.code,
        extra: 'v',
      }),
    });
    expect(kept).toMatchObject({
      method: 'POST',
      endpoint: 'token',
      body: 'form',
      form: {
        names: ['grant_type', 'redirect_uri', 'code', 'extra'],
        values: { grant_type: 'authorization_code', redirect_uri: CALLBACK },
      },
      headers: [
        { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
        { name: 'Accept', value: 'application/json' },
        { name: 'Authorization', withheld: true },
        { name: 'Cookie', withheld: true },
      ],
      authScheme: 'basic',
      basicClientId: CLIENT_ID,
    });
    expect(kept.secrets.map((secret) => [secret.name, secret.where, secret.digest.length])).toEqual([
      ['code', 'form', SECRETS.code.length],
      ['client_secret', 'basic', SECRETS.clientSecret.length],
    ]);
    expect(authorizationSchemeOf(kept)).toBe('basic');
  });

  test('URLs lose their secret parameters, in the query and in a parameter fragment', () => {
    expect(withoutSecretParameters(`${CALLBACK}?code=${SECRETS.code}&state=s`)).toBe(`${CALLBACK}?state=s`);
    expect(withoutSecretParameters(`${CALLBACK}#access_token=a.b.c&id_token=d.e.f&token_type=Bearer`)).toBe(
      `${CALLBACK}#token_type=Bearer`,
    );
    expect(withoutSecretParameters(`${APP}/#/callback`)).toBe(`${APP}/#/callback`);
    expect(withoutSecretParameters('not a url')).toBe('');
  });

  test('the redirect of an implicit flow: tokens named, never kept', async () => {
    const kept = await record({
      url: authorizeUrl({ ...CODE_FLOW, response_type: 'token' }),
      statusCode: 302,
      redirectUrl: `${CALLBACK}#id_token=x.y.z&access_token=a.b.c&expires_in=3600`,
    });
    expect(kept.redirect).toEqual({
      url: `${CALLBACK}#expires_in=3600`,
      target: 'app',
      issuedTokens: ['id_token', 'access_token'],
    });
  });

  test.each([
    [`${CALLBACK}?error_description=invalid_scope&state=s&error=invalid_request`, 'query', 'app'],
    [`${CALLBACK}#error_description=invalid_scope&error=invalid_request`, 'fragment', 'app'],
  ])('error parameters of %s', async (redirectUrl, errorIn, target) => {
    const kept = await record({ url: authorizeUrl(CODE_FLOW), statusCode: 302, redirectUrl });
    expect(kept.redirect).toMatchObject({
      target,
      errorIn,
      error: 'invalid_request',
      errorDescription: 'invalid_scope',
    });
  });

  test('a redirect to the error page', async () => {
    const kept = await record({
      url: authorizeUrl(CODE_FLOW),
      statusCode: 302,
      redirectUrl: `${DOMAIN}/error?error=redirect_mismatch&client_id=${CLIENT_ID}`,
    });
    expect(kept.redirect).toMatchObject({
      target: 'error-page',
      error: 'redirect_mismatch',
      clientId: CLIENT_ID,
    });
  });

  test('a redirect to the login page of the same domain', async () => {
    const kept = await record({
      url: authorizeUrl(CODE_FLOW),
      statusCode: 302,
      redirectUrl: authorizeUrl(CODE_FLOW, '/login'),
    });
    expect(kept.redirect?.target).toBe('signin');
  });

  test('a Basic header that is not base64 keeps the scheme, no client id and no secret', async () => {
    const kept = await record({
      url: `${DOMAIN}/oauth2/token`,
      method: 'POST',
      requestHeaders: [{ name: 'authorization', value: 'Basic ###' }],
    });
    expect(kept.authScheme).toBe('basic');
    expect(kept.basicClientId).toBeUndefined();
    expect(kept.secrets).toEqual([]);
  });

  test('requests elsewhere are not recorded', async () => {
    for (const url of ['https://app.example.com/oauth2/token', 'not a url', `${DOMAIN}/favicon.ico`]) {
      expect(
        await recordSigninRequest(
          { requestId: '1', tabId: 1, url, method: 'GET', requestTime: 0 },
          'x',
          [],
          digest,
        ),
      ).toBeUndefined();
    }
  });

  test('a custom domain is recorded once listed', async () => {
    const observed = {
      requestId: '1',
      tabId: 1,
      url: 'https://auth.example.com/oauth2/token',
      method: 'POST',
      requestTime: 0,
    };
    expect(await recordSigninRequest(observed, 'x', [], digest)).toBeUndefined();
    expect((await recordSigninRequest(observed, 'x', ['auth.example.com'], digest))?.domain).toEqual({
      host: 'auth.example.com',
      kind: 'custom',
    });
  });
});

describe('secret digests', () => {
  test('equal for the same value, different for another value or another session', async () => {
    const other = await secretDigester('a5'.repeat(32));
    const a = await digest(SECRETS.code);
    expect(await digest(SECRETS.code)).toEqual(a);
    expect((await digest(SECRETS.otherCode)).hash).not.toBe(a.hash);
    expect((await other(SECRETS.code)).hash).not.toBe(a.hash);
    expect(a).toEqual({ length: SECRETS.code.length, hash: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  test.each(['', 'zz', 'ab'])('a malformed salt %j is refused', async (salt) => {
    await expect(secretDigester(salt)).rejects.toThrow('salt');
  });
});
