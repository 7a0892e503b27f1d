import { beforeAll, describe, expect, test } from 'vitest';
import type { ApiConfig } from '../../../src/core/config/model';
import { callCause } from '../../../src/core/diagnosis/callCause';
import { en } from '../../../src/core/i18n/en';
import { causeWords } from '../../../src/core/i18n/render';
import type { AppClientConfig } from '../../../src/core/signin/appClientConfig';
import {
  API_HOST,
  API_ID,
  accessClaims,
  createTestKey,
  httpApi401,
  idClaims,
  makeCall,
  POOL_ID,
  REGION,
  REQUEST_S,
  signToken,
  type TestKey,
} from './tokenFactory';

let key: TestKey;
beforeAll(async () => {
  key = await createTestKey('id-key-1');
});
const token = (claims: Record<string, unknown>) => signToken(key, claims);
const sameOrigin = `https://${API_HOST}`;

/** The REST API of the test calls, configured with OAuth scopes on GET /orders. */
const scoped: ApiConfig = {
  apiId: API_ID,
  stage: 'prod',
  region: REGION,
  authorizerKind: 'cognito',
  identityHeader: 'Authorization',
  userPoolIds: [POOL_ID],
  clientIds: [],
  methods: [
    { method: 'GET', path: '/orders', authorizationType: 'COGNITO_USER_POOLS', scopes: ['orders/read'] },
  ],
  source: { kind: 'manual', updatedAt: 0 },
};

describe('callCause: the cause a call row shows', () => {
  test.each<[string, () => Promise<Parameters<typeof makeCall>[0]>, string, string]>([
    [
      'expired',
      async () => ({ authorization: await token(idClaims({ exp: REQUEST_S - 720 })) }),
      'fail',
      'expired token',
    ],
    ['no header', async () => ({ authorization: null }), 'fail', 'no token sent'],
    ['Bearer undefined', async () => ({ authorization: 'Bearer undefined' }), 'fail', 'malformed header'],
    [
      'HTTP API audience',
      async () => ({
        authorization: `Bearer ${await token(idClaims())}`,
        responseHeaders: httpApi401(
          'Bearer error="invalid_token" error_description="token does not have a valid audience"',
        ),
      }),
      'fail',
      'wrong app client',
    ],
    [
      'valid ID token, nothing configured',
      async () => ({ authorization: await token(idClaims()) }),
      'undecided',
      'cause not decided',
    ],
  ])('%s', async (_name, options, status, words) => {
    const cause = callCause(makeCall({ initiator: sameOrigin, ...(await options()) }), []);
    expect(cause.status).toBe(status);
    expect(causeWords(cause, en)).toBe(words);
  });

  test('the configuration decides what the call alone cannot: an ID token on a method with scopes', async () => {
    const call = makeCall({ initiator: sameOrigin, authorization: await token(idClaims()) });
    expect(callCause(call, []).status).toBe('undecided');
    const configured = callCause(call, [scoped]);
    expect(configured.headline?.id).toBe('token.use');
    expect(causeWords(configured, en)).toBe('wrong token type');
  });

  test('an access token with the scope passes where the configuration says so', async () => {
    const call = makeCall({
      initiator: sameOrigin,
      authorization: await token(accessClaims({ scope: 'orders/read' })),
    });
    expect(callCause(call, [scoped]).headline).toBeUndefined();
  });

  test('the imported app clients change the cause as they change the detail', async () => {
    const call = makeCall({
      initiator: sameOrigin,
      authorization: `Bearer ${await token(accessClaims())}`,
      responseHeaders: httpApi401('Bearer'),
    });
    const otherClient: AppClientConfig = {
      userPoolId: POOL_ID,
      clientId: 'anotherclient0123456789ab',
      callbackUrls: [],
      logoutUrls: [],
      allowedOAuthFlows: ['code'],
      allowedOAuthScopes: ['openid'],
      oauthEnabled: true,
      supportedIdentityProviders: ['COGNITO'],
      explicitAuthFlows: [],
      hasSecret: false,
    };
    expect(callCause(call, []).status).toBe('undecided');
    const cause = callCause(call, [], [otherClient]);
    expect(cause).toMatchObject({
      status: 'warn',
      headline: { id: 'token.client', code: 'client-not-imported' },
    });
    expect(causeWords(cause, en)).toBe('app client not imported');
  });
});
