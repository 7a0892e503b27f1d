import { describe, expect, test } from 'vitest';
import type { CallConfiguration } from '../../../src/core/config/model';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import { apiCallPostmanContext } from '../../../src/core/signin/apiCallPostman';
import { EMPTY_SIGNIN_CONFIGURATION } from '../../../src/core/signin/appClientConfig';
import { postmanSettings } from '../../../src/core/signin/postmanSettings';
import {
  accessClaims,
  CLIENT_ID,
  createTestKey,
  idClaims,
  makeCall,
  POOL_ID,
  REGION,
  signToken,
  unsignedToken,
} from '../diagnosis/tokenFactory';
import { client } from './signinFixtures';

const key = await createTestKey('k1');
const config = (methodScopes: string[]): CallConfiguration => ({
  authorizerKind: 'cognito',
  userPoolIds: [POOL_ID],
  methodScopes,
});

async function contextFor(
  claims: Record<string, unknown>,
  methodScopes: string[],
  imported = EMPTY_SIGNIN_CONFIGURATION,
) {
  const callConfig = config(methodScopes);
  const diagnosis = diagnose({
    call: makeCall({ authorization: await signToken(key, claims) }),
    config: callConfig,
  });
  return apiCallPostmanContext(diagnosis, callConfig, imported);
}

describe('apiCallPostmanContext', () => {
  test.each([
    ['ID token, method without scopes', idClaims(), [], 'id'],
    ['access token, method without scopes', accessClaims(), [], 'id'],
    ['access token, method with scopes', accessClaims(), ['orders/read'], 'access'],
    ['ID token, method with scopes', idClaims(), ['orders/read'], 'access'],
  ] as const)('%s: the token to use is the one the method takes', async (_name, claims, scopes, tokenUse) => {
    expect(await contextFor(claims, [...scopes])).toMatchObject({
      poolId: POOL_ID,
      region: REGION,
      clientId: CLIENT_ID,
      tokenUse,
      methodScopes: scopes,
    });
  });

  test("the imported client and pool fill in the domain, and the secret's existence", async () => {
    const imported = {
      pools: [{ poolId: POOL_ID, region: REGION, domainPrefix: 'orders' }],
      clients: [client({ clientId: CLIENT_ID, userPoolId: POOL_ID, hasSecret: true })],
    };
    const context = await contextFor(accessClaims(), ['orders/read'], imported);
    const fields = Object.fromEntries(
      postmanSettings(context ?? {}).fields.map((field) => [field.name, field.value ?? field.note]),
    );
    expect(fields).toMatchObject({
      auth_url: `https://orders.auth.${REGION}.amazoncognito.com/oauth2/authorize`,
      client_id: CLIENT_ID,
      client_secret: 'has-secret',
      scope: 'openid orders/read',
      token_to_use: 'Access token',
    });
  });

  test('no Postman settings for a token that is not a Cognito pool’s', async () => {
    const token = unsignedToken({ alg: 'RS256', kid: 'x' }, { iss: 'https://issuer.example.com', sub: '1' });
    const diagnosis = diagnose({ call: makeCall({ authorization: token }) });
    expect(apiCallPostmanContext(diagnosis, undefined, EMPTY_SIGNIN_CONFIGURATION)).toBeUndefined();
  });
});
