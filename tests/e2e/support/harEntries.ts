// HAR entries for the pages that read HAR (the HAR page, the DevTools panel), built on the unit
// tests' Chrome-shaped builders: API Gateway answers as a REST API sends them.
import { chromeEntry } from '../../unit/har/chromeHar';

export const EXPLICIT_DENY = 'User is not authorized to access this resource with an explicit deny';

export function gatewayUrl(apiId: string, path: string): string {
  return `https://${apiId}.execute-api.eu-west-1.amazonaws.com${path}`;
}

export function jsonContent(text: string) {
  return { size: text.length, mimeType: 'application/json', text };
}

/** A REST API's own error answer: `x-amzn-ErrorType` and `x-amzn-RequestId` (aws-facts.md §2). */
export function restErrorHeaders(errorType: string) {
  return [
    { name: 'content-type', value: 'application/json' },
    { name: 'x-amzn-RequestId', value: '5d4e3c2b-0000-4000-8000-000000000001' },
    { name: 'x-amzn-ErrorType', value: errorType },
  ];
}

export interface ExchangeOptions {
  apiId: string;
  path: string;
  token: string;
  startedDateTime: string;
}

export function unauthorizedEntry({ apiId, path, token, startedDateTime }: ExchangeOptions) {
  return chromeEntry({
    url: gatewayUrl(apiId, path),
    startedDateTime,
    requestHeaders: [{ name: 'authorization', value: token }],
    responseHeaders: restErrorHeaders('UnauthorizedException'),
    content: jsonContent('{"message":"Unauthorized"}'),
  });
}

export function explicitDenyEntry({ apiId, path, token, startedDateTime }: ExchangeOptions) {
  return chromeEntry({
    url: gatewayUrl(apiId, path),
    status: 403,
    startedDateTime,
    requestHeaders: [{ name: 'authorization', value: token }],
    responseHeaders: restErrorHeaders('AccessDeniedException'),
    content: jsonContent(JSON.stringify({ Message: EXPLICIT_DENY })),
  });
}

export function okEntry({ apiId, path, token, startedDateTime }: ExchangeOptions) {
  return chromeEntry({
    url: gatewayUrl(apiId, path),
    status: 200,
    startedDateTime,
    requestHeaders: [{ name: 'authorization', value: token }],
    responseHeaders: [{ name: 'content-type', value: 'application/json' }],
    content: jsonContent('[]'),
  });
}
