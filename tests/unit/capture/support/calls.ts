import type { CapturedCall } from '../../../../src/core/capture/types';

/** A captured 401 with one request header, the smallest call the store accepts. */
export function capturedCall(id: string, tabId: number, headerValue = 'x'): CapturedCall {
  return {
    id,
    requestId: id,
    tabId,
    url: `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/${id}`,
    method: 'GET',
    requestTime: 1000,
    responseTime: 1001,
    statusCode: 401,
    statusLine: 'HTTP/1.1 401',
    requestHeaders: [{ name: 'authorization', value: headerValue }],
    responseHeaders: [],
    api: {
      host: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
      apiId: 'a1b2c3d4e5',
      region: 'eu-west-1',
      partition: 'aws',
      stage: 'prod',
      resourcePath: `/${id}`,
      path: `/prod/${id}`,
    },
  };
}

/** UTF-8 bytes of a value once stored as JSON (what Chrome's quota counts, near enough). */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
