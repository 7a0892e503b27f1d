import { describe, expect, test } from 'vitest';
import { applyImport } from '../../../src/core/config/applyImport';
import type { ApiConfig } from '../../../src/core/config/model';
import { parseAwsImport } from '../../../src/core/config/parseAwsImport';
import {
  CLIENT_A,
  CLIENT_B,
  COGNITO_ISSUER,
  expectSuccess,
  importJson,
  ORDERS_READ,
  ORDERS_WRITE,
  POOL_A,
  POOL_B,
  readFixture,
} from './testSupport';

const NOW = 1_795_000_000_000;
const imported = (fixture: string, hints = {}) => expectSuccess(importJson(readFixture(fixture), hints));

describe('applyImport', () => {
  test('creates the configuration for an API that has none', () => {
    const configs = applyImport([], imported('rest-get-authorizers.json'), {
      apiId: 'a1b2c3d4e5',
      stage: 'prod',
      now: NOW,
    });
    expect(configs).toEqual([
      {
        apiId: 'a1b2c3d4e5',
        stage: 'prod',
        region: 'eu-west-1',
        authorizerKind: 'cognito',
        authorizerId: 'x7y8z9',
        identityHeader: 'Authorization',
        userPoolIds: [POOL_A, POOL_B],
        clientIds: [],
        // The API's Lambda authorizer, for its CUSTOM methods.
        lambda: {
          type: 'TOKEN',
          identitySources: ['method.request.header.X-Legacy-Token'],
          resultTtlSeconds: 60,
          httpApi: false,
        },
        methods: [],
        source: { kind: 'get-authorizers', updatedAt: NOW },
      },
    ]);
  });

  test('get-authorizers then get-resources: methods added, authorizer kept, source updated', () => {
    const first = applyImport([], imported('rest-get-authorizers.json'), { apiId: 'a1b2c3d4e5', now: NOW });
    const second = applyImport(first, imported('rest-get-resources-embed.json'), {
      apiId: 'a1b2c3d4e5',
      now: NOW + 60_000,
    });
    expect(second).toHaveLength(1);
    const [config] = second;
    expect(config?.userPoolIds).toEqual([POOL_A, POOL_B]);
    expect(config?.authorizerId).toBe('x7y8z9');
    expect(config?.methods).toHaveLength(10);
    expect(config?.source).toEqual({ kind: 'get-resources', updatedAt: NOW + 60_000 });
    expect(config?.stage).toBeUndefined();
  });

  test('a method replaces the saved one with the same method and path, in place', async () => {
    const saved = applyImport([], imported('rest-get-resources-embed.json'), {
      apiId: 'a1b2c3d4e5',
      now: NOW,
    });
    const changed = JSON.stringify({
      httpMethod: 'GET',
      authorizationType: 'COGNITO_USER_POOLS',
      authorizerId: 'x7y8z9',
      authorizationScopes: [ORDERS_READ],
    });
    const result = expectSuccess(await await parseAwsImport(changed, { path: '/orders/{id}' }));
    const [config] = applyImport(saved, result, { apiId: 'a1b2c3d4e5', now: NOW + 1 });
    const before = saved[0]?.methods.map((m) => `${m.method} ${m.path}`);
    expect(config?.methods.map((m) => `${m.method} ${m.path}`)).toEqual(before);
    expect(config?.methods.find((m) => m.method === 'GET' && m.path === '/orders/{id}')?.scopes).toEqual([
      ORDERS_READ,
    ]);
    expect(config?.methods.find((m) => m.method === 'POST' && m.path === '/orders')?.scopes).toEqual([
      ORDERS_WRITE,
    ]);
  });

  test('new methods are appended; pools and clients are united, never dropped', () => {
    const saved: ApiConfig = {
      apiId: 'f6g7h8i9j0',
      authorizerKind: 'jwt',
      identityHeader: 'Authorization',
      userPoolIds: ['eu-west-1_Old999pool'],
      clientIds: [CLIENT_B, 'legacyclient0000000000000'],
      methods: [{ method: 'GET', path: '/legacy', authorizationType: 'NONE', scopes: [] }],
      source: { kind: 'manual', updatedAt: NOW - 1000 },
    };
    const [config] = applyImport([saved], imported('http-get-authorizers.json'), {
      apiId: 'f6g7h8i9j0',
      now: NOW,
    });
    expect(config?.userPoolIds).toEqual(['eu-west-1_Old999pool', POOL_A]);
    expect(config?.clientIds).toEqual([CLIENT_B, 'legacyclient0000000000000', CLIENT_A]);
    expect(config?.issuer).toBe(COGNITO_ISSUER);
    expect(config?.methods).toEqual(saved.methods);
    const [withRoutes] = applyImport([config as ApiConfig], imported('http-get-routes.json'), {
      apiId: 'f6g7h8i9j0',
      now: NOW,
    });
    expect(withRoutes?.methods.map((m) => `${m.method} ${m.path}`)).toEqual([
      'GET /legacy',
      'GET /orders',
      'POST /orders',
      'GET /orders/{id}',
      'ANY /partner/{proxy+}',
      'OPTIONS /{proxy+}',
      'GET /health',
      'ANY $default',
    ]);
  });

  test.each([
    ['an authorizer import without a regex removes the saved one', 'rest-get-authorizers.json', undefined],
    ['an import that says nothing about the authorizer keeps it', 'rest-get-resources-embed.json', '^old$'],
    [
      'an authorizer import with a regex replaces it',
      'rest-get-authorizer-stage-variable.json',
      '^(4kq2n7b1c8d9e0f3g5h6j7k8lm|7p9r2s4t6v8w0x1y3z5a7b9c1d)$',
    ],
  ])('%s', (_what, fixture, regex) => {
    const saved: ApiConfig = {
      apiId: 'a1b2c3d4e5',
      authorizerKind: 'cognito',
      identityHeader: 'Authorization',
      userPoolIds: [],
      clientIds: [],
      tokenValidationRegex: '^old$',
      methods: [],
      source: { kind: 'manual', updatedAt: 0 },
    };
    const [config] = applyImport([saved], imported(fixture), { apiId: 'a1b2c3d4e5', now: NOW });
    expect(config?.tokenValidationRegex).toBe(regex);
  });

  test('stage-specific and all-stage configurations are separate entries', () => {
    let configs = applyImport([], imported('rest-get-authorizers.json'), { apiId: 'a1b2c3d4e5', now: NOW });
    configs = applyImport(configs, imported('rest-export-swagger.json'), {
      apiId: 'a1b2c3d4e5',
      stage: 'dev',
      now: NOW,
    });
    configs = applyImport(configs, imported('http-get-routes.json'), {
      apiId: 'f6g7h8i9j0',
      stage: '$default',
      now: NOW,
    });
    expect(configs.map((c) => [c.apiId, c.stage, c.authorizerKind, c.identityHeader, c.source.kind])).toEqual(
      [
        ['a1b2c3d4e5', undefined, 'cognito', 'Authorization', 'get-authorizers'],
        ['a1b2c3d4e5', 'dev', 'cognito', 'X-Id-Token', 'get-export'],
        ['f6g7h8i9j0', '$default', 'jwt', 'Authorization', 'apigatewayv2-get-routes'],
      ],
    );
  });

  test('an HTTP API import that names no authorizer still makes a JWT configuration', async () => {
    const routes = expectSuccess(
      await await parseAwsImport('{"Items": [{"RouteKey": "GET /health", "AuthorizationType": "NONE"}]}'),
    );
    const [config] = applyImport([], routes, { apiId: 'f6g7h8i9j0', now: NOW });
    expect(config?.authorizerKind).toBe('jwt');
  });

  test('a configuration file replaces entries for its APIs and stages, keeps the others', () => {
    const other: ApiConfig = {
      apiId: 'q9w8e7r6t5',
      authorizerKind: 'cognito',
      identityHeader: 'Authorization',
      userPoolIds: [POOL_B],
      clientIds: [],
      methods: [],
      source: { kind: 'manual', updatedAt: 1 },
    };
    const stale: ApiConfig = {
      ...other,
      apiId: 'a1b2c3d4e5',
      stage: 'prod',
      userPoolIds: ['eu-west-1_Stale00pool'],
    };
    const configs = applyImport([other, stale], imported('config-file-v1.json'), {
      apiId: 'ignored',
      now: NOW,
    });
    expect(configs.map((c) => [c.apiId, c.stage, c.userPoolIds, c.source])).toEqual([
      ['q9w8e7r6t5', undefined, [POOL_B], { kind: 'manual', updatedAt: 1 }],
      ['a1b2c3d4e5', 'prod', [POOL_A, POOL_B], { kind: 'config-file', updatedAt: NOW }],
      ['f6g7h8i9j0', '$default', [POOL_A], { kind: 'config-file', updatedAt: NOW }],
    ]);
  });

  test('the saved list is not changed', () => {
    const saved = applyImport([], imported('rest-get-resources-embed.json'), {
      apiId: 'a1b2c3d4e5',
      now: NOW,
    });
    const snapshot = structuredClone(saved);
    applyImport(saved, imported('rest-get-authorizers.json'), { apiId: 'a1b2c3d4e5', now: NOW + 5 });
    applyImport(saved, imported('rest-get-method.json', { path: '/orders' }), {
      apiId: 'a1b2c3d4e5',
      now: NOW + 5,
    });
    expect(saved).toEqual(snapshot);
  });
});
