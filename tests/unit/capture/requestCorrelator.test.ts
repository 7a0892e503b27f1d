import { describe, expect, test } from 'vitest';
import {
  CROWDED_HEADER_LIMITS,
  DEFAULT_CORRELATOR_LIMITS,
  MAX_HEADER_LIST_BYTES,
  MAX_HEADER_VALUE_BYTES,
  RequestCorrelator,
  type RequestHeadersEvent,
  type ResponseHeadersEvent,
} from '../../../src/core/capture/requestCorrelator';

const API = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders';

function sent(
  requestId: string,
  timeStamp: number,
  overrides: Partial<RequestHeadersEvent> = {},
): RequestHeadersEvent {
  return {
    requestId,
    tabId: 7,
    url: API,
    method: 'GET',
    timeStamp,
    requestHeaders: [{ name: 'authorization', value: `token-of-${requestId}` }],
    initiator: 'https://app.example.com',
    type: 'xmlhttprequest',
    ...overrides,
  };
}

function answered(
  requestId: string,
  timeStamp: number,
  overrides: Partial<ResponseHeadersEvent> = {},
): ResponseHeadersEvent {
  return {
    requestId,
    tabId: 7,
    url: API,
    method: 'GET',
    timeStamp,
    statusCode: 401,
    statusLine: 'HTTP/1.1 401',
    responseHeaders: [{ name: 'x-amzn-ErrorType', value: 'UnauthorizedException' }],
    ...overrides,
  };
}

describe('RequestCorrelator', () => {
  test('joins request headers with the 401 response and keeps the request time', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent('1', 1000));
    const call = correlator.resolveResponse(answered('1', 1250));
    expect(call).toMatchObject({
      requestId: '1',
      tabId: 7,
      method: 'GET',
      requestTime: 1000,
      responseTime: 1250,
      statusCode: 401,
      initiator: 'https://app.example.com',
      requestHeaders: [{ name: 'authorization', value: 'token-of-1' }],
      responseHeaders: [{ name: 'x-amzn-ErrorType', value: 'UnauthorizedException' }],
      api: { apiId: 'a1b2c3d4e5', stage: 'prod', resourcePath: '/orders' },
    });
    expect(correlator.pendingCount).toBe(0);
  });

  test.each([200, 403, 500, 204])('does not capture a %i and forgets the request', (statusCode) => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent('1', 1000));
    expect(correlator.resolveResponse(answered('1', 1100, { statusCode }))).toBeNull();
    expect(correlator.pendingCount).toBe(0);
  });

  test.each([
    [403, 'MissingAuthenticationTokenException'],
    [403, 'AccessDeniedException'],
    [403, 'ForbiddenException'],
    [500, 'AuthorizerConfigurationException'],
    [500, 'AuthorizerFailureException'],
  ])('captures a %i %s (CHECKS.md "What else is captured")', (statusCode, errorType) => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent('1', 1000));
    const call = correlator.resolveResponse(
      answered('1', 1100, {
        statusCode,
        statusLine: `HTTP/1.1 ${statusCode}`,
        responseHeaders: [
          { name: 'x-amzn-RequestId', value: 'r' },
          { name: 'x-amzn-ErrorType', value: errorType },
        ],
      }),
    );
    expect(call).toMatchObject({ statusCode, api: { apiId: 'a1b2c3d4e5', stage: 'prod' } });
    expect(call?.requestHeaders).toEqual([{ name: 'authorization', value: 'token-of-1' }]);
  });

  test("captures an HTTP API's 403 (apigw-requestid, no error type), not an integration's 403 or 500", () => {
    const correlator = new RequestCorrelator();
    const httpApi403 = answered('1', 1100, {
      statusCode: 403,
      responseHeaders: [{ name: 'apigw-requestid', value: 'Abc=' }],
    });
    expect(correlator.resolveResponse(httpApi403)?.statusCode).toBe(403);
    const backend = [
      { name: 'x-amzn-RequestId', value: 'r' },
      { name: 'x-amzn-trace-id', value: 'Root=1-a' },
    ];
    expect(
      correlator.resolveResponse(answered('2', 1100, { statusCode: 403, responseHeaders: backend })),
    ).toBeNull();
    expect(
      correlator.resolveResponse(answered('3', 1100, { statusCode: 500, responseHeaders: backend })),
    ).toBeNull();
  });

  test('ignores 401s from hosts that are not API Gateway', () => {
    const correlator = new RequestCorrelator();
    const url = 'https://cognito-idp.eu-west-1.amazonaws.com/';
    correlator.recordRequest(sent('1', 1000, { url }));
    expect(correlator.pendingCount).toBe(0);
    expect(correlator.resolveResponse(answered('1', 1100, { url }))).toBeNull();
  });

  test('pairs interleaved requests by requestId, whatever order the responses come in', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent('a', 1000));
    correlator.recordRequest(sent('b', 1001));
    correlator.recordRequest(sent('c', 1002));
    const c = correlator.resolveResponse(answered('c', 1100));
    const a = correlator.resolveResponse(answered('a', 1101));
    const b = correlator.resolveResponse(answered('b', 1102));
    expect([a, b, c].map((call) => call?.requestHeaders?.[0]?.value)).toEqual([
      'token-of-a',
      'token-of-b',
      'token-of-c',
    ]);
    expect([a, b, c].map((call) => call?.requestTime)).toEqual([1000, 1001, 1002]);
  });

  test('captures a response whose request headers were never seen, saying so', () => {
    const correlator = new RequestCorrelator();
    const call = correlator.resolveResponse(answered('lost', 5000));
    expect(call).not.toBeNull();
    expect(call?.requestHeaders).toBeUndefined();
    expect(call?.requestTime).toBe(5000);
  });

  test('a request-headers event arriving after its response does not linger', () => {
    const correlator = new RequestCorrelator({ maxAgeMs: 1000 });
    correlator.resolveResponse(answered('late', 5000));
    correlator.recordRequest(sent('late', 5001));
    expect(correlator.pendingCount).toBe(1);
    correlator.recordRequest(sent('next', 7000));
    expect(correlator.pendingCount).toBe(1);
  });

  test('a redirect keeps the latest request headers', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(
      sent('r', 1000, { requestHeaders: [{ name: 'authorization', value: 'first' }] }),
    );
    correlator.recordRequest(
      sent('r', 1010, { requestHeaders: [{ name: 'authorization', value: 'second' }] }),
    );
    expect(correlator.pendingCount).toBe(1);
    expect(correlator.resolveResponse(answered('r', 1100))?.requestHeaders?.[0]?.value).toBe('second');
  });

  test('does not pair headers of another URL that reused the requestId', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent('r', 1000, { url: `${API}/old` }));
    const call = correlator.resolveResponse(answered('r', 1100));
    expect(call?.requestHeaders).toBeUndefined();
  });

  test('requests that never complete are bounded in number, oldest dropped first', () => {
    const correlator = new RequestCorrelator({ maxPending: 3, maxAgeMs: 60_000 });
    for (let index = 0; index < 10; index++) correlator.recordRequest(sent(String(index), 1000 + index));
    expect(correlator.pendingCount).toBe(3);
    expect(correlator.resolveResponse(answered('0', 1100))?.requestHeaders).toBeUndefined();
    expect(correlator.resolveResponse(answered('9', 1100))?.requestHeaders?.[0]?.value).toBe('token-of-9');
  });

  test('requests that never complete age out (a failed preflight leaves one behind)', () => {
    const correlator = new RequestCorrelator({ maxPending: 100, maxAgeMs: 1000 });
    correlator.recordRequest(sent('orphan', 1000));
    correlator.recordRequest(sent('young', 2500));
    expect(correlator.pendingCount).toBe(1);
  });

  test('a request that ended without a response is aged out, no end event needed', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent('failed', 1000));
    correlator.recordRequest(sent('later', 1000 + DEFAULT_CORRELATOR_LIMITS.maxAgeMs + 1));
    expect(correlator.pendingCount).toBe(1);
  });

  test('holds as many requests in flight as Chrome lets through, every one keeping its headers', () => {
    const correlator = new RequestCorrelator();
    const inFlight = 1000;
    for (let index = 0; index < inFlight; index++) {
      correlator.recordRequest(
        sent(`r${index}`, 1000, { requestHeaders: [{ name: 'authorization', value: `t${index}` }] }),
      );
    }
    for (let index = 0; index < inFlight; index++) {
      const call = correlator.resolveResponse(answered(`r${index}`, 1100));
      expect(call?.requestHeaders).toEqual([{ name: 'authorization', value: `t${index}` }]);
    }
  });

  test('captures a preflight 401 (OPTIONS, no Authorization)', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(
      sent('p', 1000, {
        method: 'OPTIONS',
        type: 'other',
        requestHeaders: [{ name: 'Access-Control-Request-Method', value: 'GET' }],
      }),
    );
    const call = correlator.resolveResponse(answered('p', 1050, { method: 'OPTIONS', type: 'other' }));
    expect(call).toMatchObject({ method: 'OPTIONS', resourceType: 'other' });
  });

  test('cuts absurdly long header values and marks them', () => {
    const correlator = new RequestCorrelator();
    const huge = 'x'.repeat(1024 * 1024);
    correlator.recordRequest(sent('big', 1000, { requestHeaders: [{ name: 'authorization', value: huge }] }));
    const header = correlator.resolveResponse(answered('big', 1100))?.requestHeaders?.[0];
    expect(header?.value.length).toBe(MAX_HEADER_VALUE_BYTES);
    expect(header?.truncated).toBe(true);
  });

  test('cuts by UTF-8 bytes, not characters, and never inside a character', () => {
    const correlator = new RequestCorrelator();
    const value = '日'.repeat(60_000 / 3);
    correlator.recordRequest(sent('cjk', 1000, { requestHeaders: [{ name: 'x-name', value }] }));
    const header = correlator.resolveResponse(answered('cjk', 1100))?.requestHeaders?.[0];
    expect(new TextEncoder().encode(header?.value).length).toBeLessThanOrEqual(MAX_HEADER_VALUE_BYTES);
    expect(header?.value).toBe('日'.repeat(Math.floor(MAX_HEADER_VALUE_BYTES / 3)));
    expect(header?.truncated).toBe(true);
  });

  test('bounds a whole header list in bytes, however many headers', () => {
    const correlator = new RequestCorrelator();
    const requestHeaders = Array.from({ length: 10 }, (_, index) => ({
      name: `x-${index}`,
      value: 'v'.repeat(30_000),
    }));
    correlator.recordRequest(sent('many', 1000, { requestHeaders }));
    const headers = correlator.resolveResponse(answered('many', 1100))?.requestHeaders ?? [];
    expect(headers).toHaveLength(10);
    const total = headers.reduce((sum, header) => sum + header.value.length, 0);
    expect(total).toBe(MAX_HEADER_LIST_BYTES);
    expect(headers.at(-1)).toEqual({ name: 'x-9', value: '', truncated: true });
  });

  test('keeps only the presence and length of cookies', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(
      sent('c', 1000, {
        requestHeaders: [
          { name: 'Cookie', value: 'session=é-secret' },
          { name: 'authorization', value: 'x' },
        ],
      }),
    );
    const call = correlator.resolveResponse(
      answered('c', 1100, { responseHeaders: [{ name: 'set-cookie', value: 'a=b' }] }),
    );
    expect(call?.requestHeaders).toEqual([
      { name: 'Cookie', value: '', omittedBytes: 17 },
      { name: 'authorization', value: 'x' },
    ]);
    expect(call?.responseHeaders).toEqual([{ name: 'set-cookie', value: '', omittedBytes: 3 }]);
    expect(JSON.stringify(call)).not.toContain('secret');
  });

  test('keeps calls without a tab (tabId -1)', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(sent('sw', 1000, { tabId: -1 }));
    expect(correlator.resolveResponse(answered('sw', 1100, { tabId: -1 }))?.tabId).toBe(-1);
  });
});

describe('memory held by requests in flight', () => {
  test('past the pending byte budget, new requests keep shorter values, marked as cut, and the token', () => {
    const correlator = new RequestCorrelator({ maxPendingBytes: 100_000 });
    const big = 'p'.repeat(32 * 1024);
    for (let index = 0; index < 10; index++) {
      correlator.recordRequest(
        sent(`r${index}`, 1000, {
          requestHeaders: [
            { name: 'authorization', value: `token-${index}` },
            { name: 'x-payload', value: big },
          ],
        }),
      );
    }
    // Three fit whole; the others keep 8 KiB of the payload. All keep the token.
    expect(correlator.pendingHeaderBytes).toBeLessThan(100_000 + 10 * CROWDED_HEADER_LIMITS.listBytes);
    const first = correlator.resolveResponse(answered('r0', 1100))?.requestHeaders;
    expect(first?.[1]?.value.length).toBe(big.length);
    const crowded = correlator.resolveResponse(answered('r9', 1100))?.requestHeaders;
    expect(crowded?.[0]).toEqual({ name: 'authorization', value: 'token-9' });
    expect(crowded?.[1]).toMatchObject({ truncated: true });
    expect(crowded?.[1]?.value.length).toBe(CROWDED_HEADER_LIMITS.valueBytes);
  });

  test('the budget is given back when responses come', () => {
    const correlator = new RequestCorrelator();
    correlator.recordRequest(
      sent('a', 1000, { requestHeaders: [{ name: 'authorization', value: 'x'.repeat(500) }] }),
    );
    expect(correlator.pendingHeaderBytes).toBe(500);
    correlator.resolveResponse(answered('a', 1100));
    expect(correlator.pendingHeaderBytes).toBe(0);
  });
});
