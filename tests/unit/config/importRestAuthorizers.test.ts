import { describe, expect, test } from 'vitest';
import { parseAwsImport } from '../../../src/core/config/parseAwsImport';
import { expectFailure, expectSuccess, POOL_A, POOL_B, readFixture, texts } from './testSupport';

describe('aws apigateway get-authorizers', () => {
  test('reads the Cognito authorizer and keeps the Lambda one for the preview', async () => {
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
          identityHeader: 'X-Legacy-Token',
          userPoolIds: [],
          clientIds: [],
          resultTtlSeconds: 60,
        },
      ],
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
      'Authorizer legacy-token (id t0k3n1, TOKEN): Lambda authorizer: the extension cannot check what it accepts; token in header X-Legacy-Token; results cached 60 s',
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

  test('only Lambda authorizers: nothing for the token checks, said so', async () => {
    const text = JSON.stringify({
      items: [
        {
          id: 'r3q1',
          name: 'req',
          type: 'REQUEST',
          identitySource: 'method.request.header.Auth, method.request.querystring.k',
        },
      ],
    });
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.patch).toEqual({
      authorizers: [
        { id: 'r3q1', name: 'req', type: 'REQUEST', identityHeader: 'Auth', userPoolIds: [], clientIds: [] },
      ],
    });
    expect(texts(result.warnings)).toEqual([
      'No Cognito user pool or JWT authorizer found: the extension checks tokens only for those.',
    ]);
  });

  test('a REST JWT authorizer is kept but its settings are not guessed', async () => {
    const result = expectSuccess(
      await parseAwsImport(JSON.stringify({ items: [{ id: 'j1', name: 'new', type: 'JWT' }] })),
    );
    expect(result.patch.authorizers).toEqual([
      { id: 'j1', name: 'new', type: 'JWT', userPoolIds: [], clientIds: [] },
    ]);
    expect(texts(result.warnings)[0]).toBe(
      'Authorizer new has type JWT, which this import does not read: enter its issuer and audience by hand if it checks JWTs.',
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
