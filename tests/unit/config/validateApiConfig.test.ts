import { describe, expect, test } from 'vitest';
import type { ConfigMessageCode } from '../../../src/core/config/messages';
import type { ApiConfig } from '../../../src/core/config/model';
import { describePathProblem, validateApiConfig } from '../../../src/core/config/validateApiConfig';
import { CLIENT_A, COGNITO_ISSUER, ORDERS_READ, POOL_A } from './testSupport';

const valid: ApiConfig = {
  apiId: 'a1b2c3d4e5',
  stage: 'prod',
  region: 'eu-west-1',
  authorizerKind: 'cognito',
  authorizerId: 'x7y8z9',
  identityHeader: 'Authorization',
  userPoolIds: [POOL_A, 'us-gov-west-1_Gov123abc'],
  clientIds: [CLIENT_A],
  tokenValidationRegex: '^4kq2n7b1c8d9e0f3g5h6j7k8lm$',
  methods: [
    { method: 'GET', path: '/orders/{id}', authorizationType: 'COGNITO_USER_POOLS', scopes: [ORDERS_READ] },
    { method: 'ANY', path: '/{proxy+}', authorizationType: 'COGNITO_USER_POOLS', scopes: [] },
    { method: 'OPTIONS', path: '/', authorizationType: 'NONE', scopes: [] },
  ],
  defaultScopes: [],
  source: { kind: 'manual', updatedAt: 0 },
};

describe('validateApiConfig', () => {
  test.each([
    ['the REST example', valid],
    [
      'an HTTP API with a $default stage and route and a non-Cognito audience',
      {
        ...valid,
        stage: '$default',
        authorizerKind: 'jwt',
        issuer: 'https://login.example.com/',
        clientIds: ['https://api.example.com'],
        methods: [{ method: 'ANY', path: '$default', authorizationType: 'JWT', scopes: ['orders/read'] }],
      },
    ],
    ['a Cognito issuer', { ...valid, authorizerKind: 'jwt', issuer: COGNITO_ISSUER }],
    ['no stage, no region', { ...valid, stage: undefined, region: undefined }],
  ] as [string, ApiConfig][])('%s has no problem', (_what, config) => {
    expect(validateApiConfig(config)).toEqual([]);
  });

  test.each([
    ['apiId', { apiId: 'A1B2-C3' }, 'invalid.apiId'],
    ['stage', { stage: 'prod stage' }, 'invalid.stage'],
    ['region', { region: 'Ireland' }, 'invalid.region'],
    ['identityHeader', { identityHeader: 'Authorization:' }, 'invalid.headerName'],
    ['identityHeader', { identityHeader: 'X Auth' }, 'invalid.headerName'],
    ['identityHeader', { identityHeader: '' }, 'invalid.headerName'],
    ['userPoolIds[1]', { userPoolIds: [POOL_A, 'AbC123xyz'] }, 'invalid.userPoolId'],
    ['userPoolIds[0]', { userPoolIds: ['eu-west-1_AbC-123'] }, 'invalid.userPoolId'],
    ['clientIds[0]', { clientIds: ['client-id-with-dashes'] }, 'invalid.clientId'],
    ['clientIds[0]', { clientIds: ['a'.repeat(129)] }, 'invalid.clientId'],
    [
      'clientIds[0]',
      { authorizerKind: 'jwt', issuer: 'https://login.example.com/', clientIds: ['my api'] },
      'invalid.audience',
    ],
    ['tokenValidationRegex', { tokenValidationRegex: '^(unclosed' }, 'invalid.regex'],
    [
      'issuer',
      { issuer: 'http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz' },
      'invalid.issuerNotHttps',
    ],
    ['issuer', { issuer: 'not a url' }, 'invalid.issuerNotHttps'],
    ['issuer', { issuer: `${COGNITO_ISSUER}/` }, 'invalid.issuerTrailingSlash'],
    ['issuer', { issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/not-a-pool' }, 'invalid.cognitoIssuer'],
    ['authorizerKind', { authorizerKind: 'saml' }, 'invalid.authorizerKind'],
    ['defaultScopes[0]', { defaultScopes: ['read write'] }, 'invalid.scope'],
    [
      'methods[0].method',
      { methods: [{ method: 'FETCH', path: '/x', authorizationType: 'NONE', scopes: [] }] },
      'invalid.method',
    ],
    [
      'methods[0].path',
      { methods: [{ method: 'GET', path: 'orders', authorizationType: 'NONE', scopes: [] }] },
      'invalid.pathNoLeadingSlash',
    ],
    [
      'methods[0].scopes[1]',
      {
        methods: [
          { method: 'GET', path: '/x', authorizationType: 'COGNITO_USER_POOLS', scopes: ['a', 'b c'] },
        ],
      },
      'invalid.scope',
    ],
    [
      'methods[0].scopes[0]',
      { methods: [{ method: 'GET', path: '/x', authorizationType: 'COGNITO_USER_POOLS', scopes: [''] }] },
      'invalid.scope',
    ],
    [
      'methods[0].authorizationType',
      { methods: [{ method: 'GET', path: '/x', authorizationType: ' ', scopes: [] }] },
      'invalid.authorizationType',
    ],
    [
      'methods[1]',
      {
        methods: [
          { method: 'GET', path: '/x', authorizationType: 'NONE', scopes: [] },
          { method: 'get', path: '/x', authorizationType: 'NONE', scopes: [] },
        ],
      },
      'invalid.duplicateMethod',
    ],
  ] as [string, Partial<ApiConfig> & Record<string, unknown>, ConfigMessageCode][])(
    '%s: %j',
    (field, change, code) => {
      const problems = validateApiConfig({ ...valid, ...change } as ApiConfig);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.field).toBe(field);
      expect(problems[0]?.code).toBe(code);
    },
  );

  test('the parameters of a problem are what its words need', () => {
    const [duplicate] = validateApiConfig({
      ...valid,
      methods: [
        { method: 'GET', path: '/x', authorizationType: 'NONE', scopes: [] },
        { method: 'get', path: '/x', authorizationType: 'NONE', scopes: [] },
      ],
    });
    expect(duplicate).toEqual({
      field: 'methods[1]',
      code: 'invalid.duplicateMethod',
      params: { route: 'GET /x' },
    });
    const [regex] = validateApiConfig({ ...valid, tokenValidationRegex: '^(unclosed' });
    expect(regex?.code).toBe('invalid.regex');
    expect(regex?.params).toEqual({ detail: expect.stringMatching(/^Invalid regular expression: /) });
    const [method] = validateApiConfig({
      ...valid,
      methods: [{ method: 'FETCH', path: '/x', authorizationType: 'NONE', scopes: [] }],
    });
    expect(method?.params).toEqual({
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'],
    });
  });

  test('messages never repeat the rejected value', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
    const problems = validateApiConfig({
      ...valid,
      clientIds: [token],
      userPoolIds: [token],
      identityHeader: token.replaceAll('.', ' '),
    });
    expect(problems.map((p) => p.field)).toEqual(['identityHeader', 'userPoolIds[0]', 'clientIds[0]']);
    for (const problem of problems) expect(JSON.stringify(problem)).not.toContain('eyJ');
  });
});

describe('describePathProblem', () => {
  test.each([
    ['/', undefined],
    ['/orders/{id}', undefined],
    ['/{proxy+}', undefined],
    ['/files/{path+}', undefined],
    ['$default', undefined],
    ['/orders/', 'invalid.pathTrailingSlash'],
    ['/orders//items', 'invalid.pathEmptySegment'],
    ['/{proxy+}/items', 'invalid.pathGreedyNotLast'],
    ['/orders/id-{id}', 'invalid.pathPartialVariable'],
    ['/orders/{id', 'invalid.pathPartialVariable'],
    ['$default/x', 'invalid.pathNoLeadingSlash'],
  ])('%s', (path, problem) => {
    expect(describePathProblem(path)?.code).toBe(problem);
  });
});
