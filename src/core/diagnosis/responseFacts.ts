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
 *
 * A hand-written scanner, not a global regular expression: the header comes from the network, and
 * a name-then-`=` pattern retried at every offset of a long run without `=` is quadratic
 * (`Bearer aaaa…` of 32 KB took over a second). Each character is looked at a bounded number of
 * times. The first value of a repeated parameter wins.
 */
export function parseWwwAuthenticate(value: string): WwwAuthenticate {
  const trimmed = value.trim();
  let schemeEnd = 0;
  if (isLetter(trimmed.charCodeAt(0))) {
    schemeEnd = 1;
    while (schemeEnd < trimmed.length && isNameChar(trimmed.charCodeAt(schemeEnd))) schemeEnd++;
  }
  const scheme = trimmed.slice(0, schemeEnd);
  const params = new Map<string, string>();
  const text = trimmed.slice(schemeEnd);
  let i = 0;
  while (i < text.length) {
    if (!isNameStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A name is the whole run of name characters: a later start inside the run ends at the same
    // place, so when no `=` follows, the scan resumes after the run.
    let nameEnd = i + 1;
    while (nameEnd < text.length && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    let at = skipSpace(text, nameEnd);
    if (text[at] !== '=') {
      i = nameEnd;
      continue;
    }
    at = skipSpace(text, at + 1);
    const parsed = text[at] === '"' ? readQuoted(text, at) : undefined;
    let paramValue: string;
    if (parsed !== undefined) {
      paramValue = parsed.value;
      at = parsed.end;
    } else {
      // An unquoted token; an opening quote without its closing one gives an empty value.
      const start = at;
      while (at < text.length && !isPlainStop(text.charCodeAt(at))) at++;
      paramValue = text.slice(start, at);
    }
    const name = text.slice(i, nameEnd);
    if (!params.has(name)) params.set(name, paramValue);
    i = at;
  }
  // Object.fromEntries defines own properties: a parameter named `__proto__` stays a parameter.
  return { scheme, params: Object.fromEntries(params), bare: params.size === 0 };
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameStart = (code: number) => isLetter(code) || code === 95;
const isNameChar = (code: number) => isNameStart(code) || (code >= 48 && code <= 57) || code === 45;
/** What `\s` matches in a JavaScript regular expression. */
const isSpace = (code: number) =>
  (code >= 9 && code <= 13) ||
  code === 32 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;
const isPlainStop = (code: number) => code === 44 || code === 34 || isSpace(code);
const isLineTerminator = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** A quoted string at `start` with `\\x` escapes, or undefined when it never closes. */
function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let at = start + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 34) {
      // Found the end first, then one slice and one replace: no string is built character by character.
      return { value: text.slice(start + 1, at).replace(/\\(.)/g, '$1'), end: at + 1 };
    }
    if (code === 92) {
      const next = text.charCodeAt(at + 1);
      if (Number.isNaN(next) || isLineTerminator(next)) return undefined;
      at += 2;
    } else {
      at++;
    }
  }
  return undefined;
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
