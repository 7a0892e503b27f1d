import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EMPTY_SIGNIN_CONFIGURATION } from '../../../src/core/signin/appClientConfig';
import { applySigninImport, readSigninImport } from '../../../src/core/signin/parseSigninImport';
import { diagnoseFlow, errorPageHops, tokenHop } from './signinFixtures';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/aws/${name}`, import.meta.url), 'utf8'));
}

const CLIENT_OUTPUT = fixture('cognito-describe-user-pool-client.json');
const SECRET = (CLIENT_OUTPUT.UserPoolClient as { ClientSecret: string }).ClientSecret;

describe('describe-user-pool-client', () => {
  test('what the checks use, and no secret', () => {
    const result = readSigninImport(CLIENT_OUTPUT);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'user-pool-client',
        client: {
          userPoolId: 'eu-west-1_AbC123xyz',
          clientId: '1example23456789abcdefghij',
          clientName: 'web-app',
          callbackUrls: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
          logoutUrls: ['https://app.example.com/'],
          defaultRedirectUri: 'https://app.example.com/callback',
          allowedOAuthFlows: ['code'],
          allowedOAuthScopes: ['openid', 'email', 'orders/read'],
          oauthEnabled: true,
          supportedIdentityProviders: ['COGNITO', 'Google'],
          explicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'],
          hasSecret: true,
        },
        warnings: [],
      },
    });
  });

  test('the ClientSecret value is nowhere in the result, nor in the configuration it is saved into', () => {
    const result = readSigninImport(CLIENT_OUTPUT);
    expect(JSON.stringify(result)).not.toContain(SECRET);
    if (!result?.ok) throw new Error('not read');
    const saved = applySigninImport(EMPTY_SIGNIN_CONFIGURATION, result.value);
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    // Nor any piece of it long enough to matter.
    expect(JSON.stringify(saved)).not.toContain(SECRET.slice(10, 30));
  });

  test('the inner object (--query UserPoolClient) is read the same', () => {
    const inner = readSigninImport(CLIENT_OUTPUT.UserPoolClient);
    expect(inner).toEqual(readSigninImport(CLIENT_OUTPUT));
  });

  test('a public client without callbacks or OAuth', () => {
    const result = readSigninImport({
      UserPoolClient: {
        UserPoolId: 'us-east-1_Xyz',
        ClientId: 'abc123',
        AllowedOAuthFlows: ['code', 'device_code'],
      },
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        client: { hasSecret: false, oauthEnabled: false, callbackUrls: [], allowedOAuthFlows: ['code'] },
        warnings: [
          { code: 'unknown-flows', values: ['device_code'] },
          { code: 'no-callback-urls' },
          { code: 'oauth-disabled' },
        ],
      },
    });
  });

  test('lists longer than Cognito allows are cut', () => {
    const urls = Array.from({ length: 150 }, (_, i) => `https://app.example.com/${i}`);
    const result = readSigninImport({ UserPoolId: 'us-east-1_Xyz', ClientId: 'abc', CallbackURLs: urls });
    if (!result?.ok || result.value.kind !== 'user-pool-client') throw new Error('not read');
    expect(result.value.client.callbackUrls).toHaveLength(100);
    expect(result.value.warnings).toContainEqual({ code: 'lists-cut', limit: 100 });
  });

  test.each([
    [{ UserPoolClient: { ClientId: 'abc' } }, 'missing-pool-id'],
    [{ UserPoolClient: { UserPoolId: 'not-a-pool', ClientId: 'abc' } }, 'invalid-pool-id'],
    [{ UserPoolClient: { UserPoolId: 'us-east-1_Xyz' } }, 'missing-client-id'],
    [{ UserPoolClient: { UserPoolId: 'us-east-1_Xyz', ClientId: 'a b;c' } }, 'invalid-client-id'],
  ])('%j → %s', (value, code) => {
    expect(readSigninImport(value)).toEqual({ ok: false, code });
  });
});

describe('describe-user-pool and describe-user-pool-domain', () => {
  test('describe-user-pool gives both domains', () => {
    expect(readSigninImport(fixture('cognito-describe-user-pool.json'))).toEqual({
      ok: true,
      value: {
        kind: 'user-pool',
        pool: {
          poolId: 'eu-west-1_AbC123xyz',
          region: 'eu-west-1',
          name: 'orders-users',
          domainPrefix: 'myapp',
          customDomain: 'auth.example.com',
        },
        warnings: [],
      },
    });
  });

  test('a pool without a domain', () => {
    expect(readSigninImport({ UserPool: { Id: 'us-east-1_Xyz', MfaConfiguration: 'OFF' } })).toEqual({
      ok: true,
      value: {
        kind: 'user-pool',
        pool: { poolId: 'us-east-1_Xyz', region: 'us-east-1' },
        warnings: [{ code: 'no-domain' }],
      },
    });
  });

  test('describe-user-pool-domain of a custom domain', () => {
    expect(readSigninImport(fixture('cognito-describe-user-pool-domain.json'))).toEqual({
      ok: true,
      value: {
        kind: 'user-pool-domain',
        pool: { poolId: 'eu-west-1_AbC123xyz', region: 'eu-west-1', customDomain: 'auth.example.com' },
        warnings: [],
      },
    });
  });

  test('describe-user-pool-domain of a prefix that is still being created', () => {
    expect(
      readSigninImport({
        DomainDescription: { UserPoolId: 'us-east-1_Xyz', Domain: 'my-app', Status: 'CREATING' },
      }),
    ).toMatchObject({
      ok: true,
      value: {
        pool: { domainPrefix: 'my-app' },
        warnings: [{ code: 'domain-not-active', status: 'CREATING' }],
      },
    });
  });

  test.each([
    [{ DomainDescription: {} }, 'domain-not-found'],
    [{ DomainDescription: { Domain: 'x' } }, 'missing-pool-id'],
    [{ DomainDescription: { UserPoolId: 'us-east-1_Xyz', Domain: 'bad domain!' } }, 'invalid-domain'],
    [{ UserPool: { Name: 'x' } }, 'missing-pool-id'],
    [{ UserPool: { Id: 'x' } }, 'invalid-pool-id'],
  ])('%j → %s', (value, code) => {
    expect(readSigninImport(value)).toEqual({ ok: false, code });
  });

  test.each([[null], ['text'], [[]], [{ items: [] }], [{ Id: 'x' }]])(
    '%j is not a sign-in output',
    (value) => {
      expect(readSigninImport(value)).toBeUndefined();
    },
  );
});

describe('applySigninImport', () => {
  test('a client replaces the one with its id; pools merge domains', () => {
    const client = readSigninImport(CLIENT_OUTPUT);
    const domain = readSigninImport({
      DomainDescription: { UserPoolId: 'eu-west-1_AbC123xyz', Domain: 'myapp' },
    });
    const custom = readSigninImport(fixture('cognito-describe-user-pool-domain.json'));
    if (!client?.ok || !domain?.ok || !custom?.ok) throw new Error('not read');
    let config = applySigninImport(EMPTY_SIGNIN_CONFIGURATION, client.value);
    config = applySigninImport(config, client.value);
    expect(config.clients).toHaveLength(1);
    config = applySigninImport(config, domain.value);
    config = applySigninImport(config, custom.value);
    expect(config.pools).toEqual([
      {
        poolId: 'eu-west-1_AbC123xyz',
        region: 'eu-west-1',
        domainPrefix: 'myapp',
        customDomain: 'auth.example.com',
      },
    ]);
  });
});

describe('the checks use an imported client', () => {
  test('redirect_mismatch names the nearest registered callback; a missing secret fails', async () => {
    const client = readSigninImport(CLIENT_OUTPUT);
    const domain = readSigninImport(fixture('cognito-describe-user-pool.json'));
    if (!client?.ok || !domain?.ok) throw new Error('not read');
    const config = applySigninImport(
      applySigninImport(EMPTY_SIGNIN_CONFIGURATION, client.value),
      domain.value,
    );

    const mismatch = await diagnoseFlow(
      errorPageHops('http://localhost:3000/callback/', 'redirect_mismatch'),
      config,
    );
    expect(mismatch.headline).toMatchObject({
      id: 'signin.redirect_uri',
      code: 'not-registered',
      params: { nearest: 'http://localhost:3000/callback', differences: ['trailing-slash'] },
    });

    const noSecret = await diagnoseFlow([tokenHop()], config);
    expect(noSecret.headline).toMatchObject({ id: 'signin.client', code: 'secret-missing' });
  });
});
