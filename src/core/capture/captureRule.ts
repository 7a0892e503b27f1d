import { parseApiGatewayUrl } from './apiGatewayUrl';
import { findHeader } from './headerDisplay';
import type { ApiGatewayTarget, HttpHeader } from './types';

/**
 * Why a response is worth a diagnosis (CHECKS.md, "What else is captured"):
 * - `unauthorized`: a 401;
 * - `access-denied`: a 403 that API Gateway itself produced about access;
 * - `authorizer-error`: a 500 that names the authorizer.
 */
export type CaptureReason = 'unauthorized' | 'access-denied' | 'authorizer-error';

export interface CaptureVerdict {
  reason: CaptureReason;
  /**
   * The API behind an execute-api host (private API names included). Undefined for a custom domain
   * name recognised by API Gateway's headers: its API id and stage come from base path mappings,
   * which the capture model cannot hold yet (issue 12).
   */
  api?: ApiGatewayTarget;
  /** Which of API Gateway's own headers the response carries. */
  gateway: 'rest' | 'http-api' | 'none';
}

export interface ResponseToJudge {
  url: string;
  statusCode: number;
  responseHeaders: readonly HttpHeader[];
  /** `parseApiGatewayUrl(url)`, when the caller already has it (the worker parses each URL once). */
  api?: ApiGatewayTarget;
}

/** No other status is ever captured: callers may rule a response out on this alone. */
export const CAPTURABLE_STATUSES: ReadonlySet<number> = new Set([401, 403, 500]);

/** aws-facts.md §2 "403 variants": the `x-amzn-ErrorType` values of a REST gateway's own 403s about access. */
const ACCESS_DENIED_403 = new Set([
  'AccessDeniedException',
  'MissingAuthenticationTokenException',
  'ForbiddenException',
]);

/** aws-facts-2.md §4: only a custom (Lambda) authorizer makes the gateway answer these 500s (a crash, a timeout). */
const AUTHORIZER_500 = new Set(['AuthorizerConfigurationException', 'AuthorizerFailureException']);

function errorTypeOf(headers: readonly HttpHeader[]): string | undefined {
  return findHeader(headers, 'x-amzn-ErrorType')?.value.split(':')[0]?.trim() || undefined;
}

/**
 * API Gateway's own response headers (CHECKS.md "Custom domain names"): `x-amzn-RequestId` with
 * `x-amzn-ErrorType` or `x-amz-apigw-id` for REST, `apigw-requestid` for HTTP APIs. Other AWS
 * services also send `x-amzn-RequestId` + `x-amzn-ErrorType`; whether any of them answers a
 * browser call with one of the captured statuses is [unverified], so this stays one small test.
 */
function gatewayHeaders(headers: readonly HttpHeader[]): CaptureVerdict['gateway'] {
  if (findHeader(headers, 'apigw-requestid')) return 'http-api';
  const rest =
    findHeader(headers, 'x-amzn-RequestId') !== undefined &&
    (findHeader(headers, 'x-amzn-ErrorType') !== undefined ||
      findHeader(headers, 'x-amz-apigw-id') !== undefined);
  return rest ? 'rest' : 'none';
}

function reasonFor(statusCode: number, errorType: string | undefined, gateway: CaptureVerdict['gateway']) {
  if (statusCode === 401) return 'unauthorized';
  if (statusCode === 403) {
    if (errorType !== undefined) return ACCESS_DENIED_403.has(errorType) ? 'access-denied' : undefined;
    // An HTTP API's 403 carries no error type: its JWT authorizer answers 403 for missing scopes.
    return gateway === 'http-api' ? 'access-denied' : undefined;
  }
  if (statusCode === 500 && errorType !== undefined && AUTHORIZER_500.has(errorType))
    return 'authorizer-error';
  return undefined;
}

/**
 * The one decision "would the extension capture this response?", for every source of calls (the
 * HAR import today; the worker and the DevTools panel are to use it too). Sign-in steps on
 * `*.amazoncognito.com` (SIGNIN.md) are the next rule to add here. Pure and linear in the number
 * of headers.
 */
export function captureVerdict(response: ResponseToJudge): CaptureVerdict | undefined {
  const { statusCode, responseHeaders } = response;
  if (!CAPTURABLE_STATUSES.has(statusCode)) return undefined;
  const gateway = gatewayHeaders(responseHeaders);
  const reason = reasonFor(statusCode, errorTypeOf(responseHeaders), gateway);
  if (reason === undefined) return undefined;
  const api = response.api ?? parseApiGatewayUrl(response.url);
  if (api) return { reason, api, gateway };
  // Another host: only API Gateway's own headers make it an API Gateway answer.
  return gateway === 'none' ? undefined : { reason, gateway };
}
