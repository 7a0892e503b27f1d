import { describe, expect, test } from 'vitest';
import type { MethodAuthorization } from '../../../src/core/config/model';
import { parseAwsImport } from '../../../src/core/config/parseAwsImport';
import { expectFailure, expectSuccess, ORDERS_READ, ORDERS_WRITE, readFixture, texts } from './testSupport';

describe('aws apigateway get-method', () => {
  const getMethod = readFixture('rest-get-method.json');

  test('with the path as a hint it becomes one method entry', async () => {
    const result = expectSuccess(
      await parseAwsImport(getMethod, { apiId: 'a1b2c3d4e5', path: '/orders/{id}' }),
    );
    expect(result.format).toBe('get-method');
    expect(result.needs).toEqual([]);
    expect(result.patch).toEqual({
      authorizerKind: 'cognito',
      methods: [
        {
          method: 'GET',
          path: '/orders/{id}',
          authorizationType: 'COGNITO_USER_POOLS',
          scopes: [ORDERS_READ, ORDERS_WRITE],
          authorizerId: 'x7y8z9',
          // get-method prints apiKeyRequired: a method with it answers 403 without a key (aws-facts.md §2).
          apiKeyRequired: false,
        },
      ],
    });
    expect(texts(result.summary)[1]).toBe(
      `GET /orders/{id}: Cognito user pool authorizer (authorizer x7y8z9), scopes ${ORDERS_READ}, ${ORDERS_WRITE} (expects an access token with one of them)`,
    );
    expect(texts(result.warnings)).toEqual([]);
  });

  test.each([
    [{}, 'get-method does not print the resource path: enter it (e.g. /orders/{id}) to save this method.'],
    [{ path: 'orders/{id}' }, 'The resource path must start with / (e.g. /orders/{id}); got orders/{id}.'],
  ])('without a usable path (hints %j) the preview asks for it', async (hints, warning) => {
    const result = expectSuccess(await parseAwsImport(getMethod, hints));
    expect(result.needs).toEqual(['apiId', 'path']);
    expect(result.patch.methods).toEqual([]);
    expect(texts(result.warnings)).toEqual([warning]);
    expect(texts(result.summary)[1]).toMatch(/^GET \(path needed\): Cognito user pool authorizer/);
  });

  test.each([
    [
      { httpMethod: 'POST', authorizationType: 'NONE' },
      { method: 'get' },
      'POST',
      ['The output is for method POST, not GET: using POST.'],
    ],
    [{ httpMethod: 'delete', authorizationType: 'aws_iam' }, {}, 'DELETE', []],
  ])('method %j with hints %j is %s', async (output, hints, verb, warnings) => {
    const result = expectSuccess(await parseAwsImport(JSON.stringify(output), { ...hints, path: '/orders' }));
    expect(result.patch.methods?.[0]?.method).toBe(verb);
    expect(result.patch.methods?.[0]?.authorizationType).toBe(output.authorizationType.toUpperCase());
    expect(result.patch.authorizerKind).toBeUndefined();
    expect(texts(result.warnings)).toEqual(warnings);
  });

  test('a method object without authorizationType is not recognised', async () => {
    expect(expectFailure(await parseAwsImport('{"httpMethod": "GET", "apiKeyRequired": false}'))).toMatch(
      /^This JSON or YAML is not an API Gateway output this import knows\./,
    );
  });
});

describe('aws apigateway get-resources', () => {
  test('with --embed methods every method is read, OPTIONS and ANY included', async () => {
    const result = expectSuccess(
      await parseAwsImport(readFixture('rest-get-resources-embed.json'), { apiId: 'a1b2c3d4e5' }),
    );
    expect(result.format).toBe('get-resources');
    expect(result.apiType).toBe('rest');
    expect(result.patch.authorizerKind).toBe('cognito');
    expect(texts(result.warnings)).toEqual([]);
    const methods = result.patch.methods ?? [];
    const rows = methods.map((m: MethodAuthorization) => [
      m.method,
      m.path,
      m.authorizationType,
      m.scopes,
      m.authorizerId,
    ]);
    expect(rows).toEqual([
      ['GET', '/', 'NONE', [], undefined],
      ['GET', '/orders', 'COGNITO_USER_POOLS', [], 'x7y8z9'],
      ['OPTIONS', '/orders', 'NONE', [], undefined],
      ['POST', '/orders', 'COGNITO_USER_POOLS', [ORDERS_WRITE], 'x7y8z9'],
      ['DELETE', '/orders/{id}', 'AWS_IAM', [], undefined],
      ['GET', '/orders/{id}', 'COGNITO_USER_POOLS', [ORDERS_READ, ORDERS_WRITE], 'x7y8z9'],
      ['OPTIONS', '/orders/{id}', 'NONE', [], undefined],
      ['ANY', '/admin/{proxy+}', 'CUSTOM', [], 't0k3n1'],
      ['ANY', '/{proxy+}', 'COGNITO_USER_POOLS', [], 'x7y8z9'],
      ['OPTIONS', '/{proxy+}', 'NONE', [], undefined],
    ]);
    expect(texts(result.summary)[0]).toBe(
      'Read 6 resources and 10 methods from aws apigateway get-resources.',
    );
    expect(texts(result.summary)).toContain('OPTIONS /orders: no authorization');
    expect(texts(result.summary)).toContain('ANY /admin/{proxy+}: Lambda authorizer (authorizer t0k3n1)');
    expect(texts(result.summary)).toContain('DELETE /orders/{id}: IAM (SigV4-signed requests, not tokens)');
    expect(texts(result.summary)).toContain(
      'GET /orders: Cognito user pool authorizer (authorizer x7y8z9), no OAuth scopes (expects an ID token)',
    );
  });

  test('without --embed methods the methods are named but their authorization is missing', async () => {
    const result = expectSuccess(await parseAwsImport(readFixture('rest-get-resources.json')));
    expect(result.patch).toEqual({ methods: [] });
    expect(texts(result.warnings)).toEqual([
      '10 methods came without their authorization (GET /, GET /orders, OPTIONS /orders, POST /orders, DELETE /orders/{id}, …): run get-resources with --embed methods to include it.',
    ]);
  });

  test('a single get-resource object is read like one item', async () => {
    const text = JSON.stringify({
      id: 'ord3r5x001',
      path: '/orders',
      resourceMethods: {
        GET: { httpMethod: 'GET', authorizationType: 'COGNITO_USER_POOLS', authorizerId: 'x7y8z9' },
      },
    });
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.patch.methods).toEqual([
      {
        method: 'GET',
        path: '/orders',
        authorizationType: 'COGNITO_USER_POOLS',
        scopes: [],
        authorizerId: 'x7y8z9',
      },
    ]);
  });

  test.each([
    [
      'a resource method that is not an HTTP method',
      { items: [{ id: 'r1', path: '/x', resourceMethods: { FETCH: { authorizationType: 'NONE' } } }] },
      '/x: FETCH is not an HTTP method; skipped.',
    ],
    [
      'an item without a path',
      {
        items: [
          { id: 'r1', path: '/x', resourceMethods: {} },
          { id: 'r2', pathPart: 'y' },
        ],
      },
      'An item without a resource path was skipped.',
    ],
  ])('warns about %s', async (_what, output, warning) => {
    expect(texts(expectSuccess(await parseAwsImport(JSON.stringify(output))).warnings)).toContain(warning);
  });
});
