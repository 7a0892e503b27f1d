import { describe, expect, test } from 'vitest';
import type { MethodAuthorization } from '../../../src/core/config/model';
import { parseAwsImport } from '../../../src/core/config/parseAwsImport';
import {
  CLIENT_A,
  CLIENT_B,
  COGNITO_ISSUER,
  expectFailure,
  expectSuccess,
  ORDERS_READ,
  ORDERS_WRITE,
  POOL_A,
  POOL_B,
  readFixture,
  texts,
} from './testSupport';

const rows = (methods: MethodAuthorization[] | undefined) =>
  (methods ?? []).map((m) => [m.method, m.path, m.authorizationType, m.scopes]);

describe('aws apigateway get-export (REST API)', () => {
  test('OpenAPI 3 JSON: server URL, Cognito authorizer and every method', async () => {
    const result = expectSuccess(await await parseAwsImport(readFixture('rest-export-oas30.json')));
    expect(result).toMatchObject({
      format: 'get-export',
      apiType: 'rest',
      apiId: 'a1b2c3d4e5',
      stage: 'prod',
      region: 'eu-west-1',
      needs: [],
      warnings: [],
    });
    expect(result.patch).toMatchObject({
      authorizerKind: 'cognito',
      identityHeader: 'Authorization',
      userPoolIds: [POOL_A, POOL_B],
      clientIds: [],
      tokenValidationRegex: null,
    });
    // Exports name authorizers, not their ids.
    expect(result.patch.authorizerId).toBeUndefined();
    expect(result.patch.authorizers?.map((a) => [a.name, a.type, a.identityHeader])).toEqual([
      ['orders-cognito', 'COGNITO_USER_POOLS', 'Authorization'],
      ['legacy-token', 'TOKEN', 'X-Legacy-Token'],
    ]);
    expect(rows(result.patch.methods)).toEqual([
      ['GET', '/', 'NONE', []],
      ['GET', '/orders', 'COGNITO_USER_POOLS', []],
      ['POST', '/orders', 'COGNITO_USER_POOLS', [ORDERS_WRITE]],
      ['OPTIONS', '/orders', 'NONE', []],
      ['GET', '/orders/{id}', 'COGNITO_USER_POOLS', [ORDERS_READ, ORDERS_WRITE]],
      ['DELETE', '/orders/{id}', 'AWS_IAM', []],
      ['OPTIONS', '/orders/{id}', 'NONE', []],
      ['ANY', '/admin/{proxy+}', 'CUSTOM', []],
      ['OPTIONS', '/{proxy+}', 'NONE', []],
      ['ANY', '/{proxy+}', 'COGNITO_USER_POOLS', []],
    ]);
    expect(texts(result.summary)[0]).toBe(
      'Read an OpenAPI 3 export of a REST API: 2 authorizers, 10 methods.',
    );
    expect(texts(result.summary).at(-1)).toBe('API a1b2c3d4e5; stage prod; region eu-west-1');
  });

  test('the same export in YAML reads the same', async () => {
    const fromJson = await await parseAwsImport(readFixture('rest-export-oas30.json'));
    const fromYaml = await await parseAwsImport(readFixture('rest-export-oas30.yaml'));
    expect(fromYaml).toEqual(fromJson);
  });

  test('Swagger 2: host and basePath, a stage-variable pool, a custom header, API keys ignored', async () => {
    const result = expectSuccess(await await parseAwsImport(readFixture('rest-export-swagger.json')));
    expect(result).toMatchObject({ apiId: 'a1b2c3d4e5', stage: 'dev', region: 'eu-west-1', apiType: 'rest' });
    expect(result.patch).toMatchObject({
      authorizerKind: 'cognito',
      identityHeader: 'X-Id-Token',
      userPoolIds: [POOL_A],
      tokenValidationRegex: '^(4kq2n7b1c8d9e0f3g5h6j7k8lm|7p9r2s4t6v8w0x1y3z5a7b9c1d)$',
    });
    expect(rows(result.patch.methods)).toEqual([
      ['GET', '/orders', 'COGNITO_USER_POOLS', []],
      ['POST', '/orders', 'COGNITO_USER_POOLS', [ORDERS_WRITE]],
      ['OPTIONS', '/orders', 'NONE', []],
      ['GET', '/orders/{id}', 'COGNITO_USER_POOLS', [ORDERS_READ]],
      ['OPTIONS', '/orders/{id}', 'NONE', []],
    ]);
    expect(texts(result.warnings)).toEqual([
      "Authorizer per-stage-cognito takes its user pool from stage variable UserPoolId, so the pool depends on the stage: add that stage's pool id by hand.",
    ]);
  });
});

describe('Lambda and JWT authorizers in a REST export (x-amazon-apigateway-authorizer)', () => {
  test('the OpenAPI 3 fixture keeps its token authorizer as a Lambda authorizer reading the scheme header', async () => {
    const result = expectSuccess(await await parseAwsImport(readFixture('rest-export-oas30.json')));
    const legacy = result.patch.authorizers?.find((authorizer) => authorizer.name === 'legacy-token');
    expect(legacy).toMatchObject({
      kind: 'lambda',
      type: 'TOKEN',
      identityHeader: 'X-Legacy-Token',
      resultTtlSeconds: 60,
      lambda: {
        type: 'TOKEN',
        identitySources: ['method.request.header.X-Legacy-Token'],
        resultTtlSeconds: 60,
        httpApi: false,
      },
    });
    // The Cognito authorizer still decides the kind; the Lambda settings are kept for CUSTOM methods.
    expect(result.patch.authorizerKind).toBe('cognito');
    expect(result.patch.lambda?.identitySources).toEqual(['method.request.header.X-Legacy-Token']);
  });

  test('token (header, validation expression, TTL) and request (header and query string, TTL 0)', async () => {
    const result = expectSuccess(await await parseAwsImport(readFixture('rest-export-lambda-oas30.json')));
    expect(result).toMatchObject({
      format: 'get-export',
      apiType: 'rest',
      apiId: 'k7l8m9n0p1',
      stage: 'live',
      region: 'eu-west-1',
    });
    // Two Lambda authorizers fold into one configuration, and the user is told which header is kept.
    expect(result.warnings.map((warning) => warning.code)).toEqual([
      'warn.authorizersCombined',
      'warn.differentHeaders',
    ]);
    expect(result.patch.authorizers?.map((a) => [a.name, a.kind, a.identityHeader, a.lambda])).toEqual([
      [
        'token-authorizer',
        'lambda',
        'Authorization',
        {
          type: 'TOKEN',
          identitySources: ['method.request.header.Authorization'],
          validationExpression: '^Bearer [-0-9A-Za-z\\.]+$',
          resultTtlSeconds: 60,
          httpApi: false,
        },
      ],
      [
        'request-authorizer',
        'lambda',
        'X-Tenant',
        {
          type: 'REQUEST',
          identitySources: ['method.request.header.X-Tenant', 'method.request.querystring.client'],
          resultTtlSeconds: 0,
          httpApi: false,
        },
      ],
    ]);
    expect(result.patch.authorizerKind).toBe('lambda');
    expect(rows(result.patch.methods)).toEqual([
      ['GET', '/orders', 'CUSTOM', []],
      ['GET', '/reports', 'CUSTOM', []],
    ]);
  });

  test('a REST JWT authorizer: issuers, audiences, algorithms, claim rules and the JWKS URI', async () => {
    // Written from the API reference's JwtConfiguration (aws-facts-2.md §2.1); the extensions
    // reference shows only the HTTP API's JWT shape, so this one is [unverified] in an export.
    const result = expectSuccess(await await parseAwsImport(readFixture('rest-export-jwt-oas30.json')));
    expect(result).toMatchObject({
      apiType: 'rest',
      apiId: 'q2r3s4t5u6',
      stage: 'prod',
      region: 'us-east-1',
    });
    expect(result.warnings).toEqual([]);
    expect(result.patch).toMatchObject({
      authorizerKind: 'rest-jwt',
      identityHeader: 'Authorization',
      issuer: 'https://login.example.com/',
      clientIds: ['catalog-api'],
      restJwt: {
        defaultAlgorithms: ['RS256', 'ES256'],
        issuers: [
          {
            issuer: 'https://login.example.com/',
            audiences: ['catalog-api'],
            additionalClaims: [{ claimName: 'tenant', expectedValues: ['acme'], required: true }],
            jwksUri: 'https://login.example.com/.well-known/jwks.json',
          },
        ],
      },
    });
    expect(rows(result.patch.methods)).toEqual([['GET', '/items', 'JWT', ['catalog/read']]]);
  });

  test('a token authorizer with neither identitySource nor a header scheme is read, with a warning', async () => {
    const text = JSON.stringify({
      openapi: '3.0.1',
      info: { title: 't', version: '1' },
      servers: [{ url: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod' }],
      paths: { '/x': { get: { security: [{ custom: [] }] } } },
      components: {
        securitySchemes: {
          custom: {
            type: 'apiKey',
            name: 'token',
            in: 'query',
            'x-amazon-apigateway-authorizer': { type: 'token', authorizerResultTtlInSeconds: 300 },
          },
        },
      },
    });
    const result = expectSuccess(await await parseAwsImport(text));
    expect(result.patch.authorizers?.[0]).toMatchObject({
      kind: 'lambda',
      lambda: { type: 'TOKEN', identitySources: [], resultTtlSeconds: 300 },
    });
    expect(texts(result.warnings)).toHaveLength(1);
    expect(texts(result.warnings)[0]).toMatch(/custom/);
  });
});

describe('aws apigatewayv2 export-api (HTTP API)', () => {
  test('JWT authorizer, $default route and the $default stage', async () => {
    const result = expectSuccess(await await parseAwsImport(readFixture('http-export-oas30.json')));
    expect(result).toMatchObject({
      format: 'get-export',
      apiType: 'http',
      apiId: 'f6g7h8i9j0',
      stage: '$default',
      region: 'eu-west-1',
      warnings: [],
    });
    expect(result.patch).toMatchObject({
      authorizerKind: 'jwt',
      identityHeader: 'Authorization',
      issuer: COGNITO_ISSUER,
      userPoolIds: [POOL_A],
      clientIds: [CLIENT_A, CLIENT_B],
    });
    expect(rows(result.patch.methods)).toEqual([
      ['GET', '/orders', 'JWT', []],
      ['POST', '/orders', 'JWT', ['orders/write']],
      ['GET', '/orders/{id}', 'JWT', ['orders/read']],
      ['ANY', '/partner/{proxy+}', 'CUSTOM', []],
      ['OPTIONS', '/{proxy+}', 'NONE', []],
      ['GET', '/health', 'NONE', []],
      ['ANY', '$default', 'JWT', []],
    ]);
    // The request authorizer is an HTTP API Lambda authorizer: its identity sources gate the function.
    const partner = result.patch.authorizers?.find((authorizer) => authorizer.name === 'partner-lambda');
    expect(partner).toMatchObject({
      kind: 'lambda',
      type: 'REQUEST',
      identityHeader: 'X-Api-Token',
      resultTtlSeconds: 300,
      lambda: {
        type: 'REQUEST',
        identitySources: ['$request.header.X-Api-Token'],
        resultTtlSeconds: 300,
        httpApi: true,
      },
    });
    expect(result.patch.lambda?.httpApi).toBe(true);
  });
});

/** A minimal OpenAPI 3 export around the given paths and schemes. */
function openApi(fields: Record<string, unknown>): string {
  return JSON.stringify({
    openapi: '3.0.1',
    info: { title: 't', version: '1' },
    servers: [
      {
        url: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/{basePath}',
        variables: { basePath: { default: '/prod' } },
      },
    ],
    components: {
      securitySchemes: {
        cognito: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          'x-amazon-apigateway-authtype': 'cognito_user_pools',
          'x-amazon-apigateway-authorizer': {
            type: 'cognito_user_pools',
            providerARNs: [`arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${POOL_A}`],
          },
        },
        api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
      },
    },
    ...fields,
  });
}

describe('security requirements', () => {
  test.each([
    [
      'global security applies to an operation without its own',
      { security: [{ cognito: ['a/b'] }], paths: { '/x': { get: {} } } },
      ['GET', '/x', 'COGNITO_USER_POOLS', ['a/b']],
    ],
    [
      'security: [] on the operation means no authorization',
      { security: [{ cognito: [] }], paths: { '/x': { options: { security: [] } } } },
      ['OPTIONS', '/x', 'NONE', []],
    ],
    [
      'an API key alone is no authorization',
      { paths: { '/x': { get: { security: [{ api_key: [] }] } } } },
      ['GET', '/x', 'NONE', []],
    ],
    [
      'an API key beside the authorizer does not hide it',
      { paths: { '/x': { put: { security: [{ api_key: [], cognito: ['s'] }] } } } },
      ['PUT', '/x', 'COGNITO_USER_POOLS', ['s']],
    ],
    [
      'x-amazon-apigateway-any-method is ANY',
      { paths: { '/{proxy+}': { 'x-amazon-apigateway-any-method': { security: [{ cognito: [] }] } } } },
      ['ANY', '/{proxy+}', 'COGNITO_USER_POOLS', []],
    ],
    [
      'no security anywhere is no authorization',
      { paths: { '/x': { delete: {} } } },
      ['DELETE', '/x', 'NONE', []],
    ],
  ])('%s', async (_what, fields, row) => {
    const result = expectSuccess(await await parseAwsImport(openApi(fields)));
    expect(rows(result.patch.methods)).toEqual([row]);
  });

  test('an undefined scheme skips the operation, two authorizers take the first', async () => {
    const result = expectSuccess(
      await await parseAwsImport(
        openApi({
          components: {
            securitySchemes: {
              one: {
                type: 'apiKey',
                name: 'Authorization',
                in: 'header',
                'x-amazon-apigateway-authtype': 'cognito_user_pools',
              },
              two: {
                type: 'apiKey',
                name: 'Authorization',
                in: 'header',
                'x-amazon-apigateway-authtype': 'awsSigv4',
              },
            },
          },
          paths: {
            '/x': { get: { security: [{ ghost: [] }] }, post: { security: [{ one: ['s'] }, { two: [] }] } },
          },
        }),
      ),
    );
    expect(rows(result.patch.methods)).toEqual([['POST', '/x', 'COGNITO_USER_POOLS', ['s']]]);
    expect(texts(result.warnings)).toEqual([
      'The export has no x-amazon-apigateway-authorizer, so the user pools are missing: export again with --parameters extensions=apigateway.',
      'GET /x uses security scheme ghost, which the export does not define; skipped.',
      'POST /x lists several authorizers; API Gateway uses one, taken here as the first.',
    ]);
  });
});

describe('server URL', () => {
  test.each([
    [
      'a literal execute-api URL',
      [{ url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/staging' }],
      'a1b2c3d4e5',
      'staging',
      'us-east-1',
    ],
    [
      'a basePath default without a slash',
      [
        {
          url: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/{basePath}',
          variables: { basePath: { default: 'v1' } },
        },
      ],
      'a1b2c3d4e5',
      'v1',
      'eu-west-1',
    ],
    [
      'a China-region host',
      [{ url: 'https://a1b2c3d4e5.execute-api.cn-north-1.amazonaws.com.cn/prod' }],
      'a1b2c3d4e5',
      'prod',
      'cn-north-1',
    ],
    [
      'a REST URL without stage',
      [{ url: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/' }],
      'a1b2c3d4e5',
      undefined,
      'eu-west-1',
    ],
  ])('%s', async (_what, servers, apiId, stage, region) => {
    const result = expectSuccess(
      await await parseAwsImport(openApi({ servers, paths: { '/x': { get: {} } } })),
    );
    expect([result.apiId, result.stage, result.region]).toEqual([apiId, stage, region]);
  });

  test.each([
    [
      'a custom domain',
      [{ url: 'https://api.example.com/v1' }],
      'The server https://api.example.com/v1 is not an execute-api URL (a custom domain?), so the API id and stage are not known from it.',
    ],
    [
      // API Gateway serves execute-api over HTTPS only; the capture never sees an http: call to it.
      'an http: execute-api URL',
      [{ url: 'http://q9w8e7r6t5.execute-api.eu-west-1.amazonaws.com/v1' }],
      'The server http://q9w8e7r6t5.execute-api.eu-west-1.amazonaws.com/v1 is not an execute-api URL (a custom domain?), so the API id and stage are not known from it.',
    ],
    ['no servers', [], 'The export names no server, so it does not tell the API id, region or stage.'],
  ])('%s: API id comes from the hints', async (_what, servers, warning) => {
    const result = expectSuccess(
      await await parseAwsImport(openApi({ servers, paths: { '/x': { get: {} } } }), {
        apiId: 'a1b2c3d4e5',
        stage: 'prod',
      }),
    );
    expect(texts(result.warnings)).toEqual([warning]);
    expect([result.apiId, result.stage]).toEqual(['a1b2c3d4e5', 'prod']);
    // The region then comes from the pool's id.
    expect(result.region).toBe('eu-west-1');
  });

  test('the text wins over a hint that disagrees', async () => {
    const result = expectSuccess(
      await await parseAwsImport(readFixture('rest-export-oas30.json'), {
        apiId: 'zzzzzzzzzz',
        stage: 'dev',
      }),
    );
    expect([result.apiId, result.stage]).toEqual(['a1b2c3d4e5', 'prod']);
    expect(texts(result.warnings)).toEqual([
      'The text is for API id a1b2c3d4e5, not zzzzzzzzzz: using a1b2c3d4e5.',
      'The text is for stage prod, not dev: using prod.',
    ]);
  });
});

describe('other export shapes', () => {
  test('an HTTP API JWT authorizer found through openIdConnectUrl', async () => {
    const text = JSON.stringify({
      openapi: '3.0.1',
      info: { title: 't', version: '1' },
      paths: { '/x': { get: { security: [{ oidc: ['read'] }] } } },
      components: {
        securitySchemes: {
          oidc: {
            type: 'openIdConnect',
            openIdConnectUrl: `${COGNITO_ISSUER}/.well-known/openid-configuration`,
            'x-amazon-apigateway-authorizer': {
              type: 'jwt',
              jwtConfiguration: { audience: [CLIENT_A] },
              identitySource: '$request.header.Authorization',
            },
          },
        },
      },
    });
    const result = expectSuccess(await await parseAwsImport(text, { apiId: 'f6g7h8i9j0' }));
    expect(result.apiType).toBe('http');
    expect(result.patch).toMatchObject({
      issuer: COGNITO_ISSUER,
      userPoolIds: [POOL_A],
      clientIds: [CLIENT_A],
    });
    expect(rows(result.patch.methods)).toEqual([['GET', '/x', 'JWT', ['read']]]);
  });

  test.each([
    [
      '{"openapi": "3.0.1", "info": {}, "paths": {}}',
      'This OpenAPI document has no paths and no security schemes: export the API with aws apigateway get-export --parameters extensions=apigateway.',
    ],
    [
      '{"swagger": "1.2", "paths": {}}',
      'OpenAPI version 1.2 is not one API Gateway exports (3.0 or Swagger 2.0).',
    ],
  ])('%s is rejected', async (text, error) => {
    expect(expectFailure(await await parseAwsImport(text))).toBe(error);
  });
});
