import { describe, expect, test } from 'vitest';
import { parseApiGatewayUrl } from '../../../src/core/capture/apiGatewayUrl';
import type { CapturedCall, HttpHeader } from '../../../src/core/capture/types';
import type { ApiConfig } from '../../../src/core/config/model';
import { resolveCallConfiguration } from '../../../src/core/config/resolveCallConfiguration';
import { diagnose } from '../../../src/core/diagnosis';
import { apiTypeFromResponse, readStage, withStageRead } from '../../../src/core/diagnosis/stageOfCall';
import { BACKEND_401, httpApi401 } from './tokenFactory';

const API = 'a1b2c3d4e5';
const HTTP_401 = httpApi401(
  'Bearer scope="" error="invalid_token" error_description="the token has expired"',
);
const REST_401: HttpHeader[] = [
  { name: 'x-amzn-RequestId', value: '8b3f1c9e-1234-4cde-9f00-123456789abc' },
  { name: 'x-amzn-ErrorType', value: 'UnauthorizedException' },
];
const HTTP_NO_TOKEN: HttpHeader[] = [{ name: 'www-authenticate', value: 'Bearer' }];
const ONLY_REQUEST_ID: HttpHeader[] = [{ name: 'apigw-requestid', value: 'Abc1DefGHIjKLmn=' }];

/** A call as the capture stores it: the URL parsed by the hot-path parser, first segment as stage. */
function call(path: string, responseHeaders: HttpHeader[]): CapturedCall {
  const url = `https://${API}.execute-api.eu-west-1.amazonaws.com${path}`;
  const api = parseApiGatewayUrl(url);
  if (api === undefined) throw new Error(`not an API Gateway URL: ${url}`);
  return {
    id: 'c1',
    requestId: '1',
    tabId: 1,
    url,
    method: 'GET',
    requestTime: 1_795_000_000_000,
    responseTime: 1_795_000_000_050,
    statusCode: 401,
    statusLine: 'HTTP/1.1 401 Unauthorized',
    requestHeaders: [],
    responseHeaders,
    api,
  };
}

function config(stage: string | undefined, extra: Partial<ApiConfig> = {}): ApiConfig {
  return {
    apiId: API,
    ...(stage === undefined ? {} : { stage }),
    authorizerKind: 'jwt',
    identityHeader: 'Authorization',
    userPoolIds: [],
    clientIds: [],
    methods: [],
    source: { kind: 'manual', updatedAt: 0 },
    ...extra,
  };
}

describe('apiTypeFromResponse', () => {
  test.each([
    [HTTP_401, 'http'],
    [HTTP_NO_TOKEN, 'http'],
    [ONLY_REQUEST_ID, 'http'],
    [REST_401, 'rest'],
    [BACKEND_401, 'rest'],
    // A REST answer that also carries www-authenticate (a backend's, or a REST JWT authorizer's) stays REST.
    [[...REST_401, { name: 'www-authenticate', value: 'Bearer' }], 'rest'],
    [[{ name: 'content-type', value: 'application/json' }], 'unknown'],
    [[], 'unknown'],
  ] as const)('%j → %s', (headers, type) => {
    expect(apiTypeFromResponse({ responseHeaders: [...headers] })).toBe(type);
  });
});

describe('readStage', () => {
  test.each([
    // [path, response, configs, stage, resourcePath, basis]
    ['/orders', HTTP_401, [], '$default', '/orders', 'http-api-response'],
    ['/orders/42', HTTP_NO_TOKEN, [], '$default', '/orders/42', 'http-api-response'],
    ['/', HTTP_401, [], '$default', '/', 'http-api-response'],
    ['', HTTP_401, [], '$default', '/', 'http-api-response'],
    ['/prod/orders', REST_401, [], 'prod', '/orders', 'url'],
    ['/prod/orders', [], [], 'prod', '/orders', 'url'],
    ['/', REST_401, [], undefined, '/', 'url'],
    // Configuration settles it either way.
    ['/v1/orders', HTTP_401, [config('v1')], 'v1', '/orders', 'configuration'],
    ['/orders', REST_401, [config('$default')], '$default', '/orders', 'configuration'],
    ['/v2/orders', HTTP_401, [config('v1'), config('$default')], '$default', '/v2/orders', 'configuration'],
    // A configuration for every stage says nothing about which one: the response decides.
    ['/orders', HTTP_401, [config(undefined)], '$default', '/orders', 'http-api-response'],
    // Another API's configuration is not this one's.
    ['/orders', REST_401, [config('$default', { apiId: 'zzzzzzzzzz' })], 'orders', '/', 'url'],
  ] as const)(
    '%s with %j and %j → stage %s, path %s (%s)',
    (path, headers, configs, stage, resourcePath, basis) => {
      const reading = readStage(call(path, [...headers]), configs);
      expect(reading).toEqual({ ...(stage === undefined ? {} : { stage }), resourcePath, basis });
    },
  );
});

describe('withStageRead', () => {
  test('a REST call comes back as the same object', () => {
    const rest = call('/prod/orders', REST_401);
    expect(withStageRead(rest, [])).toBe(rest);
  });

  test("an HTTP API call on $default: stage and path change, the URL's own path does not", () => {
    const read = withStageRead(call('/orders', HTTP_401), []);
    expect(read.api).toMatchObject({ stage: '$default', resourcePath: '/orders', path: '/orders' });
  });

  test('the configured $default route matches the whole path, not the path after a first segment', () => {
    const configs = [
      config('$default', {
        methods: [{ method: 'GET', path: '/orders', authorizationType: 'JWT', scopes: ['orders/read'] }],
      }),
    ];
    const read = withStageRead(call('/orders', HTTP_401), configs);
    expect(resolveCallConfiguration(configs, read)?.methodScopes).toEqual(['orders/read']);
  });

  test("the filled commands name the $default stage, quoted for the shell, never the path's first segment", () => {
    const diagnosis = diagnose({ call: withStageRead(call('/orders', HTTP_401), []) });
    const deployed = diagnosis.checks.find((check) => check.id === 'manual.deployed');
    const texts = deployed?.commands.map((command) => command.text) ?? [];
    expect(texts).toContain(
      `aws apigatewayv2 create-deployment --api-id ${API} --stage-name '$default' --region eu-west-1`,
    );
    expect(texts.join('\n')).not.toContain('orders');
  });
});
