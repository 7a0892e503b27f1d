import { describe, expect, test } from 'vitest';
import { applyImport } from '../../../src/core/config/applyImport';
import type { ApiConfig } from '../../../src/core/config/model';
import { findApiConfig, resolveCallConfiguration } from '../../../src/core/config/resolveCallConfiguration';
import {
  CLIENT_A,
  CLIENT_B,
  COGNITO_ISSUER,
  capturedCall,
  expectSuccess,
  importJson,
  ORDERS_READ,
  ORDERS_WRITE,
  POOL_A,
  POOL_B,
  readFixture,
} from './testSupport';

const NOW = 1_795_000_000_000;
const REST = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com';
const HTTP = 'https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com';

function configsFrom(steps: [string, { apiId: string; stage?: string }][]): ApiConfig[] {
  return steps.reduce<ApiConfig[]>(
    (configs, [fixture, target]) =>
      applyImport(configs, expectSuccess(importJson(readFixture(fixture))), { ...target, now: NOW }),
    [],
  );
}

describe('resolveCallConfiguration for a REST API (get-authorizers + get-resources, all stages)', () => {
  const configs = configsFrom([
    ['rest-get-authorizers.json', { apiId: 'a1b2c3d4e5' }],
    ['rest-get-resources-embed.json', { apiId: 'a1b2c3d4e5' }],
  ]);

  test('the API-level settings come with every call', () => {
    expect(resolveCallConfiguration(configs, capturedCall('GET', `${REST}/prod/orders`))).toEqual({
      authorizerKind: 'cognito',
      identityHeader: 'Authorization',
      userPoolIds: [POOL_A, POOL_B],
      method: {
        method: 'GET',
        path: '/orders',
        authorizationType: 'COGNITO_USER_POOLS',
        scopes: [],
        authorizerId: 'x7y8z9',
        apiKeyRequired: false,
      },
      methodScopes: [],
      authorizerId: 'x7y8z9',
      // Every configured route, so that `route` can name the nearest when a call matches none.
      routes: configs[0]?.methods.map(({ method, path, authorizationType }) => ({
        method,
        path,
        authorizationType,
      })),
      source: { kind: 'get-resources', updatedAt: NOW },
    });
  });

  test.each([
    ['GET', '/prod/orders', 'GET /orders', []],
    ['POST', '/prod/orders', 'POST /orders', [ORDERS_WRITE]],
    ['OPTIONS', '/prod/orders', 'OPTIONS /orders', []],
    ['GET', '/prod/orders/42', 'GET /orders/{id}', [ORDERS_READ, ORDERS_WRITE]],
    ['GET', '/dev/orders/42/', 'GET /orders/{id}', [ORDERS_READ, ORDERS_WRITE]],
    ['DELETE', '/prod/orders/42', 'DELETE /orders/{id}', []],
    ['PUT', '/prod/orders/42', 'ANY /{proxy+}', []],
    ['GET', '/prod/admin/users/7', 'ANY /admin/{proxy+}', []],
    ['GET', '/prod/reports/2026/q3', 'ANY /{proxy+}', []],
    ['GET', '/prod', 'GET /', []],
    ['POST', '/prod', undefined, undefined],
  ])('%s %s resolves to %s with scopes %j', (method, path, route, scopes) => {
    const resolved = resolveCallConfiguration(configs, capturedCall(method, `${REST}${path}`));
    expect(
      resolved?.method === undefined ? undefined : `${resolved.method.method} ${resolved.method.path}`,
    ).toBe(route);
    expect(resolved?.methodScopes).toEqual(scopes);
  });

  test('the authorizer id comes from the method when it has one, else from the API', () => {
    expect(resolveCallConfiguration(configs, capturedCall('GET', `${REST}/prod/admin/x`))?.authorizerId).toBe(
      't0k3n1',
    );
    expect(
      resolveCallConfiguration(configs, capturedCall('DELETE', `${REST}/prod/orders/1`))?.authorizerId,
    ).toBe('x7y8z9');
  });

  test('defaultScopes apply where no method matched', () => {
    const withDefaults = configs.map((config) => ({ ...config, defaultScopes: ['orders/basic'] }));
    const resolved = resolveCallConfiguration(withDefaults, capturedCall('POST', `${REST}/prod`));
    expect(resolved?.method).toBeUndefined();
    expect(resolved?.methodScopes).toEqual(['orders/basic']);
  });

  test('the result is a copy: changing it leaves the configuration alone', () => {
    const resolved = resolveCallConfiguration(configs, capturedCall('POST', `${REST}/prod/orders`));
    resolved?.methodScopes?.push('tampered');
    resolved?.userPoolIds?.push('tampered');
    expect(configs[0]?.userPoolIds).toEqual([POOL_A, POOL_B]);
    expect(configs[0]?.methods.find((m) => m.method === 'POST')?.scopes).toEqual([ORDERS_WRITE]);
  });
});

describe('resolveCallConfiguration for an HTTP API on its $default stage', () => {
  const configs = configsFrom([
    ['http-get-authorizers.json', { apiId: 'f6g7h8i9j0', stage: '$default' }],
    ['http-get-routes.json', { apiId: 'f6g7h8i9j0', stage: '$default' }],
  ]);

  test.each([
    // No stage in the URL: the whole path is the route path, though the capture took "orders" as a stage.
    ['GET', '/orders', 'GET /orders', []],
    ['POST', '/orders', 'POST /orders', ['orders/write']],
    ['GET', '/orders/42', 'GET /orders/{id}', ['orders/read']],
    ['OPTIONS', '/orders/42', 'OPTIONS /{proxy+}', []],
    // The partner route uses the API's Lambda authorizer (`CUSTOM`): its settings come with the call.
    ['DELETE', '/partner/a/b', 'ANY /partner/{proxy+}', [], 'lambda'],
    ['GET', '/health', 'GET /health', []],
    ['DELETE', '/orders', 'ANY $default', []],
    ['GET', '/', 'ANY $default', []],
  ])('%s %s resolves to %s', (method, path, route, scopes, kind = 'jwt') => {
    const resolved = resolveCallConfiguration(configs, capturedCall(method, `${HTTP}${path}`));
    expect(`${resolved?.method?.method} ${resolved?.method?.path}`).toBe(route);
    expect(resolved?.methodScopes).toEqual(scopes);
    expect(resolved?.authorizerKind).toBe(kind);
    expect(resolved?.lambda !== undefined).toBe(kind === 'lambda');
    expect(resolved?.issuer).toBe(COGNITO_ISSUER);
    expect(resolved?.clientIds).toEqual([CLIENT_A, CLIENT_B]);
  });
});

describe('choosing the configuration', () => {
  const base: ApiConfig = {
    apiId: 'a1b2c3d4e5',
    authorizerKind: 'cognito',
    identityHeader: 'Authorization',
    userPoolIds: [],
    clientIds: [],
    methods: [],
    source: { kind: 'manual', updatedAt: NOW },
  };
  const allStages = { ...base, identityHeader: 'X-All-Stages' };
  const prod = { ...base, stage: 'prod', identityHeader: 'X-Prod' };
  const dollarDefault = { ...base, stage: '$default', identityHeader: 'X-Default-Stage' };
  const otherApi = { ...base, apiId: 'q9w8e7r6t5', identityHeader: 'X-Other' };

  test.each([
    ['the stage in the URL wins', [allStages, prod, dollarDefault], `${REST}/prod/orders`, 'X-Prod'],
    ['then a $default stage', [allStages, prod, dollarDefault], `${REST}/dev/orders`, 'X-Default-Stage'],
    ['then a configuration for every stage', [allStages, prod], `${REST}/dev/orders`, 'X-All-Stages'],
    ['a URL without a path takes the all-stage one', [prod, allStages], `${REST}/`, 'X-All-Stages'],
    ['only its own API counts', [otherApi, prod], `${REST}/prod/orders`, 'X-Prod'],
    ['another stage only: nothing', [prod], `${REST}/dev/orders`, undefined],
    ['another API only: nothing', [otherApi], `${REST}/prod/orders`, undefined],
    ['no configuration at all: nothing', [], `${REST}/prod/orders`, undefined],
  ] as [string, ApiConfig[], string, string | undefined][])('%s', (_what, configs, url, header) => {
    const call = capturedCall('GET', url);
    expect(findApiConfig(configs, call)?.identityHeader).toBe(header);
    expect(resolveCallConfiguration(configs, call)?.identityHeader).toBe(header);
  });

  test('empty lists mean "not known", not "none"', () => {
    const resolved = resolveCallConfiguration([base], capturedCall('GET', `${REST}/prod/x`));
    expect(resolved).toEqual({
      authorizerKind: 'cognito',
      identityHeader: 'Authorization',
      source: { kind: 'manual', updatedAt: NOW },
    });
    expect(resolved?.userPoolIds).toBeUndefined();
    expect(resolved?.clientIds).toBeUndefined();
    expect(resolved?.methodScopes).toBeUndefined();
  });

  test('a hand-entered configuration with a token validation regex', () => {
    const config: ApiConfig = {
      ...base,
      userPoolIds: [POOL_A],
      clientIds: [CLIENT_A],
      tokenValidationRegex: `^${CLIENT_A}$`,
      authorizerId: 'x7y8z9',
    };
    expect(resolveCallConfiguration([config], capturedCall('GET', `${REST}/prod/x`))).toEqual({
      authorizerKind: 'cognito',
      identityHeader: 'Authorization',
      userPoolIds: [POOL_A],
      clientIds: [CLIENT_A],
      tokenValidationRegex: `^${CLIENT_A}$`,
      authorizerId: 'x7y8z9',
      source: { kind: 'manual', updatedAt: NOW },
    });
  });
});
