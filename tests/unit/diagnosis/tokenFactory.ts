import type { CapturedCall, HttpHeader } from '../../../src/core/capture/types';
import type { CheckId, CheckResult, Diagnosis } from '../../../src/core/diagnosis/types';

/** Tokens and captured calls made at test time: a real RSA key, real RS256 signatures. */

export const REGION = 'eu-west-1';
export const POOL_ID = 'eu-west-1_AbC123xyz';
export const ISS = `https://cognito-idp.${REGION}.amazonaws.com/${POOL_ID}`;
export const CLIENT_ID = '6hkmkdf2j11ft5potp0paoqo1p';
export const API_ID = 'a1b2c3d4e5';
export const API_HOST = `${API_ID}.execute-api.${REGION}.amazonaws.com`;
export const APP_ORIGIN = 'https://app.example.com';

/** The request time of every call: 2026-11-20T12:00:00Z. */
export const REQUEST_MS = Date.UTC(2026, 10, 20, 12, 0, 0);
export const REQUEST_S = REQUEST_MS / 1000;

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JsonWebKey & { kid: string };
}

export async function createTestKey(kid: string): Promise<TestKey> {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  const exported = await crypto.subtle.exportKey('jwk', pair.publicKey);
  // Shaped like a Cognito JWKS entry (aws-facts.md §5): kty, n, e, alg, use, kid.
  const publicJwk = { kty: exported.kty, n: exported.n, e: exported.e, alg: 'RS256', use: 'sig', kid };
  return { kid, privateKey: pair.privateKey, publicJwk };
}

export function jwksOf(...keys: TestKey[]): { keys: JsonWebKey[] } {
  return { keys: keys.map((key) => key.publicJwk) };
}

export function base64Url(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return Buffer.from(bytes).toString('base64url');
}

export async function signToken(
  key: TestKey,
  payload: Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  const signingInput = `${base64Url(JSON.stringify({ kid: key.kid, alg: 'RS256', ...header }))}.${base64Url(JSON.stringify(payload))}`;
  const signature = await crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    key.privateKey,
    new TextEncoder().encode(signingInput),
  );
  return `${signingInput}.${base64Url(new Uint8Array(signature))}`;
}

/** A token whose signature is not checked (alg tests, decode tests): any header, any payload text. */
export function unsignedToken(header: unknown, payload: unknown, signature = 'c2lnbmF0dXJl'): string {
  const encode = (part: unknown) => base64Url(typeof part === 'string' ? part : JSON.stringify(part));
  return `${encode(header)}.${encode(payload)}.${signature}`;
}

export function idClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: '4a1f6c2e-1111-4222-8333-944455556666',
    'cognito:groups': ['admins', 'staff'],
    email_verified: true,
    iss: ISS,
    'cognito:username': 'alice',
    origin_jti: 'f0c5a5a4-7777-4888-9999-000011112222',
    aud: CLIENT_ID,
    event_id: 'e5e5e5e5-aaaa-4bbb-8ccc-dddddddddddd',
    token_use: 'id',
    auth_time: REQUEST_S - 7200,
    exp: REQUEST_S + 1800,
    iat: REQUEST_S - 1800,
    jti: 'a0b1c2d3-eeee-4fff-8000-111122223333',
    email: 'alice@example.com',
    ...overrides,
  };
}

export function accessClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: '4a1f6c2e-1111-4222-8333-944455556666',
    'cognito:groups': ['admins'],
    iss: ISS,
    client_id: CLIENT_ID,
    origin_jti: 'f0c5a5a4-7777-4888-9999-000011112222',
    event_id: 'e5e5e5e5-aaaa-4bbb-8ccc-dddddddddddd',
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: REQUEST_S - 7200,
    exp: REQUEST_S + 1800,
    iat: REQUEST_S - 1800,
    jti: 'b0b1c2d3-eeee-4fff-8000-111122223333',
    username: 'alice',
    version: 2,
    ...overrides,
  };
}

/** What a REST Cognito authorizer answers (aws-facts.md §2 "Authorizer 401"). */
export const REST_AUTHORIZER_401: HttpHeader[] = [
  { name: 'content-type', value: 'application/json' },
  { name: 'content-length', value: '26' },
  { name: 'x-amzn-requestid', value: '8b3f1c9e-1234-4cde-9f00-123456789abc' },
  { name: 'x-amzn-errortype', value: 'UnauthorizedException' },
  { name: 'x-amz-apigw-id', value: 'Xyz123AbcDEFg=' },
];

/** A REST gateway error of the given type (aws-facts.md §2 "403 variants", gateway responses). */
export function restGatewayError(errorType: string): HttpHeader[] {
  return [
    { name: 'content-type', value: 'application/json' },
    { name: 'x-amzn-requestid', value: '8b3f1c9e-1234-4cde-9f00-123456789abc' },
    { name: 'x-amzn-errortype', value: errorType },
    { name: 'x-amz-apigw-id', value: 'Xyz123AbcDEFg=' },
  ];
}

/** What an HTTP API JWT authorizer answers (aws-facts.md §4 "401 response"). */
export function httpApi401(wwwAuthenticate: string): HttpHeader[] {
  return [
    { name: 'content-type', value: 'application/json' },
    { name: 'apigw-requestid', value: 'Abc1DefGHIjKLmn=' },
    { name: 'www-authenticate', value: wwwAuthenticate },
  ];
}

/** A Lambda-proxy backend's own 401 (aws-facts.md §2 "401 from the backend"). */
export const BACKEND_401: HttpHeader[] = [
  { name: 'content-type', value: 'application/json' },
  { name: 'x-amzn-requestid', value: '8b3f1c9e-1234-4cde-9f00-123456789abc' },
  { name: 'x-amz-apigw-id', value: 'Xyz123AbcDEFg=' },
  { name: 'x-amzn-trace-id', value: 'Root=1-5f84c7a5-1234567890abcdef12345678;Sampled=0' },
];

export interface CallOptions {
  /** The Authorization value; `null` leaves the header out. */
  authorization?: string | null;
  extraRequestHeaders?: HttpHeader[];
  responseHeaders?: HttpHeader[];
  method?: string;
  initiator?: string;
  path?: string;
  headersMissing?: boolean;
  /** 401 unless given: the 403s and 500s of CHECKS.md "Beyond the 401". */
  statusCode?: number;
  /** The body's `message`, as a HAR or DevTools would give it. */
  responseMessage?: string;
}

export function makeCall(options: CallOptions = {}): CapturedCall {
  const path = options.path ?? '/prod/orders';
  const requestHeaders: HttpHeader[] = [
    { name: 'accept', value: 'application/json' },
    { name: 'origin', value: options.initiator ?? APP_ORIGIN },
    ...(options.authorization === null || options.authorization === undefined
      ? []
      : [{ name: 'authorization', value: options.authorization }]),
    ...(options.extraRequestHeaders ?? []),
  ];
  const [, stage = '', ...rest] = path.split('/');
  const call: CapturedCall = {
    id: 'call-1',
    requestId: '1234',
    tabId: 7,
    url: `https://${API_HOST}${path}`,
    method: options.method ?? 'GET',
    requestTime: REQUEST_MS,
    responseTime: REQUEST_MS + 80,
    statusCode: options.statusCode ?? 401,
    statusLine: `HTTP/1.1 ${options.statusCode ?? 401}`,
    initiator: options.initiator ?? APP_ORIGIN,
    resourceType: 'xmlhttprequest',
    responseHeaders: options.responseHeaders ?? REST_AUTHORIZER_401,
    api: {
      host: API_HOST,
      apiId: API_ID,
      region: REGION,
      partition: 'aws',
      stage,
      resourcePath: `/${rest.join('/')}`,
      path,
    },
  };
  if (!options.headersMissing) call.requestHeaders = requestHeaders;
  // API Gateway's policy denials write `Message` with a capital M (aws-facts-2.md §4).
  if (options.responseMessage !== undefined)
    call.responseBody = {
      mimeType: 'application/json',
      text: JSON.stringify({ Message: options.responseMessage }),
    };
  return call;
}

/** The result of one check, found by its id (never by its position in the list). */
export function resultOf(diagnosis: Pick<Diagnosis, 'checks'>, id: CheckId): CheckResult {
  const found = diagnosis.checks.find((check) => check.id === id);
  if (found === undefined) throw new Error(`no result for ${id}`);
  return found;
}
