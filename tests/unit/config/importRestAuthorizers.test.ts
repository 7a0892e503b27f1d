import { describe, expect, test } from 'vitest';
import { parseAwsImport } from '../../../src/core/config/parseAwsImport';
import { expectFailure, expectSuccess, POOL_A, POOL_B, readFixture, texts } from './testSupport';

describe('aws apigateway get-authorizers', () => {
  test('reads the Cognito authorizer, and the Lambda one for CUSTOM methods', async () => {
    const result = expectSuccess(await parseAwsImport(readFixture('rest-get-authorizers.json')));
    expect(result.format).toBe('get-authorizers');
    expect(result.apiType).toBe('rest');
    expect(result.region).toBe('eu-west-1');
    expect(result.patch).toEqual({
      authorizers: [
        {
          id: 'x7y8z9',
          name: 'orders-cognito',
          type: 'COGNITO_USER_POOLS',
          kind: 'cognito',
          identityHeader: 'Authorization',
          userPoolIds: [POOL_A, POOL_B],
          clientIds: [],
          region: 'eu-west-1',
          resultTtlSeconds: 300,
        },
        {
          id: 't0k3n1',
          name: 'legacy-token',
          type: 'TOKEN',
          kind: 'lambda',
          lambda: {
            type: 'TOKEN',
            identitySources: ['method.request.header.X-Legacy-Token'],
            resultTtlSeconds: 60,
            httpApi: false,
          },
          identityHeader: 'X-Legacy-Token',
          userPoolIds: [],
          clientIds: [],
          resultTtlSeconds: 60,
        },
      ],
      // The Cognito authorizer decides the kind; the Lambda one is kept for its methods.
      lambda: {
        type: 'TOKEN',
        identitySources: ['method.request.header.X-Legacy-Token'],
        resultTtlSeconds: 60,
        httpApi: false,
      },
      authorizerKind: 'cognito',
      authorizerId: 'x7y8z9',
      identityHeader: 'Authorization',
      userPoolIds: [POOL_A, POOL_B],
      clientIds: [],
      tokenValidationRegex: null,
    });
    expect(texts(result.warnings)).toEqual([]);
    expect(texts(result.summary)).toEqual([
      'Read 2 authorizers from aws apigateway get-authorizers.',
      `Authorizer orders-cognito (id x7y8z9, COGNITO_USER_POOLS): user pools ${POOL_A}, ${POOL_B}; token in header Authorization; results cached 300 s`,
      'Authorizer legacy-token (id t0k3n1, TOKEN): Lambda authorizer reading method.request.header.X-Legacy-Token; token in header X-Legacy-Token; results cached 60 s',
      'API: not in the text, choose it; all stages; region eu-west-1',
    ]);
  });

  test.each([
    [{}, ['apiId'], undefined, undefined],
    [{ apiId: 'a1b2c3d4e5' }, [], 'a1b2c3d4e5', undefined],
    [{ apiId: 'a1b2c3d4e5', stage: 'prod' }, [], 'a1b2c3d4e5', 'prod'],
  ])('hints %j: needs %j', async (hints, needs, apiId, stage) => {
    const result = expectSuccess(await parseAwsImport(readFixture('rest-get-authorizers.json'), hints));
    expect(result.needs).toEqual(needs);
    expect(result.apiId).toBe(apiId);
    expect(result.stage).toBe(stage);
  });

  test('one get-authorizer with a stage-variable pool, a custom header and a validation regex', async () => {
    const result = expectSuccess(
      await parseAwsImport(readFixture('rest-get-authorizer-stage-variable.json')),
    );
    expect(result.format).toBe('get-authorizers');
    expect(result.patch.userPoolIds).toEqual([POOL_A]);
    expect(result.patch.identityHeader).toBe('X-Id-Token');
    expect(result.patch.authorizerId).toBe('s7v4r1');
    expect(result.patch.tokenValidationRegex).toBe(
      '^(4kq2n7b1c8d9e0f3g5h6j7k8lm|7p9r2s4t6v8w0x1y3z5a7b9c1d)$',
    );
    expect(result.patch.authorizers?.[0]?.resultTtlSeconds).toBe(0);
    expect(texts(result.warnings)).toEqual([
      "Authorizer per-stage-cognito takes its user pool from stage variable UserPoolId, so the pool depends on the stage: add that stage's pool id by hand.",
    ]);
    expect(texts(result.summary)[1]).toContain('token validation regex ^(4kq2n7b1c8d9e0f3g5h6j7k8lm|');
  });

  const cognito = (fields: Record<string, unknown>) =>
    JSON.stringify({ items: [{ id: 'x7y8z9', name: 'auth', type: 'COGNITO_USER_POOLS', ...fields }] });

  test.each([
    [
      'an ARN that is not a user pool',
      cognito({
        providerARNs: [
          'arn:aws:iam::123456789012:role/x',
          `arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${POOL_A}`,
        ],
      }),
      [POOL_A],
      'Authorizer auth: arn:aws:iam::123456789012:role/x is not a Cognito user pool ARN; ignored.',
    ],
    [
      'no provider ARN at all',
      cognito({ providerARNs: [] }),
      [],
      'Authorizer auth lists no user pool (providerARNs is empty).',
    ],
    [
      'a pool whose id names another region than its ARN',
      cognito({ providerARNs: [`arn:aws:cognito-idp:us-east-1:123456789012:userpool/${POOL_A}`] }),
      [POOL_A],
      `Authorizer auth: pool ${POOL_A} does not belong to region us-east-1 of its ARN.`,
    ],
    [
      'an identity source that is not a header',
      cognito({
        providerARNs: [`arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${POOL_A}`],
        identitySource: 'method.request.querystring.token',
      }),
      [POOL_A],
      'Authorizer auth reads the token from method.request.querystring.token, not a header; assuming Authorization.',
    ],
  ])('warns about %s', async (_what, text, pools, warning) => {
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.patch.userPoolIds).toEqual(pools);
    expect(result.patch.identityHeader).toBe('Authorization');
    expect(texts(result.warnings)).toContain(warning);
  });

  test('several Cognito authorizers: pools united, headers and regexes disagree', async () => {
    const text = JSON.stringify({
      items: [
        {
          id: 'aaa111',
          name: 'users',
          type: 'COGNITO_USER_POOLS',
          providerARNs: [`arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${POOL_A}`],
          identitySource: 'method.request.header.Authorization',
        },
        {
          id: 'bbb222',
          name: 'partners',
          type: 'COGNITO_USER_POOLS',
          providerARNs: [
            `arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${POOL_B}`,
            `arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${POOL_A}`,
          ],
          identitySource: 'method.request.header.X-Partner-Token',
          identityValidationExpression: '^partner$',
        },
      ],
    });
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.patch.userPoolIds).toEqual([POOL_A, POOL_B]);
    expect(result.patch.authorizerId).toBeUndefined();
    expect(result.patch.identityHeader).toBe('Authorization');
    expect(result.patch.tokenValidationRegex).toBe('^partner$');
    expect(texts(result.warnings)).toEqual([
      '2 authorizers check tokens; their pools and audiences are combined, so a token from any of them counts as expected.',
      'The authorizers read the token from different headers (Authorization, X-Partner-Token); keeping Authorization.',
    ]);
  });

  test('Lambda TOKEN and REQUEST authorizers: identity sources, validation expression, result TTL', async () => {
    const result = expectSuccess(
      await parseAwsImport(readFixture('rest-get-authorizers-lambda.json'), { apiId: 'a1b2c3d4e5' }),
    );
    expect(result.patch.authorizerKind).toBe('lambda');
    expect(result.patch.authorizerId).toBeUndefined();
    expect(result.patch.identityHeader).toBe('Authorization');
    expect(result.patch.lambda).toEqual({
      type: 'TOKEN',
      identitySources: ['method.request.header.Authorization'],
      validationExpression: '^Bearer [-0-9a-zA-Z\\._]*$',
      resultTtlSeconds: 300,
      httpApi: false,
    });
    expect(result.patch.authorizers?.[1]?.lambda).toEqual({
      type: 'REQUEST',
      identitySources: ['method.request.header.Authorization', 'method.request.querystring.tenant'],
      resultTtlSeconds: 0,
      httpApi: false,
    });
    expect(texts(result.summary)[1]).toBe(
      'Authorizer orders-token (id l4mbd1, TOKEN): Lambda authorizer reading method.request.header.Authorization; validation expression ^Bearer [-0-9a-zA-Z\\._]*$; token in header Authorization; results cached 300 s',
    );
  });

  test('a REST JWT authorizer: issuers, per-issuer audiences, algorithms and claim rules', async () => {
    const result = expectSuccess(await parseAwsImport(readFixture('rest-get-authorizers-jwt.json')));
    expect(result.patch.authorizerKind).toBe('rest-jwt');
    expect(result.patch.authorizerId).toBe('jw7a01');
    expect(result.patch.restJwt).toEqual({
      defaultAlgorithms: ['RS256', 'ES256'],
      issuers: [
        {
          issuer: 'https://auth.example.com/',
          audiences: ['orders-api'],
          additionalClaims: [
            { claimName: 'token_use', expectedValues: ['access'], required: true },
            { claimName: 'tenant', required: false },
          ],
          jwksUri: 'https://auth.example.com/.well-known/jwks.json',
        },
        {
          issuer: `https://cognito-idp.eu-west-1.amazonaws.com/${POOL_A}`,
          audiences: ['4kq2n7b1c8d9e0f3g5h6j7k8lm'],
          additionalClaims: [],
        },
      ],
    });
    expect(result.patch.clientIds).toEqual(['orders-api', '4kq2n7b1c8d9e0f3g5h6j7k8lm']);
    expect(result.patch.issuer).toBe('https://auth.example.com/');
    expect(texts(result.warnings)).toEqual([]);
    expect(texts(result.summary)[1]).toBe(
      `Authorizer orders-jwt (id jw7a01, JWT): JWT authorizer, algorithms RS256, ES256; issuer https://auth.example.com/ (audience orders-api; claims token_use, tenant); issuer https://cognito-idp.eu-west-1.amazonaws.com/${POOL_A} (audience 4kq2n7b1c8d9e0f3g5h6j7k8lm); token in header Authorization`,
    );
  });

  test('a REST JWT authorizer without a readable configuration is kept and said so', async () => {
    const result = expectSuccess(
      await parseAwsImport(JSON.stringify({ items: [{ id: 'j1', name: 'new', type: 'JWT' }] })),
    );
    expect(result.patch.authorizers).toEqual([
      { id: 'j1', name: 'new', type: 'JWT', userPoolIds: [], clientIds: [] },
    ]);
    expect(texts(result.warnings)).toEqual([
      'Authorizer new is a JWT authorizer without a readable jwtConfiguration: enter its issuers by hand.',
      'No Cognito user pool, JWT or Lambda authorizer found: the extension reads only those.',
    ]);
  });

  test('an issuer-less JWT authorizer, algorithms API Gateway does not offer, a TOKEN authorizer on a query string', async () => {
    const text = JSON.stringify({
      items: [
        {
          id: 'j2',
          name: 'odd',
          type: 'JWT',
          jwtConfiguration: { defaultAlgorithms: ['HS256'], issuers: [] },
        },
        { id: 't2', name: 'legacy', type: 'TOKEN', identitySource: 'method.request.querystring.token' },
      ],
    });
    expect(texts(expectSuccess(await parseAwsImport(text)).warnings)).toEqual([
      'Authorizer odd trusts no issuer, so it accepts no token.',
      'Authorizer odd lists algorithms API Gateway does not offer: HS256.',
      'Authorizer legacy is a TOKEN authorizer without a header identity source; assuming Authorization.',
    ]);
  });

  test('a type this import does not read', async () => {
    const result = expectSuccess(
      await parseAwsImport(
        JSON.stringify({ items: [{ id: 's1', name: 'new', type: 'SIGV5', providerARNs: [] }] }),
      ),
    );
    expect(texts(result.warnings)[0]).toBe(
      'Authorizer new has type SIGV5, which this import does not read: enter its issuer and audience by hand if it checks JWTs.',
    );
  });

  test('items that are not authorizers are skipped, and none at all is an error', async () => {
    const mixed = JSON.stringify({
      items: [
        {
          id: 'x7y8z9',
          type: 'COGNITO_USER_POOLS',
          providerARNs: [`arn:aws:cognito-idp:eu-west-1:1:userpool/${POOL_A}`],
        },
        'not an object',
      ],
    });
    // The first ARN has a one-digit account, which no ARN has: the pool is ignored.
    const result = expectSuccess(await parseAwsImport(mixed));
    expect(texts(result.warnings)).toContain('Item 2 is not an authorizer (no type); skipped.');
    expect(result.patch.userPoolIds).toEqual([]);

    const error = expectFailure(await parseAwsImport(JSON.stringify({ items: [{ type: '' }, 5] })));
    expect(error).toMatch(
      /^The listed items are not authorizers, resources or routes\. Expected the JSON or YAML/,
    );
  });
});
