import { findHeader } from '../capture/headerDisplay';
import type { HttpHeader } from '../capture/types';
import type { CallConfiguration } from '../config/model';
import type { AuthorizerGuess } from './types';

export interface WwwAuthenticate {
  scheme: string;
  /** `scope`, `error`, `error_description`, … as sent (quotes removed). */
  params: Record<string, string>;
  /** `www-authenticate: Bearer` with no parameters: the HTTP API saw no token (aws-facts.md §4). */
  bare: boolean;
}

/**
 * HTTP API JWT authorizers answer `Bearer scope="…" error="invalid_token" error_description="…"`
 * (aws-facts.md §4), space-separated where RFC 6750 uses commas; both are accepted.
 */
export function parseWwwAuthenticate(value: string): WwwAuthenticate {
  const trimmed = value.trim();
  const schemeMatch = /^[A-Za-z][A-Za-z0-9_-]*/.exec(trimmed);
  const scheme = schemeMatch?.[0] ?? '';
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))/g;
  const rest = trimmed.slice(scheme.length);
  for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest)) {
    const [, name = '', quoted, plain] = match;
    if (!Object.hasOwn(params, name))
      params[name] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (plain ?? '');
  }
  return { scheme, params, bare: Object.keys(params).length === 0 };
}

export interface ResponseFacts {
  /** `x-amzn-ErrorType` without its `:…` suffix, e.g. `UnauthorizedException`. */
  errorType?: string;
  wwwAuthenticate?: WwwAuthenticate;
  /** `X-Amzn-Trace-Id` present: seen on Lambda-integration responses, not on gateway errors (aws-facts.md §2). */
  traceId: boolean;
  /** `x-amzn-Remapped-*` header names: an HTTP integration answered (aws-facts.md §2). */
  remapped: string[];
  /** `apigw-requestid`: the request id header of HTTP APIs (aws-facts.md §4). */
  httpApiRequestId: boolean;
  /** `x-amzn-RequestId` or `x-amz-apigw-id`: REST APIs (aws-facts.md §2). */
  restRequestId: boolean;
  allowOrigin?: string;
}

export function readResponse(headers: readonly HttpHeader[]): ResponseFacts {
  const errorType = findHeader(headers, 'x-amzn-ErrorType')?.value.split(':')[0]?.trim();
  const www = findHeader(headers, 'www-authenticate');
  const allowOrigin = findHeader(headers, 'access-control-allow-origin')?.value;
  const facts: ResponseFacts = {
    traceId: findHeader(headers, 'x-amzn-trace-id') !== undefined,
    remapped: headers.filter((header) => /^x-amzn-remapped-/i.test(header.name)).map((header) => header.name),
    httpApiRequestId: findHeader(headers, 'apigw-requestid') !== undefined,
    restRequestId:
      findHeader(headers, 'x-amzn-requestid') !== undefined ||
      findHeader(headers, 'x-amz-apigw-id') !== undefined,
  };
  if (errorType) facts.errorType = errorType;
  if (www) facts.wwwAuthenticate = parseWwwAuthenticate(www.value);
  if (allowOrigin !== undefined) facts.allowOrigin = allowOrigin;
  return facts;
}

/**
 * Configuration wins; otherwise the response's own headers tell REST (`x-amzn-ErrorType`,
 * `x-amzn-RequestId`) from HTTP API (`www-authenticate`, `apigw-requestid`), aws-facts.md §2 and §4.
 */
export function guessAuthorizer(
  config: CallConfiguration | undefined,
  response: ResponseFacts,
): AuthorizerGuess {
  if (config?.authorizerKind) return { kind: config.authorizerKind, basis: 'configuration' };
  if (response.errorType !== undefined) return { kind: 'cognito', basis: 'response' };
  if (response.wwwAuthenticate !== undefined || response.httpApiRequestId)
    return { kind: 'jwt', basis: 'response' };
  if (response.restRequestId) return { kind: 'cognito', basis: 'response' };
  return { kind: 'unknown', basis: 'none' };
}

/** What an HTTP API's `error_description` says, in terms of the check that can take it as its verdict. */
export type GatewayVerdict = 'expired' | 'audience' | 'segments' | 'signing-method';

/**
 * The `error_description` phrases an HTTP API JWT authorizer sends (aws-facts.md §4, CHECKS.md
 * "HTTP API"): the gateway's own verdict, which decides the check it names, configuration or not.
 * The wording is AWS's and not versioned; matching is loose on purpose and kept in this one table
 * so a new phrase is one line.
 */
const GATEWAY_VERDICTS: ReadonlyArray<[GatewayVerdict, RegExp]> = [
  ['expired', /\bexpired\b/i],
  ['audience', /\bvalid audience\b/i],
  ['segments', /\bnumber of segments\b/i],
  ['signing-method', /\bsigning method\b.*\binvalid\b/i],
];

export function gatewayVerdict(description: string | undefined): GatewayVerdict | undefined {
  if (description === undefined || description === '') return undefined;
  return GATEWAY_VERDICTS.find(([, pattern]) => pattern.test(description))?.[0];
}

/**
 * What API Gateway said about access (CHECKS.md "Beyond the 401", aws-facts.md §2 "403 variants" and
 * "Gateway response types"): `authorizer-401` an authorizer's 401 (REST `UnauthorizedException` or an
 * HTTP API's `www-authenticate`); `http-api-403` an HTTP API's 403 without an error type, which its
 * JWT authorizer answers when the token lacks the route's scopes (reported, [unverified]) and a
 * backend may answer too; `other` anything else (a backend's answer, another gateway error).
 */
export type AccessAnswer =
  | 'authorizer-401'
  | 'missing-authentication-token'
  | 'access-denied'
  | 'forbidden'
  | 'http-api-403'
  | 'authorizer-configuration'
  | 'authorizer-failure'
  | 'other';

/**
 * The error type decides, whatever the status: a customized gateway response may change the status
 * but keeps `x-amzn-ErrorType` (aws-facts.md §2, the doc example of a 404
 * `MissingAuthenticationTokenException`).
 */
const ANSWER_BY_ERROR_TYPE: Readonly<Record<string, AccessAnswer>> = {
  UnauthorizedException: 'authorizer-401',
  MissingAuthenticationTokenException: 'missing-authentication-token',
  AccessDeniedException: 'access-denied',
  ForbiddenException: 'forbidden',
  AuthorizerConfigurationException: 'authorizer-configuration',
  AuthorizerFailureException: 'authorizer-failure',
};

export function accessAnswer(statusCode: unknown, response: ResponseFacts): AccessAnswer {
  if (response.errorType !== undefined) {
    return Object.hasOwn(ANSWER_BY_ERROR_TYPE, response.errorType)
      ? (ANSWER_BY_ERROR_TYPE[response.errorType] ?? 'other')
      : 'other';
  }
  if (statusCode === 401 && response.wwwAuthenticate !== undefined) return 'authorizer-401';
  if (statusCode === 403 && response.httpApiRequestId) return 'http-api-403';
  return 'other';
}
