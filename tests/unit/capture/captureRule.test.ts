import { describe, expect, test } from 'vitest';
import { captureVerdict } from '../../../src/core/capture/captureRule';
import type { HttpHeader } from '../../../src/core/capture/types';
import { API_HOST, BACKEND_401, httpApi401, REST_AUTHORIZER_401 } from '../diagnosis/tokenFactory';

const API = `https://${API_HOST}/prod/orders`;
const CUSTOM = 'https://api.example.com/v1/orders';
const rest = (errorType: string): HttpHeader[] => [
  { name: 'x-amzn-RequestId', value: '8b3f1c9e-1234-4cde-9f00-123456789abc' },
  { name: 'x-amzn-ErrorType', value: `${errorType}:http://internal.amazon.com/coral/com.amazonaws.gateway/` },
];
const HTTP_API: HttpHeader[] = [{ name: 'apigw-requestid', value: 'Abc1DefGHIjKLmn=' }];
const PLAIN: HttpHeader[] = [{ name: 'content-type', value: 'application/json' }];

describe('captureVerdict (CHECKS.md "What else is captured")', () => {
  test.each([
    // url, status, headers, expected reason (undefined: not captured), expected api
    [API, 401, REST_AUTHORIZER_401, 'unauthorized', true],
    [API, 401, PLAIN, 'unauthorized', true],
    [API, 401, BACKEND_401, 'unauthorized', true],
    [API, 401, httpApi401('Bearer'), 'unauthorized', true],
    [API, 403, rest('AccessDeniedException'), 'access-denied', true],
    [API, 403, rest('MissingAuthenticationTokenException'), 'access-denied', true],
    [API, 403, rest('ForbiddenException'), 'access-denied', true],
    [API, 403, rest('WAFFilteredException'), undefined, false],
    [API, 403, HTTP_API, 'access-denied', true],
    [API, 403, PLAIN, undefined, false],
    [API, 500, rest('AuthorizerConfigurationException'), 'authorizer-error', true],
    [API, 500, rest('AuthorizerFailureException'), 'authorizer-error', true],
    [API, 500, rest('InternalServerErrorException'), undefined, false],
    [API, 500, PLAIN, undefined, false],
    [API, 200, REST_AUTHORIZER_401, undefined, false],
    [API, 502, rest('AuthorizerConfigurationException'), undefined, false],
    // Custom domain names: API Gateway's own headers decide.
    [CUSTOM, 401, REST_AUTHORIZER_401, 'unauthorized', false],
    [CUSTOM, 401, HTTP_API, 'unauthorized', false],
    [
      CUSTOM,
      401,
      [
        { name: 'x-amzn-RequestId', value: 'r' },
        { name: 'x-amz-apigw-id', value: 'i' },
      ],
      'unauthorized',
      false,
    ],
    [CUSTOM, 401, [{ name: 'x-amzn-RequestId', value: 'r' }], undefined, false],
    [CUSTOM, 401, PLAIN, undefined, false],
    [CUSTOM, 403, rest('AccessDeniedException'), 'access-denied', false],
    [CUSTOM, 403, PLAIN, undefined, false],
    // A private API's name parses like any execute-api host.
    [
      `https://a1b2c3d4e5-vpce-0123456789abcdef0.execute-api.eu-west-1.amazonaws.com/prod/x`,
      401,
      PLAIN,
      'unauthorized',
      true,
    ],
  ] as const)('%s %i %j → %s', (url, statusCode, responseHeaders, reason, hasApi) => {
    const verdict = captureVerdict({ url, statusCode, responseHeaders });
    expect(verdict?.reason).toBe(reason);
    expect(verdict?.api !== undefined).toBe(hasApi);
  });

  test("uses the caller's parse of the URL when given, the same as its own", () => {
    const own = captureVerdict({ url: API, statusCode: 401, responseHeaders: PLAIN });
    const parsed = own?.api;
    expect(parsed).toBeDefined();
    const given = captureVerdict({
      url: API,
      statusCode: 401,
      responseHeaders: PLAIN,
      ...(parsed && { api: parsed }),
    });
    expect(given).toEqual(own);
    expect(given?.api).toBe(parsed);
  });

  test('a private API keeps its API id', () => {
    const verdict = captureVerdict({
      url: 'https://a1b2c3d4e5-vpce-0123456789abcdef0.execute-api.eu-west-1.amazonaws.com/prod/x',
      statusCode: 401,
      responseHeaders: [],
    });
    expect(verdict?.api).toMatchObject({
      apiId: 'a1b2c3d4e5',
      region: 'eu-west-1',
      stage: 'prod',
      resourcePath: '/x',
    });
    expect(verdict?.gateway).toBe('none');
  });
});
