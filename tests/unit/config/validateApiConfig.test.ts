import { describe, expect, test } from 'vitest';
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
    [
      'apiId',
      { apiId: 'A1B2-C3' },
      'API id must be the lowercase letters and digits before .execute-api. in the URL, e.g. a1b2c3d4e5.',
    ],
    [
      'stage',
      { stage: 'prod stage' },
      'Stage must be letters, digits, hyphens or underscores (e.g. prod), or $default for an HTTP API.',
    ],
    ['region', { region: 'Ireland' }, 'Region must look like eu-west-1.'],
    [
      'identityHeader',
      { identityHeader: 'Authorization:' },
      "Header name must be one HTTP token: letters, digits and !#$%&'*+-.^_`|~, without spaces or a colon (e.g. Authorization).",
    ],
    [
      'identityHeader',
      { identityHeader: 'X Auth' },
      "Header name must be one HTTP token: letters, digits and !#$%&'*+-.^_`|~, without spaces or a colon (e.g. Authorization).",
    ],
    [
      'identityHeader',
      { identityHeader: '' },
      "Header name must be one HTTP token: letters, digits and !#$%&'*+-.^_`|~, without spaces or a colon (e.g. Authorization).",
    ],
    [
      'userPoolIds[1]',
      { userPoolIds: [POOL_A, 'AbC123xyz'] },
      'User pool id must be {region}_{id}, e.g. eu-west-1_AbC123xyz (AWS pattern ^[a-z]{2}-(gov-)?[a-z]+-\\d_[a-zA-Z0-9]+$).',
    ],
    [
      'userPoolIds[0]',
      { userPoolIds: ['eu-west-1_AbC-123'] },
      'User pool id must be {region}_{id}, e.g. eu-west-1_AbC123xyz (AWS pattern ^[a-z]{2}-(gov-)?[a-z]+-\\d_[a-zA-Z0-9]+$).',
    ],
    [
      'clientIds[0]',
      { clientIds: ['client-id-with-dashes'] },
      'App client id must be 1–128 letters, digits, underscores or plus signs, e.g. 4kq2n7b1c8d9e0f3g5h6j7k8lm.',
    ],
    [
      'clientIds[0]',
      { clientIds: ['a'.repeat(129)] },
      'App client id must be 1–128 letters, digits, underscores or plus signs, e.g. 4kq2n7b1c8d9e0f3g5h6j7k8lm.',
    ],
    [
      'clientIds[0]',
      { authorizerKind: 'jwt', issuer: 'https://login.example.com/', clientIds: ['my api'] },
      'Audience must not be empty or contain spaces; list each one separately.',
    ],
    [
      'tokenValidationRegex',
      { tokenValidationRegex: '^(unclosed' },
      /^Token validation regex does not compile: Invalid regular expression: .*\.$/,
    ],
    [
      'issuer',
      { issuer: 'http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz' },
      'Issuer must be an https:// URL, e.g. https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz.',
    ],
    [
      'issuer',
      { issuer: 'not a url' },
      'Issuer must be an https:// URL, e.g. https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz.',
    ],
    [
      'issuer',
      { issuer: `${COGNITO_ISSUER}/` },
      'Remove the trailing /: Cognito tokens carry the issuer without it, and API Gateway compares exactly.',
    ],
    [
      'issuer',
      { issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/not-a-pool' },
      'A Cognito issuer is https://cognito-idp.{region}.amazonaws.com/{userPoolId}, with a valid pool id.',
    ],
    [
      'authorizerKind',
      { authorizerKind: 'lambda' },
      'Authorizer kind must be cognito (REST Cognito user pool authorizer) or jwt (JWT authorizer).',
    ],
    [
      'defaultScopes[0]',
      { defaultScopes: ['read write'] },
      'Scope must not be empty or contain spaces: list each scope separately, e.g. https://api.example.com/orders.read.',
    ],
    [
      'methods[0].method',
      { methods: [{ method: 'FETCH', path: '/x', authorizationType: 'NONE', scopes: [] }] },
      'Method must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or ANY.',
    ],
    [
      'methods[0].path',
      { methods: [{ method: 'GET', path: 'orders', authorizationType: 'NONE', scopes: [] }] },
      'Path must start with / (e.g. /orders/{id}), or be $default for the HTTP API catch-all route.',
    ],
    [
      'methods[0].scopes[1]',
      {
        methods: [
          { method: 'GET', path: '/x', authorizationType: 'COGNITO_USER_POOLS', scopes: ['a', 'b c'] },
        ],
      },
      'Scope must not be empty or contain spaces: list each scope separately, e.g. https://api.example.com/orders.read.',
    ],
    [
      'methods[0].scopes[0]',
      { methods: [{ method: 'GET', path: '/x', authorizationType: 'COGNITO_USER_POOLS', scopes: [''] }] },
      'Scope must not be empty or contain spaces: list each scope separately, e.g. https://api.example.com/orders.read.',
    ],
    [
      'methods[0].authorizationType',
      { methods: [{ method: 'GET', path: '/x', authorizationType: ' ', scopes: [] }] },
      'Authorization type must be NONE, COGNITO_USER_POOLS, JWT, AWS_IAM or CUSTOM.',
    ],
    [
      'methods[1]',
      {
        methods: [
          { method: 'GET', path: '/x', authorizationType: 'NONE', scopes: [] },
          { method: 'get', path: '/x', authorizationType: 'NONE', scopes: [] },
        ],
      },
      'GET /x is listed twice; keep one entry per method and path.',
    ],
  ] as [string, Partial<ApiConfig> & Record<string, unknown>, string | RegExp][])(
    '%s: %j',
    (field, change, message) => {
      const problems = validateApiConfig({ ...valid, ...change } as ApiConfig);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.field).toBe(field);
      if (typeof message === 'string') expect(problems[0]?.message).toBe(message);
      else expect(problems[0]?.message).toMatch(message);
    },
  );

  test('messages never repeat the rejected value', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
    const problems = validateApiConfig({
      ...valid,
      clientIds: [token],
      userPoolIds: [token],
      identityHeader: token.replaceAll('.', ' '),
    });
    expect(problems.map((p) => p.field)).toEqual(['identityHeader', 'userPoolIds[0]', 'clientIds[0]']);
    for (const problem of problems) expect(problem.message).not.toContain('eyJ');
  });
});

describe('describePathProblem', () => {
  test.each([
    ['/', undefined],
    ['/orders/{id}', undefined],
    ['/{proxy+}', undefined],
    ['/files/{path+}', undefined],
    ['$default', undefined],
    ['/orders/', 'Path must not end with /.'],
    ['/orders//items', 'Path must not contain an empty segment (//).'],
    ['/{proxy+}/items', 'A greedy variable like {proxy+} must be the last segment.'],
    ['/orders/id-{id}', 'A path variable must be a whole segment like {id} or {proxy+}.'],
    ['/orders/{id', 'A path variable must be a whole segment like {id} or {proxy+}.'],
    [
      '$default/x',
      'Path must start with / (e.g. /orders/{id}), or be $default for the HTTP API catch-all route.',
    ],
  ])('%s', (path, problem) => {
    expect(describePathProblem(path)).toBe(problem);
  });
});
