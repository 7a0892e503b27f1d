import { describe, expect, test } from 'vitest';
import { parseAwsImport } from '../../../src/core/config/parseAwsImport';
import { parseRouteKey } from '../../../src/core/config/parseHttpApi';
import {
  CLIENT_A,
  CLIENT_B,
  COGNITO_ISSUER,
  expectFailure,
  expectSuccess,
  POOL_A,
  readFixture,
  texts,
} from './testSupport';

describe('aws apigatewayv2 get-authorizers', () => {
  test('reads the JWT authorizer: issuer, its pool, audiences and header', async () => {
    const result = expectSuccess(
      await parseAwsImport(readFixture('http-get-authorizers.json'), { apiId: 'f6g7h8i9j0' }),
    );
    expect(result.format).toBe('apigatewayv2-get-authorizers');
    expect(result.apiType).toBe('http');
    expect(result.region).toBe('eu-west-1');
    expect(result.needs).toEqual([]);
    const { authorizers, ...folded } = result.patch;
    expect(folded).toEqual({
      authorizerKind: 'jwt',
      authorizerId: 'jw7au1',
      identityHeader: 'Authorization',
      userPoolIds: [POOL_A],
      clientIds: [CLIENT_A, CLIENT_B],
      issuer: COGNITO_ISSUER,
      tokenValidationRegex: null,
      // An HTTP API Lambda authorizer (aws-facts-2.md §4), kept for the routes that use it.
      lambda: {
        type: 'REQUEST',
        identitySources: ['$request.header.X-Api-Token'],
        httpApi: true,
        resultTtlSeconds: 300,
      },
    });
    expect(authorizers?.[1]).toEqual({
      id: 'l4mbd4',
      name: 'partner-lambda',
      type: 'REQUEST',
      kind: 'lambda',
      lambda: {
        type: 'REQUEST',
        identitySources: ['$request.header.X-Api-Token'],
        httpApi: true,
        resultTtlSeconds: 300,
      },
      identityHeader: 'X-Api-Token',
      userPoolIds: [],
      clientIds: [],
      resultTtlSeconds: 300,
    });
    expect(texts(result.summary).slice(1, 3)).toEqual([
      `Authorizer cognito-jwt (id jw7au1, JWT): issuer ${COGNITO_ISSUER}; audience ${CLIENT_A}, ${CLIENT_B}; token in header Authorization`,
      'Authorizer partner-lambda (id l4mbd4, REQUEST): Lambda authorizer reading $request.header.X-Api-Token; token in header X-Api-Token; results cached 300 s',
    ]);
    expect(texts(result.warnings)).toEqual([]);
  });

  const jwt = (
    configuration: Record<string, unknown>,
    identitySource: unknown = ['$request.header.Authorization'],
  ) =>
    JSON.stringify({
      AuthorizerId: 'jw7au1',
      AuthorizerType: 'JWT',
      IdentitySource: identitySource,
      JwtConfiguration: configuration,
      Name: 'cognito-jwt',
    });

  test.each([
    [
      'an issuer with a trailing slash',
      jwt({ Audience: [CLIENT_A], Issuer: `${COGNITO_ISSUER}/` }),
      [POOL_A],
      'The issuer of authorizer cognito-jwt ends in /, but the iss of Cognito tokens does not: API Gateway compares them exactly, so it rejects every token.',
    ],
    [
      'no audience',
      jwt({ Audience: [], Issuer: COGNITO_ISSUER }),
      [POOL_A],
      'Authorizer cognito-jwt lists no audience, so API Gateway accepts no token.',
    ],
    [
      'an identity source that is not a header',
      jwt({ Audience: [CLIENT_A], Issuer: COGNITO_ISSUER }, ['$request.querystring.token']),
      [POOL_A],
      'Authorizer cognito-jwt does not read the token from a header; the extension assumes Authorization.',
    ],
    ['no issuer', jwt({ Audience: [CLIENT_A] }), [], 'Authorizer cognito-jwt has no issuer.'],
  ])('one get-authorizer with %s', async (_what, text, pools, warning) => {
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.patch.userPoolIds).toEqual(pools);
    expect(texts(result.warnings)).toEqual([warning]);
  });

  test('an issuer that is not Cognito is kept exactly, with no pool', async () => {
    const result = expectSuccess(
      await parseAwsImport(
        jwt({ Audience: ['https://api.example.com'], Issuer: 'https://login.example.com/' }),
      ),
    );
    expect(result.patch.issuer).toBe('https://login.example.com/');
    expect(result.patch.userPoolIds).toEqual([]);
    expect(result.patch.clientIds).toEqual(['https://api.example.com']);
    expect(result.region).toBeUndefined();
  });
});

describe('aws apigatewayv2 get-routes', async () => {
  test('reads every route, $default as ANY $default', async () => {
    const result = expectSuccess(await parseAwsImport(readFixture('http-get-routes.json')));
    expect(result.format).toBe('apigatewayv2-get-routes');
    expect(result.patch.authorizerKind).toBe('jwt');
    expect(result.patch.methods).toEqual([
      { method: 'GET', path: '/orders', authorizationType: 'JWT', scopes: [], authorizerId: 'jw7au1' },
      {
        method: 'POST',
        path: '/orders',
        authorizationType: 'JWT',
        scopes: ['orders/write'],
        authorizerId: 'jw7au1',
      },
      {
        method: 'GET',
        path: '/orders/{id}',
        authorizationType: 'JWT',
        scopes: ['orders/read'],
        authorizerId: 'jw7au1',
      },
      {
        method: 'ANY',
        path: '/partner/{proxy+}',
        authorizationType: 'CUSTOM',
        scopes: [],
        authorizerId: 'l4mbd4',
      },
      { method: 'OPTIONS', path: '/{proxy+}', authorizationType: 'NONE', scopes: [] },
      { method: 'GET', path: '/health', authorizationType: 'NONE', scopes: [] },
      { method: 'ANY', path: '$default', authorizationType: 'JWT', scopes: [], authorizerId: 'jw7au1' },
    ]);
    expect(texts(result.summary)).toContain('$default: JWT authorizer (authorizer jw7au1), no scopes');
    expect(texts(result.summary)).toContain(
      'GET /orders/{id}: JWT authorizer (authorizer jw7au1), scopes orders/read (the token needs one of them)',
    );
  });

  test('one get-route is read like a list of one', async () => {
    const text = JSON.stringify({
      RouteId: 'r1',
      RouteKey: 'DELETE /orders/{id}',
      AuthorizationType: 'AWS_IAM',
    });
    expect(expectSuccess(await parseAwsImport(text)).patch.methods).toEqual([
      { method: 'DELETE', path: '/orders/{id}', authorizationType: 'AWS_IAM', scopes: [] },
    ]);
  });

  test('bad route keys are skipped, and no readable route is an error', async () => {
    const partly = JSON.stringify({
      Items: [
        { RouteKey: 'GET /ok', AuthorizationType: 'NONE' },
        { RouteKey: 'FETCH /x', AuthorizationType: 'NONE' },
      ],
    });
    expect(texts(expectSuccess(await parseAwsImport(partly)).warnings)).toEqual([
      'Route key FETCH /x is not METHOD /path or $default; skipped.',
    ]);
    expect(expectFailure(await parseAwsImport(JSON.stringify({ Items: [{ RouteKey: 'nonsense' }] })))).toBe(
      'No route could be read: each get-routes item needs a RouteKey such as GET /orders.',
    );
  });
});

describe('parseRouteKey', () => {
  test.each([
    ['GET /orders/{id}', { method: 'GET', path: '/orders/{id}' }],
    ['ANY /{proxy+}', { method: 'ANY', path: '/{proxy+}' }],
    ['post /', { method: 'POST', path: '/' }],
    ['$default', { method: 'ANY', path: '$default' }],
    ['FETCH /x', undefined],
    ['GET orders', undefined],
    ['GET', undefined],
    ['GET  /two-spaces', undefined],
  ])('%s', (routeKey, expected) => {
    expect(parseRouteKey(routeKey)).toEqual(expected);
  });
});
