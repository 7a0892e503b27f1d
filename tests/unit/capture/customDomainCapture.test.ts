import { describe, expect, test } from 'vitest';
import {
  API_CALL_URL_PATTERNS,
  customDomainTarget,
  isApiCandidateUrl,
} from '../../../src/core/capture/apiGatewayUrl';
import { summarize } from '../../../src/core/capture/captureStore';
import {
  RequestCorrelator,
  type RequestHeadersEvent,
  type ResponseHeadersEvent,
} from '../../../src/core/capture/requestCorrelator';
import type { HttpHeader } from '../../../src/core/capture/types';

const CUSTOM = 'https://api.example.com/v1/orders/42?expand=1';

function sent(url: string, requestId = '1'): RequestHeadersEvent {
  return {
    requestId,
    tabId: 4,
    url,
    method: 'GET',
    timeStamp: 1000,
    requestHeaders: [{ name: 'Authorization', value: 'Bearer a.b.c' }],
    initiator: 'https://app.example.com',
    type: 'xmlhttprequest',
  };
}

function answered(
  url: string,
  statusCode: number,
  responseHeaders: HttpHeader[],
  requestId = '1',
): ResponseHeadersEvent {
  return { requestId, tabId: 4, url, method: 'GET', timeStamp: 1200, statusCode, responseHeaders };
}

/** aws-facts.md §2: a REST authorizer's 401 carries these; aws-facts.md §4: an HTTP API's, `apigw-requestid`. */
const REST_401: HttpHeader[] = [
  { name: 'x-amzn-RequestId', value: 'f3c1' },
  { name: 'x-amzn-ErrorType', value: 'UnauthorizedException' },
  { name: 'x-amz-apigw-id', value: 'Ab1=' },
];
const HTTP_API_401: HttpHeader[] = [
  { name: 'apigw-requestid', value: 'Ab1=' },
  { name: 'www-authenticate', value: 'Bearer error="invalid_token"' },
];

describe('which requests may be API calls', () => {
  test.each([
    ['https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/x', true],
    ['https://api.example.com/orders', true],
    ['https://localhost:8443/api', true],
    // AWS's own hosts that are not API Gateway: S3, CloudFront names, the sign-in domains.
    ['https://bucket.s3.eu-west-1.amazonaws.com/a.png', false],
    ['https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/token', false],
    ['https://cognito-idp.eu-west-1.amazonaws.com/', false],
    // API Gateway answers over HTTPS only.
    ['http://api.example.com/orders', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isApiCandidateUrl(url)).toBe(expected);
  });

  test('the filter is every https host: Chrome narrows it to the granted ones', () => {
    expect(API_CALL_URL_PATTERNS).toEqual(['https://*/*']);
  });
});

describe('customDomainTarget', () => {
  test('keeps host and path, with no API id, region or stage until a mapping names them', () => {
    expect(customDomainTarget(CUSTOM)).toEqual({
      host: 'api.example.com',
      apiId: '',
      region: '',
      partition: 'aws',
      resourcePath: '/v1/orders/42',
      path: '/v1/orders/42',
      customDomain: {},
    });
  });

  test('is undefined for execute-api hosts, AWS hosts, http and bad URLs', () => {
    expect(
      customDomainTarget('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/x'),
    ).toBeUndefined();
    expect(customDomainTarget('https://bucket.s3.amazonaws.com/x')).toBeUndefined();
    expect(customDomainTarget('http://api.example.com/x')).toBeUndefined();
    expect(customDomainTarget('::')).toBeUndefined();
  });
});

describe('capture on a custom domain name', () => {
  test.each([
    ['REST', REST_401],
    ['HTTP API', HTTP_API_401],
  ])("a 401 with API Gateway's own headers (%s) is captured with its request headers", (_kind, headers) => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent(CUSTOM));
    const call = correlator.resolveResponse(answered(CUSTOM, 401, headers));
    expect(call).toMatchObject({
      url: CUSTOM,
      statusCode: 401,
      requestHeaders: [{ name: 'Authorization', value: 'Bearer a.b.c' }],
      api: { host: 'api.example.com', apiId: '', customDomain: {} },
    });
  });

  test('the same 401 without them is not captured, and neither is a 200', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent(CUSTOM, '1'));
    expect(
      correlator.resolveResponse(
        answered(CUSTOM, 401, [{ name: 'content-type', value: 'application/json' }], '1'),
      ),
    ).toBeNull();
    correlator.recordRequest(sent(CUSTOM, '2'));
    expect(correlator.resolveResponse(answered(CUSTOM, 200, REST_401, '2'))).toBeNull();
    // Nothing stays pending: both answers removed their request.
    expect(correlator.pendingCount).toBe(0);
  });

  test("a 403 about access is captured with the gateway's error type; another 403 is not", () => {
    const correlator = new RequestCorrelator();
    const denied = [
      { name: 'x-amzn-RequestId', value: 'r' },
      { name: 'x-amzn-ErrorType', value: 'AccessDeniedException' },
    ];
    expect(correlator.resolveResponse(answered(CUSTOM, 403, denied))?.statusCode).toBe(403);
    const waf = [
      { name: 'x-amzn-RequestId', value: 'r' },
      { name: 'x-amzn-ErrorType', value: 'SomethingElse' },
    ];
    expect(correlator.resolveResponse(answered(CUSTOM, 403, waf, '2'))).toBeNull();
  });

  test('requests to S3 are not held while waiting for their answer', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent('https://bucket.s3.eu-west-1.amazonaws.com/a.png'));
    expect(correlator.pendingCount).toBe(0);
    correlator.recordRequest(sent(CUSTOM));
    expect(correlator.pendingCount).toBe(1);
  });

  test('the list summary marks the call as on a custom domain, with its host in the URL', () => {
    const correlator = new RequestCorrelator();
    const call = correlator.resolveResponse(answered(CUSTOM, 401, REST_401));
    if (call === null) throw new Error('not captured');
    const summary = summarize(call);
    expect(summary.url).toBe('https://api.example.com/v1/orders/42');
    expect(summary.api).toMatchObject({ apiId: '', region: '', customDomain: {} });
  });
});
