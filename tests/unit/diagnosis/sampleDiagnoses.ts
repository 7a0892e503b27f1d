import type { CallConfiguration } from '../../../src/core/config/model';
import type { DiagnosisInput } from '../../../src/core/diagnosis/types';
import {
  API_HOST,
  accessClaims,
  httpApi401,
  ISS,
  idClaims,
  makeCall,
  POOL_ID,
  REQUEST_S,
  restGatewayError,
  signToken,
  type TestKey,
} from './tokenFactory';

/**
 * Realistic diagnoses that between them reach most outcomes of most checks: the inputs the
 * rendering tests of every edition (English, Japanese) read through in full.
 */
export async function sampleDiagnosisInputs(key: TestKey): Promise<DiagnosisInput[]> {
  const token = (claims: Record<string, unknown>) => signToken(key, claims);
  const config = (overrides: CallConfiguration = {}): CallConfiguration => ({
    authorizerKind: 'cognito',
    userPoolIds: [POOL_ID],
    methodScopes: [],
    ...overrides,
  });
  const sameOrigin = `https://${API_HOST}`;
  const verified = { kind: 'verified', iss: ISS, kid: key.kid } as const;
  return [
    {
      call: makeCall({ authorization: await token(accessClaims()) }),
      config: config({ methodScopes: ['orders/read'], tokenValidationRegex: 'x' }),
    },
    {
      call: makeCall({
        authorization: await token(idClaims({ exp: REQUEST_S - 10, iat: REQUEST_S + 900 })),
      }),
    },
    { call: makeCall({ authorization: 'Bearer  "undefined"\t' }) },
    { call: makeCall({ authorization: 'Bearer abc.def' }) },
    { call: makeCall({ authorization: null }) },
    {
      call: makeCall({ method: 'OPTIONS', authorization: null }),
      config: config({
        method: { method: 'ANY', path: '/{proxy+}', authorizationType: 'COGNITO_USER_POOLS', scopes: [] },
      }),
    },
    {
      call: makeCall({
        authorization: await token(idClaims({ iss: `${ISS}x` })),
        responseHeaders: httpApi401(
          'Bearer scope="a b" error="invalid_token" error_description="the token has expired"',
        ),
      }),
      config: { authorizerKind: 'jwt', issuer: ISS, clientIds: ['zzz'] },
    },
    {
      call: makeCall({ authorization: await token(idClaims()) }),
      signature: { kind: 'unknown-kid', iss: ISS, kid: key.kid, knownKids: [], refetched: false },
    },
    {
      call: makeCall({ authorization: await token(idClaims()) }),
      signature: { kind: 'jwks-unreachable', iss: ISS, reason: 'timeout' },
    },
    {
      call: makeCall({
        authorization: await token(idClaims({ exp: REQUEST_S - 720 })),
        initiator: sameOrigin,
      }),
      config: config(),
      signature: verified,
    },
    { call: makeCall({ headersMissing: true }) },
    // Beyond the 401: a wrong route, a policy, an API key, a Lambda authorizer's 401 and 500.
    {
      call: makeCall({
        statusCode: 403,
        path: '/prod/order',
        responseHeaders: restGatewayError('MissingAuthenticationTokenException'),
      }),
      config: { routes: [{ method: 'GET', path: '/orders', authorizationType: 'COGNITO_USER_POOLS' }] },
    },
    {
      call: makeCall({
        statusCode: 403,
        responseHeaders: restGatewayError('AccessDeniedException'),
        responseMessage: 'User is not authorized to access this resource',
      }),
      config: {
        authorizerKind: 'lambda',
        lambda: {
          type: 'TOKEN',
          identitySources: ['method.request.header.Authorization'],
          resultTtlSeconds: 300,
          httpApi: false,
        },
      },
    },
    { call: makeCall({ statusCode: 403, responseHeaders: restGatewayError('ForbiddenException') }) },
    {
      call: makeCall({
        authorization: await token(idClaims({ iss: 'https://auth.example.com/', aud: 'x' })),
      }),
      config: {
        authorizerKind: 'lambda',
        lambda: {
          type: 'REQUEST',
          identitySources: ['$request.querystring.tenant'],
          resultTtlSeconds: 60,
          httpApi: false,
        },
      },
    },
    {
      call: makeCall({
        statusCode: 500,
        responseHeaders: restGatewayError('AuthorizerConfigurationException'),
      }),
      config: { authorizerKind: 'lambda' },
    },
    {
      call: makeCall({
        authorization: await token(idClaims({ iss: 'https://auth.example.com/', aud: 'x', token_use: 'id' })),
      }),
      config: {
        authorizerKind: 'rest-jwt',
        restJwt: {
          defaultAlgorithms: ['ES256'],
          issuers: [
            {
              issuer: 'https://auth.example.com/',
              audiences: ['orders-api'],
              additionalClaims: [{ claimName: 'token_use', expectedValues: ['access'], required: true }],
            },
          ],
        },
      },
    },
  ];
}
