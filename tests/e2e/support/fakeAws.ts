// One local HTTPS server that stands in for every AWS host the extension meets:
//   {apiId}.execute-api.{region}.amazonaws.com  → fake REST APIs (Cognito authorizer) and HTTP APIs (JWT authorizer)
//   cognito-idp.{region}.amazonaws.com          → the JWKS (and discovery document) of registered user pools
//   custom domain names added with addCustomDomain → the API their base path mapping names (or a plain backend)
//   any other host (app.example.test, …)        → test pages, so a page can live on an origin the extension lacks
// Chromium reaches it through --host-resolver-rules (see browser.ts). Responses copy what AWS sends,
// header by header, as recorded in ../shared/aws-facts.md §1–§5; see README.md beside this file.
//
// The server speaks HTTP/2 with an HTTP/1.1 fallback (ALPN), like API Gateway: Chromium then gets
// lower-case header names exactly as from AWS, while node's https client (servers.test.ts) gets HTTP/1.1
// with the names spelt as AWS spells them (`x-amzn-ErrorType`, …).
import { randomBytes, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import * as http2 from 'node:http2';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { selfSignedCert } from './certs';
import { type DecodedJwt, decodeJwt, type Jwk, type UserPool, verifyRs256 } from './tokens';

// ---------------------------------------------------------------------------------------------
// Configuration types

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** What the integration (backend) answers once the request got past the authorizer. */
export interface BackendResponse {
  /** Default 200. */
  status?: number;
  /** JSON-serialised (strings are sent as they are). Default: a small JSON echo of the call. */
  body?: unknown;
  /** Headers the backend sets. With `integration: 'http'`, reserved ones come back as `x-amzn-Remapped-*`. */
  headers?: Record<string, string>;
  /**
   * 'lambda' (default): Lambda proxy; API Gateway adds `X-Amzn-Trace-Id: Root=1-…;Sampled=0`.
   * 'http': HTTP proxy; backend `Date`, `Server`, `Content-Length`, `WWW-Authenticate`, … are remapped to
   * `x-amzn-Remapped-*` (aws-facts.md §2).
   */
  integration?: 'lambda' | 'http';
  /** Whether the backend adds CORS headers. Default: the API's `cors` setting. */
  cors?: boolean;
}

export interface RestRoute {
  /** HTTP method, or ANY (which also catches OPTIONS unless CORS put a mock OPTIONS method on the resource). */
  method: HttpMethod | 'ANY';
  /** Resource path template: `/orders`, `/orders/{id}`, `/{proxy+}`, `/`. */
  resource: string;
  /**
   * Default: COGNITO_USER_POOLS when the API has an authorizer, else NONE. CUSTOM uses the API's
   * `lambdaAuthorizer`.
   */
  authorization?: 'NONE' | 'COGNITO_USER_POOLS' | 'CUSTOM';
  /** `apiKeyRequired`: without an `x-api-key` header, 403 `ForbiddenException` (aws-facts.md §2). */
  apiKeyRequired?: boolean;
  /**
   * A resource policy that allows nobody like this caller: 403 `AccessDeniedException` with
   * `{"Message":"User: anonymous is not authorized …"}` (aws-facts.md §2 "403 variants").
   */
  resourcePolicyDenies?: boolean;
  /** Method OAuth scopes. None: the authorizer wants an ID token. Some: an access token with one of them. */
  scopes?: string[];
  /** What the backend answers after the authorizer. 'backend-401' = a Lambda proxy answering 401. */
  response?: BackendResponse | 'backend-401';
}

export interface CorsSettings {
  /** Default '*'. */
  allowOrigin?: string;
  /** Extra allowed request headers (the identity header, Authorization and Content-Type are always in). */
  allowHeaders?: string[];
}

export interface RestApiConfig {
  apiId: string;
  /** Default 'eu-west-1'. */
  region?: string;
  /** Default 'prod'. */
  stage?: string;
  /** EDGE adds the CloudFront headers to every response (`X-Cache`, `Via`, `X-Amz-Cf-Pop`, `X-Amz-Cf-Id`). */
  endpoint?: 'REGIONAL' | 'EDGE';
  /** A COGNITO_USER_POOLS authorizer. Its pools must be registered with `addUserPool` (else 500, as AWS does). */
  authorizer?: {
    userPoolIds: string[];
    /** Identity source header. Default 'Authorization'. */
    identityHeader?: string;
    /** `identityValidationExpression`: a regex the ID token's `aud` must match (access tokens never do). */
    audienceRegex?: string;
  };
  routes: RestRoute[];
  /**
   * The console's "Enable CORS": a mock OPTIONS method on every resource (200 with Allow-Origin/Methods/Headers)
   * and `Access-Control-Allow-Origin` on integration responses. Off by default.
   */
  cors?: boolean | CorsSettings;
  /**
   * `Access-Control-Allow-Origin` on the UNAUTHORIZED and DEFAULT_4XX gateway responses (401 from the authorizer,
   * 403 Missing Authentication Token). Off by default, as on a fresh API: the browser then sees a CORS error.
   */
  gatewayResponseCors?: boolean;
  /** The authorizer also guards OPTIONS (global/default authorizer); preflights then get the 401. */
  optionsProtected?: boolean;
  /**
   * A Lambda TOKEN authorizer for CUSTOM routes (aws-facts-2.md §4): no identity header → 401
   * before the function runs; otherwise the function answers `Unauthorized` (401), `crash` (500
   * `AuthorizerConfigurationException`) or `allow`.
   */
  lambdaAuthorizer?: { identityHeader?: string; behaviour: 'unauthorized' | 'crash' | 'allow' };
}

export interface HttpRoute {
  method: HttpMethod | 'ANY';
  /** `/orders/{id}`, `/{proxy+}` or `$default`. */
  path: string;
  /** Default: JWT when the API has an authorizer, else NONE. */
  authorization?: 'NONE' | 'JWT';
  scopes?: string[];
  response?: BackendResponse | 'backend-401';
}

export interface HttpApiConfig {
  apiId: string;
  region?: string;
  /** Default '$default' (no stage segment in the path). */
  stage?: string;
  /** JWT authorizer. `issuer` is compared with `iss` exactly (a trailing slash matters); keys come from the registered pool with that issuer. */
  authorizer?: { issuer: string; audience: string[]; identityHeader?: string };
  routes: HttpRoute[];
  /** CORS configuration: automatic 204 preflights and `access-control-allow-origin` on every response. */
  cors?: boolean | CorsSettings;
}

/** How the Cognito JWKS endpoint behaves. */
export interface JwksBehaviour {
  /** Delay before answering, in ms. */
  delayMs?: number;
  /** 'hang': never answer (until close). 'reset': drop the connection. A number: answer with that status. */
  fail?: 'hang' | 'reset' | number;
}

export interface RecordedRequest {
  seq: number;
  time: number;
  method: string;
  /** Host without port, lower case. */
  host: string;
  /** Path with query string. */
  path: string;
  url: string;
  httpVersion: string;
  /** Lower-case names; repeated headers joined with ', '. Pseudo-headers (`:path`, …) left out. */
  headers: Record<string, string>;
  body: string;
  kind: 'rest-api' | 'http-api' | 'unknown-api' | 'cognito' | 'page';
  /** Filled in when the answer is sent. */
  response?: { status: number; headers: Record<string, string> };
  /** For API calls that reached an authorizer: its decision and (debugging only) the reason. */
  authorizer?: { allowed: boolean; reason: string };
}

/**
 * A custom domain name in front of registered APIs (aws-facts.md §2): `https://{domainName}/{basePath}/…`
 * goes to the mapped API's stage. With `gatewayHeaders: false` the host is no API Gateway at all: a
 * plain backend that answers every request 401 `{"message":"Unauthorized"}` without API Gateway's
 * own headers (and with CORS, so the page sees it).
 */
export interface CustomDomainConfig {
  domainName: string;
  mappings?: { basePath: string; apiId: string }[];
  gatewayHeaders?: boolean;
}

export interface FakeAwsOptions {
  /** Offer HTTP/2 (default true; HTTP/1.1 clients still work through ALPN). */
  http2?: boolean;
}

export interface FakeAws {
  port: number;
  /** Every request so far, oldest first (live array). */
  readonly requests: RecordedRequest[];
  addUserPool(pool: UserPool): void;
  addRestApi(config: RestApiConfig): void;
  addHttpApi(config: HttpApiConfig): void;
  removeApi(apiId: string): void;
  addCustomDomain(config: CustomDomainConfig): void;
  /** `https://{apiId}.execute-api.{region}.amazonaws.com/{stage}{path}` for a registered API. */
  apiUrl(apiId: string, path: string): string;
  setJwksBehaviour(behaviour: JwksBehaviour): void;
  /** Serve `html` at `path` on every page host (app.example.test, other.example.test, …). */
  addPage(path: string, html: string): void;
  /**
   * Serve `json` (as `application/json`) at `path` on every page host: an identity provider that
   * is not Cognito (its discovery document and JWKS) on a host such as `login.example.test`.
   */
  addJson(path: string, json: unknown): void;
  clearRequests(): void;
  /** Requests whose host equals `host` or matches the regex. */
  requestsTo(host: string | RegExp): RecordedRequest[];
  /** Requests whose path, headers or body contain `needle` (e.g. a token: the JWKS host must never get one). */
  requestsContaining(needle: string): RecordedRequest[];
  /** Resolves with the first request (already seen or future) matching `predicate`. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Strings AWS sends (aws-facts.md §2, §4)

export const UNAUTHORIZED_BODY = '{"message":"Unauthorized"}';
export const MISSING_AUTH_TOKEN_BODY = '{"message":"Missing Authentication Token"}';
export const FORBIDDEN_BODY = '{"message":"Forbidden"}';
/** Default allowed headers of the console's Enable CORS. */
const CONSOLE_CORS_HEADERS = [
  'Content-Type',
  'X-Amz-Date',
  'Authorization',
  'X-Api-Key',
  'X-Amz-Security-Token',
];

/**
 * HTTP API `error_description` values. The first four are seen in real responses (aws-facts.md §4);
 * the ones marked INVENTED are not documented anywhere — tests must not pin the extension to them.
 */
export const HTTP_API_ERRORS = {
  expired: 'the token has expired',
  audience: 'the token does not have a valid audience',
  segments: 'token contains an invalid number of segments',
  signingMethod: (alg: string) => `signing method ${alg} is invalid`,
  /** INVENTED (golang-jwt wording). */
  signature: 'signature is invalid',
  /** INVENTED. */
  issuer: 'the token does not have a valid issuer',
  /** INVENTED. */
  malformed: 'token is malformed',
} as const;

const EXECUTE_API_HOST = /^([a-z0-9]+)\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
const COGNITO_HOST = /^cognito-idp\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

const DEFAULT_PAGE = readFileSync(new URL('../pages/app.html', import.meta.url), 'utf8');

function extendedRequestId(): string {
  // 11 random bytes → 16 base64 characters ending in '=', like `PZ_kQHjDDoEFhXw=`.
  return randomBytes(11).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

function traceId(): string {
  const seconds = Math.floor(Date.now() / 1000).toString(16);
  return `Root=1-${seconds}-${randomBytes(12).toString('hex')};Sampled=0`;
}

function corsSettings(cors: boolean | CorsSettings | undefined): CorsSettings | undefined {
  if (!cors) return undefined;
  return cors === true ? {} : cors;
}

// ---------------------------------------------------------------------------------------------
// Path matching

interface Match<R> {
  route: R;
  params: Record<string, string>;
}

/** Specificity of a template: literal segments beat {param}, which beats {proxy+}. Null if no match. */
function matchTemplate(
  template: string,
  path: string,
): { score: number; params: Record<string, string> } | null {
  const t = template.split('/').filter(Boolean);
  const p = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  let score = 0;
  for (let i = 0; i < t.length; i++) {
    const seg = t[i] as string;
    const greedy = /^\{(.+)\+\}$/.exec(seg);
    if (greedy) {
      if (i !== t.length - 1 || p.length <= i) return null;
      params[greedy[1] as string] = p.slice(i).map(decodeURIComponent).join('/');
      return { score: score * 4 + 1, params };
    }
    const actual = p[i];
    if (actual === undefined) return null;
    const param = /^\{(.+)\}$/.exec(seg);
    if (param) {
      params[param[1] as string] = decodeURIComponent(actual);
      score = score * 4 + 2;
    } else if (seg === actual) {
      score = score * 4 + 3;
    } else {
      return null;
    }
  }
  if (p.length !== t.length) return null;
  return { score: score * 4 + 3, params };
}

/** Routes on the best-matching resource; null when no resource matches. */
function bestResource<R>(routes: R[], path: string, templateOf: (r: R) => string): Match<R>[] | null {
  let best: Match<R>[] = [];
  let bestScore = -1;
  for (const route of routes) {
    const m = matchTemplate(templateOf(route), path);
    if (!m) continue;
    // Compare by depth-weighted score; equal scores share a resource.
    const score = m.score * 1000 + templateOf(route).split('/').length;
    if (score > bestScore) {
      best = [{ route, params: m.params }];
      bestScore = score;
    } else if (score === bestScore) {
      best.push({ route, params: m.params });
    }
  }
  return best.length ? best : null;
}

// ---------------------------------------------------------------------------------------------
// Server

interface Req {
  method: string;
  headers: IncomingHttpHeaders;
  url?: string;
  httpVersion: string;
  on(event: 'data', cb: (chunk: Buffer) => void): unknown;
  on(event: 'end', cb: () => void): unknown;
  on(event: 'error', cb: (err: Error) => void): unknown;
  socket: Socket;
  /** Present on HTTP/2 requests. */
  stream?: http2.ServerHttp2Stream;
}

/** Kills the exchange without an answer: resets the HTTP/2 stream, or destroys the HTTP/1.1 socket. */
function dropConnection(req: Req): void {
  if (req.stream) req.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
  else req.socket.destroy();
}

interface Res {
  writeHead(status: number, headers?: Record<string, string | string[]>): unknown;
  end(data?: string): unknown;
  headersSent: boolean;
  destroyed?: boolean;
}

type Headers = Array<[string, string]>;

/** Starts the fake AWS server on 127.0.0.1 with an OS-assigned port. */
export async function startFakeAws(options: FakeAwsOptions = {}): Promise<FakeAws> {
  const tls = selfSignedCert();
  const pools = new Map<string, UserPool>();
  const restApis = new Map<string, Required<Pick<RestApiConfig, 'region' | 'stage'>> & RestApiConfig>();
  const httpApis = new Map<string, Required<Pick<HttpApiConfig, 'region' | 'stage'>> & HttpApiConfig>();
  /** JSON documents served on every page host (addJson). */
  const jsonDocuments = new Map<string, string>();
  const customDomains = new Map<string, CustomDomainConfig>();
  const pages = new Map<string, string>([
    ['/', DEFAULT_PAGE],
    ['/app.html', DEFAULT_PAGE],
  ]);
  const requests: RecordedRequest[] = [];
  const events = new EventEmitter();
  const sockets = new Set<Socket>();
  const hanging = new Set<() => void>();
  let jwksBehaviour: JwksBehaviour = {};
  let seq = 0;

  const handler = (req: Req, res: Res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('error', () => {});
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        dispatch(req, res, body);
      } catch (error) {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`fake AWS error: ${(error as Error).stack ?? String(error)}`);
        }
      }
    });
  };

  const server =
    options.http2 === false
      ? https.createServer({ key: tls.key, cert: tls.cert }, handler as never)
      : http2.createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, handler as never);
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // h2 session errors from a client going away must not crash the test run.
  server.on('sessionError', () => {});
  server.on('tlsClientError', () => {});

  function record(req: Req, body: string, kind: RecordedRequest['kind'], host: string): RecordedRequest {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (name.startsWith(':') || value === undefined) continue;
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const path = (req.headers[':path'] as string | undefined) ?? req.url ?? '/';
    const entry: RecordedRequest = {
      seq: ++seq,
      time: Date.now(),
      method: req.method,
      host,
      path,
      url: `https://${host}${path}`,
      httpVersion: req.httpVersion,
      headers,
      body,
      kind,
    };
    requests.push(entry);
    events.emit('request', entry);
    return entry;
  }

  function send(res: Res, entry: RecordedRequest, status: number, headers: Headers, body = ''): undefined {
    const out: Record<string, string> = {};
    for (const [k, v] of headers) out[k] = v;
    out['Content-Length'] = String(entry.method === 'HEAD' ? 0 : Buffer.byteLength(body));
    const lower: Record<string, string> = {};
    for (const [k, v] of Object.entries(out)) lower[k.toLowerCase()] = v;
    entry.response = { status, headers: lower };
    res.writeHead(status, out);
    res.end(entry.method === 'HEAD' ? undefined : body);
    events.emit('response', entry);
  }

  /** An API id (or a custom domain's path) that names no registered API: 403 Forbidden. */
  function sendUnknownApi(res: Res, entry: RecordedRequest): undefined {
    return send(
      res,
      entry,
      403,
      [
        ['Content-Type', 'application/json'],
        ['x-amzn-RequestId', randomUUID()],
        ['x-amzn-ErrorType', 'ForbiddenException'],
      ],
      FORBIDDEN_BODY,
    );
  }

  function dispatch(req: Req, res: Res, body: string): undefined {
    const authority = (req.headers[':authority'] as string | undefined) ?? req.headers.host ?? '';
    const host = authority.replace(/:\d+$/, '').toLowerCase();
    const api = EXECUTE_API_HOST.exec(host);
    if (api) {
      const [, apiId, region] = api as unknown as [string, string, string];
      const rest = restApis.get(apiId);
      if (rest && rest.region === region)
        return handleRest(rest, req, res, record(req, body, 'rest-api', host));
      const httpApi = httpApis.get(apiId);
      if (httpApi && httpApi.region === region)
        return handleHttpApi(httpApi, req, res, record(req, body, 'http-api', host));
      return sendUnknownApi(res, record(req, body, 'unknown-api', host));
    }
    const cognito = COGNITO_HOST.exec(host);
    if (cognito) return handleCognito(cognito[1] as string, req, res, record(req, body, 'cognito', host));
    const domain = customDomains.get(host);
    if (domain) return handleCustomDomain(domain, req, res, body, host);
    return handlePage(req, res, record(req, body, 'page', host));
  }

  // ----- custom domain names ----------------------------------------------------------------

  function handleCustomDomain(
    domain: CustomDomainConfig,
    req: Req,
    res: Res,
    body: string,
    host: string,
  ): undefined {
    if (domain.gatewayHeaders === false) {
      const entry = record(req, body, 'page', host);
      const cors: Headers = [
        ['Access-Control-Allow-Origin', '*'],
        ['Access-Control-Allow-Headers', 'Authorization,Content-Type'],
        ['Access-Control-Allow-Methods', 'GET,POST,OPTIONS'],
      ];
      if (entry.method === 'OPTIONS') return send(res, entry, 204, cors);
      return send(res, entry, 401, [['Content-Type', 'application/json'], ...cors], UNAUTHORIZED_BODY);
    }
    const [rawPath = '/', query] = ((req.headers[':path'] as string | undefined) ?? req.url ?? '/').split(
      '?',
    );
    const segments = rawPath.split('/').filter((segment) => segment !== '');
    // API Gateway takes the mapping with the longest matching run of whole leading segments.
    let best: { basePath: string; apiId: string } | undefined;
    let bestLength = -1;
    for (const mapping of domain.mappings ?? []) {
      const base = mapping.basePath === '' ? [] : mapping.basePath.split('/');
      if (base.every((segment, index) => segments[index] === segment) && base.length > bestLength) {
        best = mapping;
        bestLength = base.length;
      }
    }
    const rest = best ? restApis.get(best.apiId) : undefined;
    const httpApi = best ? httpApis.get(best.apiId) : undefined;
    const kind = rest ? 'rest-api' : httpApi ? 'http-api' : 'unknown-api';
    const entry = record(req, body, kind, host);
    const tail = `/${segments.slice(Math.max(bestLength, 0)).join('/')}${query === undefined ? '' : `?${query}`}`;
    // The handlers read the stage from the path, as on the execute-api host; `url` keeps the domain's.
    if (rest) {
      entry.path = `/${rest.stage}${tail}`;
      return handleRest(rest, req, res, entry);
    }
    if (httpApi) {
      entry.path = httpApi.stage === '$default' ? tail : `/${httpApi.stage}${tail}`;
      return handleHttpApi(httpApi, req, res, entry);
    }
    return sendUnknownApi(res, entry);
  }

  // ----- pages -------------------------------------------------------------------------------

  function handlePage(_req: Req, res: Res, entry: RecordedRequest): undefined {
    const path = entry.path.split('?')[0] ?? '/';
    const json = jsonDocuments.get(path);
    if (json !== undefined && entry.method === 'GET') {
      return send(res, entry, 200, [['Content-Type', 'application/json']], json);
    }
    const html =
      pages.get(path) ?? (path.endsWith('.html') || !path.includes('.') ? DEFAULT_PAGE : undefined);
    if (entry.method !== 'GET' && entry.method !== 'HEAD') {
      return send(res, entry, 405, [['Content-Type', 'text/plain']], 'method not allowed');
    }
    if (html === undefined) return send(res, entry, 404, [['Content-Type', 'text/plain']], 'not found');
    send(res, entry, 200, [['Content-Type', 'text/html; charset=utf-8']], html);
  }

  // ----- Cognito JWKS ------------------------------------------------------------------------

  function handleCognito(region: string, req: Req, res: Res, entry: RecordedRequest): undefined {
    const behaviour = jwksBehaviour;
    const answer = (): undefined => {
      if (behaviour.fail === 'hang') {
        hanging.add(() => dropConnection(req));
        return;
      }
      if (behaviour.fail === 'reset') {
        dropConnection(req);
        return;
      }
      if (typeof behaviour.fail === 'number') {
        return send(
          res,
          entry,
          behaviour.fail,
          [['Content-Type', 'application/json']],
          JSON.stringify({ message: 'fake JWKS failure' }),
        );
      }
      const m = /^\/([^/]+)\/\.well-known\/(jwks\.json|openid-configuration)$/.exec(
        entry.path.split('?')[0] ?? '',
      );
      const pool = m ? pools.get(m[1] as string) : undefined;
      if (!m || !pool || pool.region !== region || (entry.method !== 'GET' && entry.method !== 'HEAD')) {
        const poolId = m?.[1] ?? '';
        return send(
          res,
          entry,
          404,
          [['Content-Type', 'application/json']],
          JSON.stringify({
            code: 'ResourceNotFoundException',
            message: `User pool ${poolId} does not exist.`,
          }),
        );
      }
      const doc =
        m[2] === 'jwks.json'
          ? pool.jwks
          : {
              issuer: pool.issuer,
              jwks_uri: pool.jwksUrl,
              id_token_signing_alg_values_supported: ['RS256'],
              subject_types_supported: ['public'],
              response_types_supported: ['code', 'token'],
              scopes_supported: ['openid', 'email', 'phone', 'profile'],
            };
      send(res, entry, 200, [['Content-Type', 'application/json;charset=UTF-8']], JSON.stringify(doc));
    };
    if (behaviour.delayMs) {
      const timer = setTimeout(answer, behaviour.delayMs);
      hanging.add(() => clearTimeout(timer));
    } else {
      answer();
    }
  }

  // ----- REST API ----------------------------------------------------------------------------

  type Rest = RestApiConfig & { region: string; stage: string };

  function requestId(req: Req): string {
    // A client-sent x-amzn-RequestId overrides $context.requestId (aws-facts.md §2).
    const clientId = req.headers['x-amzn-requestid'];
    return typeof clientId === 'string' && clientId ? clientId : randomUUID();
  }

  function restBaseHeaders(req: Req): Headers {
    return [
      ['Content-Type', 'application/json'],
      ['x-amzn-RequestId', requestId(req)],
    ];
  }

  function edgeHeaders(api: Rest): Headers {
    if (api.endpoint !== 'EDGE') return [];
    return [
      ['X-Cache', 'Error from cloudfront'],
      ['Via', `1.1 ${randomBytes(16).toString('hex')}.cloudfront.net (CloudFront)`],
      ['X-Amz-Cf-Pop', 'DUB56-P1'],
      ['X-Amz-Cf-Id', randomBytes(42).toString('base64url').slice(0, 56)],
    ];
  }

  function gatewayError(
    api: Rest,
    req: Req,
    res: Res,
    entry: RecordedRequest,
    status: number,
    errorType: string,
    body: string,
  ): undefined {
    const headers = restBaseHeaders(req);
    headers.push(['x-amzn-ErrorType', errorType], ['x-amz-apigw-id', extendedRequestId()]);
    if (api.gatewayResponseCors) {
      headers.push(['Access-Control-Allow-Origin', corsSettings(api.cors)?.allowOrigin ?? '*']);
    }
    headers.push(...edgeHeaders(api));
    send(res, entry, status, headers, body);
  }

  function allowedHeaders(cors: CorsSettings, identityHeader: string | undefined): string {
    const names = [...CONSOLE_CORS_HEADERS, ...(cors.allowHeaders ?? [])];
    if (identityHeader && !names.some((n) => n.toLowerCase() === identityHeader.toLowerCase())) {
      names.push(identityHeader);
    }
    return names.join(',');
  }

  function handleRest(api: Rest, req: Req, res: Res, entry: RecordedRequest): undefined {
    // A wrong stage, an unknown resource and a method the resource lacks all get this answer (§2).
    const missingAuthenticationToken = () =>
      gatewayError(api, req, res, entry, 403, 'MissingAuthenticationTokenException', MISSING_AUTH_TOKEN_BODY);
    // A crashed Lambda authorizer and a pool API Gateway cannot reach both get this one.
    const authorizerConfigurationError = () =>
      gatewayError(api, req, res, entry, 500, 'AuthorizerConfigurationException', '{"message":null}');
    const [rawPath] = entry.path.split('?') as [string];
    const segments = rawPath.split('/');
    // segments[0] is '' (leading slash), segments[1] the stage.
    if (segments[1] !== api.stage) {
      return missingAuthenticationToken();
    }
    const resourcePath = `/${segments.slice(2).join('/')}`;
    const candidates = bestResource(api.routes, resourcePath, (r) => r.resource);
    if (!candidates) {
      return missingAuthenticationToken();
    }
    const method = entry.method;
    const cors = corsSettings(api.cors);
    const identityHeader = api.authorizer?.identityHeader ?? 'Authorization';

    // "Enable CORS" puts a mock OPTIONS method on the resource; it beats ANY.
    if (method === 'OPTIONS' && cors && !api.optionsProtected) {
      const methods = new Set<string>();
      for (const c of candidates) {
        if (c.route.method === 'ANY')
          for (const m of ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT']) methods.add(m);
        else methods.add(c.route.method);
      }
      methods.add('OPTIONS');
      const headers = restBaseHeaders(req);
      headers.push(
        ['Access-Control-Allow-Origin', cors.allowOrigin ?? '*'],
        ['Access-Control-Allow-Headers', allowedHeaders(cors, identityHeader)],
        ['Access-Control-Allow-Methods', [...methods].sort().join(',')],
        ['x-amz-apigw-id', extendedRequestId()],
        ...edgeHeaders(api),
      );
      return send(res, entry, 200, headers, '');
    }

    let match =
      candidates.find((c) => c.route.method === method) ?? candidates.find((c) => c.route.method === 'ANY');
    if (!match && method === 'OPTIONS' && api.optionsProtected && api.authorizer) {
      // A default authorizer attached to every method, OPTIONS included.
      match = {
        route: { method: 'OPTIONS', resource: resourcePath, authorization: 'COGNITO_USER_POOLS' },
        params: {},
      };
    }
    if (!match) {
      return missingAuthenticationToken();
    }
    const route = match.route;
    if (route.resourcePolicyDenies) {
      const arn = `arn:aws:execute-api:${api.region}:123456789012:${api.apiId}/${api.stage}/${method}${resourcePath}`;
      const body = JSON.stringify({
        Message: `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${arn}`,
      });
      return gatewayError(api, req, res, entry, 403, 'AccessDeniedException', body);
    }
    const authorization = route.authorization ?? (api.authorizer ? 'COGNITO_USER_POOLS' : 'NONE');
    if (authorization === 'CUSTOM') {
      const lambda = api.lambdaAuthorizer;
      if (!lambda)
        throw new Error(`API ${api.apiId}: route ${route.resource} is CUSTOM, no lambdaAuthorizer set`);
      const header = entry.headers[(lambda.identityHeader ?? 'Authorization').toLowerCase()];
      if (header === undefined || header === '' || lambda.behaviour === 'unauthorized') {
        entry.authorizer = {
          allowed: false,
          reason: header ? 'function said Unauthorized' : 'identity source missing',
        };
        return gatewayError(api, req, res, entry, 401, 'UnauthorizedException', UNAUTHORIZED_BODY);
      }
      if (lambda.behaviour === 'crash') {
        entry.authorizer = { allowed: false, reason: 'function crashed' };
        return authorizerConfigurationError();
      }
      entry.authorizer = { allowed: true, reason: 'function allowed' };
    }
    if (route.apiKeyRequired && !entry.headers['x-api-key']) {
      return gatewayError(api, req, res, entry, 403, 'ForbiddenException', FORBIDDEN_BODY);
    }
    let claims: Record<string, unknown> | undefined;
    if (authorization === 'COGNITO_USER_POOLS') {
      if (!api.authorizer)
        throw new Error(`API ${api.apiId}: route ${route.resource} wants an authorizer, none set`);
      const missing = api.authorizer.userPoolIds.filter((id) => !pools.has(id));
      if (missing.length) {
        // AUTHORIZER_CONFIGURATION_ERROR: API Gateway cannot reach the pool.
        entry.authorizer = {
          allowed: false,
          reason: `pools not registered with addUserPool: ${missing.join(', ')}`,
        };
        return authorizerConfigurationError();
      }
      const verdict = cognitoAuthorizer(api, route, entry.headers);
      entry.authorizer = { allowed: verdict.ok, reason: verdict.reason };
      if (!verdict.ok)
        return gatewayError(api, req, res, entry, 401, 'UnauthorizedException', UNAUTHORIZED_BODY);
      claims = verdict.claims;
    }
    backend({ ...api, kind: 'rest' }, req, res, entry, route.response, match.params, claims, route.resource);
  }

  function backend(
    api: { cors?: boolean | CorsSettings; endpoint?: 'REGIONAL' | 'EDGE' } & (
      | { kind: 'rest' }
      | { kind: 'http' }
    ),
    req: Req,
    res: Res,
    entry: RecordedRequest,
    spec: BackendResponse | 'backend-401' | undefined,
    params: Record<string, string>,
    claims: Record<string, unknown> | undefined,
    template: string,
  ): undefined {
    const response: BackendResponse =
      spec === 'backend-401' ? { status: 401, body: { message: 'Unauthorized' } } : (spec ?? {});
    const status = response.status ?? 200;
    const body =
      typeof response.body === 'string'
        ? response.body
        : JSON.stringify(
            response.body ?? {
              ok: true,
              method: entry.method,
              resource: template,
              path: entry.path,
              pathParameters: params,
              claims: claims ?? null,
            },
          );
    const headers: Headers = [];
    const integration = response.integration ?? 'lambda';
    const backendHeaders = Object.entries(response.headers ?? {});
    const reserved = new Set([
      'date',
      'server',
      'content-length',
      'connection',
      'www-authenticate',
      'x-amzn-requestid',
    ]);
    if (api.kind === 'rest') {
      if (!backendHeaders.some(([k]) => k.toLowerCase() === 'content-type'))
        headers.push(['Content-Type', 'application/json']);
      for (const [k, v] of backendHeaders) {
        if (integration === 'http' && reserved.has(k.toLowerCase()))
          headers.push([`x-amzn-Remapped-${k}`, v]);
        else headers.push([k, v]);
      }
      headers.push(['x-amzn-RequestId', requestId(req)]);
      headers.push(['x-amz-apigw-id', extendedRequestId()]);
      if (integration === 'lambda') headers.push(['X-Amzn-Trace-Id', traceId()]);
      else {
        headers.push(['x-amzn-Remapped-Date', new Date().toUTCString()]);
        headers.push(['x-amzn-Remapped-Server', 'nginx']);
        headers.push(['x-amzn-Remapped-Content-Length', String(Buffer.byteLength(body))]);
        headers.push(['x-amzn-Remapped-Connection', 'keep-alive']);
      }
    } else {
      if (!backendHeaders.some(([k]) => k.toLowerCase() === 'content-type'))
        headers.push(['Content-Type', 'application/json']);
      headers.push(...backendHeaders);
      headers.push(['apigw-requestid', extendedRequestId()]);
    }
    const cors = corsSettings(api.cors);
    const wantsCors = response.cors ?? Boolean(cors);
    if (wantsCors) headers.push(['Access-Control-Allow-Origin', cors?.allowOrigin ?? '*']);
    if (api.kind === 'rest' && api.endpoint === 'EDGE') {
      headers.push(['X-Cache', 'Miss from cloudfront'], ['Via', '1.1 fake.cloudfront.net (CloudFront)']);
    }
    send(res, entry, status, headers, body);
  }

  type Verdict =
    | { ok: true; reason: string; claims: Record<string, unknown> }
    | { ok: false; reason: string };

  function cognitoAuthorizer(api: Rest, route: RestRoute, headers: Record<string, string>): Verdict {
    const auth = api.authorizer as NonNullable<RestApiConfig['authorizer']>;
    const headerName = (auth.identityHeader ?? 'Authorization').toLowerCase();
    const raw = headers[headerName];
    if (raw === undefined || raw === '') return { ok: false, reason: `no ${headerName} header` };
    const token = raw.startsWith('Bearer ') ? raw.slice('Bearer '.length) : raw;
    if (!JWT_SHAPE.test(token)) return { ok: false, reason: 'identity header is not a JWT' };
    let decoded: DecodedJwt;
    try {
      decoded = decodeJwt(token);
    } catch (error) {
      return { ok: false, reason: `cannot decode token: ${(error as Error).message}` };
    }
    const { header, payload } = decoded;
    if (header.alg !== 'RS256') return { ok: false, reason: `alg ${String(header.alg)} is not RS256` };
    const pool = auth.userPoolIds
      .map((id) => pools.get(id) as UserPool)
      .find((p) => p.issuer === payload.iss);
    if (!pool)
      return { ok: false, reason: `iss ${String(payload.iss)} is not one of the authorizer's pools` };
    const jwk: Jwk | undefined = pool.jwks.keys.find((k) => k.kid === header.kid);
    if (!jwk) return { ok: false, reason: `kid ${String(header.kid)} is not in ${pool.poolId}'s JWKS` };
    if (!verifyRs256(decoded, jwk)) return { ok: false, reason: 'signature does not verify' };
    const now = Date.now() / 1000;
    if (typeof payload.exp !== 'number') return { ok: false, reason: 'no exp claim' };
    if (payload.exp <= now) return { ok: false, reason: `expired ${Math.round(now - payload.exp)} s ago` };
    const scopes = route.scopes ?? [];
    if (scopes.length === 0) {
      // No method scopes: the token is treated as an ID token (aws-facts.md §1).
      if (payload.token_use !== 'id') {
        return {
          ok: false,
          reason: `method has no scopes, wants an ID token, got token_use ${String(payload.token_use)}`,
        };
      }
      if (auth.audienceRegex && !new RegExp(auth.audienceRegex).test(String(payload.aud ?? ''))) {
        return { ok: false, reason: `aud ${String(payload.aud)} does not match ${auth.audienceRegex}` };
      }
    } else {
      if (payload.token_use !== 'access') {
        return {
          ok: false,
          reason: `method has scopes, wants an access token, got token_use ${String(payload.token_use)}`,
        };
      }
      if (auth.audienceRegex)
        return { ok: false, reason: 'token validation regex set: access tokens have no aud' };
      const granted = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
      if (!scopes.some((s) => granted.includes(s))) {
        return { ok: false, reason: `none of ${scopes.join(' ')} in scope "${granted.join(' ')}"` };
      }
    }
    return { ok: true, reason: 'allowed', claims: payload };
  }

  // ----- HTTP API ----------------------------------------------------------------------------

  type HttpApi = HttpApiConfig & { region: string; stage: string };

  function httpApiError(
    api: HttpApi,
    res: Res,
    entry: RecordedRequest,
    status: number,
    body: string,
    wwwAuthenticate?: string,
  ): undefined {
    const headers: Headers = [['Content-Type', 'application/json']];
    if (wwwAuthenticate !== undefined) headers.push(['www-authenticate', wwwAuthenticate]);
    headers.push(['apigw-requestid', extendedRequestId()]);
    const cors = corsSettings(api.cors);
    if (cors) headers.push(['access-control-allow-origin', cors.allowOrigin ?? '*']);
    send(res, entry, status, headers, body);
  }

  function handleHttpApi(api: HttpApi, req: Req, res: Res, entry: RecordedRequest): undefined {
    const [rawPath] = entry.path.split('?') as [string];
    let routePath = rawPath;
    if (api.stage !== '$default') {
      const segments = rawPath.split('/');
      if (segments[1] !== api.stage) return httpApiError(api, res, entry, 404, '{"message":"Not Found"}');
      routePath = `/${segments.slice(2).join('/')}`;
    }
    const method = entry.method;
    const explicit = api.routes.filter((r) => r.path !== '$default');
    const candidates = bestResource(explicit, routePath, (r) => r.path);
    let match =
      candidates?.find((c) => c.route.method === method) ?? candidates?.find((c) => c.route.method === 'ANY');
    if (!match) {
      const fallback = api.routes.find((r) => r.path === '$default');
      if (fallback) match = { route: fallback, params: {} };
    }
    const cors = corsSettings(api.cors);
    // With CORS configured, API Gateway answers preflights itself unless an OPTIONS/ANY/$default route catches them.
    if (
      method === 'OPTIONS' &&
      cors &&
      (!match || (match.route.method !== 'OPTIONS' && match.route.method !== 'ANY'))
    ) {
      const identityHeader = api.authorizer?.identityHeader ?? 'Authorization';
      return send(
        res,
        entry,
        204,
        [
          ['access-control-allow-origin', cors.allowOrigin ?? '*'],
          ['access-control-allow-methods', 'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'],
          ['access-control-allow-headers', allowedHeaders(cors, identityHeader).toLowerCase()],
          ['apigw-requestid', extendedRequestId()],
        ],
        '',
      );
    }
    if (!match) return httpApiError(api, res, entry, 404, '{"message":"Not Found"}');
    const route = match.route;
    const authorization = route.authorization ?? (api.authorizer ? 'JWT' : 'NONE');
    let claims: Record<string, unknown> | undefined;
    if (authorization === 'JWT') {
      const verdict = jwtAuthorizer(api, route, entry.headers);
      entry.authorizer = { allowed: verdict.ok, reason: verdict.ok ? 'allowed' : verdict.reason };
      if (!verdict.ok) {
        if (verdict.status === 403) return httpApiError(api, res, entry, 403, FORBIDDEN_BODY);
        return httpApiError(api, res, entry, 401, UNAUTHORIZED_BODY, verdict.wwwAuthenticate);
      }
      claims = verdict.claims;
    }
    backend({ ...api, kind: 'http' }, req, res, entry, route.response, match.params, claims, route.path);
  }

  type JwtVerdict =
    | { ok: true; claims: Record<string, unknown> }
    | { ok: false; status: 401 | 403; reason: string; wwwAuthenticate?: string };

  function jwtAuthorizer(api: HttpApi, route: HttpRoute, headers: Record<string, string>): JwtVerdict {
    const auth = api.authorizer;
    if (!auth) throw new Error(`HTTP API ${api.apiId}: route ${route.path} wants a JWT authorizer, none set`);
    const scopes = route.scopes ?? [];
    const invalid = (description: string, reason = description): JwtVerdict => ({
      ok: false,
      status: 401,
      reason,
      wwwAuthenticate: `Bearer scope="${scopes.join(' ')}" error="invalid_token" error_description="${description}"`,
    });
    const raw = headers[(auth.identityHeader ?? 'Authorization').toLowerCase()];
    if (raw === undefined || raw === '') {
      return { ok: false, status: 401, reason: 'no token', wwwAuthenticate: 'Bearer' };
    }
    const token = raw.startsWith('Bearer ') ? raw.slice('Bearer '.length) : raw;
    if (token.split('.').length !== 3) return invalid(HTTP_API_ERRORS.segments);
    let decoded: DecodedJwt;
    try {
      decoded = decodeJwt(token);
    } catch {
      return invalid(HTTP_API_ERRORS.malformed);
    }
    const { header, payload } = decoded;
    if (header.alg !== 'RS256') return invalid(HTTP_API_ERRORS.signingMethod(String(header.alg)));
    const pool = [...pools.values()].find((p) => p.issuer === auth.issuer.replace(/\/$/, ''));
    const jwk = pool?.jwks.keys.find((k) => k.kid === header.kid);
    if (!jwk) return invalid(HTTP_API_ERRORS.signature, `kid ${String(header.kid)} not in the issuer's JWKS`);
    if (!verifyRs256(decoded, jwk)) return invalid(HTTP_API_ERRORS.signature);
    if (payload.iss !== auth.issuer) return invalid(HTTP_API_ERRORS.issuer);
    const now = Date.now() / 1000;
    if (typeof payload.exp === 'number' && payload.exp <= now) return invalid(HTTP_API_ERRORS.expired);
    // aud is evaluated when present; client_id only when aud is absent (aws-facts.md §4).
    const audience = payload.aud !== undefined ? payload.aud : payload.client_id;
    const audiences = Array.isArray(audience) ? audience : [audience];
    if (!audiences.some((a) => typeof a === 'string' && auth.audience.includes(a))) {
      return invalid(HTTP_API_ERRORS.audience);
    }
    if (scopes.length) {
      const claimed =
        typeof payload.scope === 'string'
          ? payload.scope
          : typeof payload.scp === 'string'
            ? payload.scp
            : '';
      const granted = claimed.split(' ');
      if (!scopes.some((s) => granted.includes(s))) {
        return { ok: false, status: 403, reason: `none of ${scopes.join(' ')} in "${claimed}"` };
      }
    }
    return { ok: true, claims: payload };
  }

  // ----- start -------------------------------------------------------------------------------

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const fake: FakeAws = {
    port,
    requests,
    addUserPool(pool) {
      pools.set(pool.poolId, pool);
    },
    addRestApi(config) {
      httpApis.delete(config.apiId);
      restApis.set(config.apiId, {
        ...config,
        region: config.region ?? 'eu-west-1',
        stage: config.stage ?? 'prod',
      });
    },
    addHttpApi(config) {
      restApis.delete(config.apiId);
      httpApis.set(config.apiId, {
        ...config,
        region: config.region ?? 'eu-west-1',
        stage: config.stage ?? '$default',
      });
    },
    addCustomDomain(config) {
      customDomains.set(config.domainName.toLowerCase(), config);
    },
    removeApi(apiId) {
      restApis.delete(apiId);
      httpApis.delete(apiId);
    },
    apiUrl(apiId, path) {
      const api = restApis.get(apiId) ?? httpApis.get(apiId);
      if (!api) throw new Error(`no fake API ${apiId}`);
      const suffix = api.region.startsWith('cn-') ? '.cn' : '';
      const stage = api.stage === '$default' ? '' : `/${api.stage}`;
      return `https://${apiId}.execute-api.${api.region}.amazonaws.com${suffix}${stage}${path}`;
    },
    setJwksBehaviour(behaviour) {
      jwksBehaviour = { ...behaviour };
    },
    addPage(path, html) {
      pages.set(path, html);
    },
    addJson(path, json) {
      jsonDocuments.set(path, JSON.stringify(json));
    },
    clearRequests() {
      requests.length = 0;
    },
    requestsTo(host) {
      return requests.filter((r) => (typeof host === 'string' ? r.host === host : host.test(r.host)));
    },
    requestsContaining(needle) {
      return requests.filter(
        (r) =>
          r.path.includes(needle) ||
          r.body.includes(needle) ||
          Object.values(r.headers).some((v) => v.includes(needle)),
      );
    },
    waitForRequest(predicate, timeoutMs = 5000) {
      const seen = requests.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const onRequest = (r: RecordedRequest) => {
          if (!predicate(r)) return;
          clearTimeout(timer);
          events.off('request', onRequest);
          resolve(r);
        };
        const timer = setTimeout(() => {
          events.off('request', onRequest);
          reject(new Error(`fake AWS: no matching request within ${timeoutMs} ms (saw ${requests.length})`));
        }, timeoutMs);
        events.on('request', onRequest);
      });
    },
    async close() {
      for (const stop of hanging) stop();
      hanging.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
  return fake;
}

// ---------------------------------------------------------------------------------------------
// A node client for tests that talk to the fake without a browser

export interface FakeResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Header names as sent on the wire (HTTP/1.1 keeps AWS's spelling, e.g. `x-amzn-ErrorType`). */
  rawHeaderNames: string[];
  body: string;
}

/**
 * Sends one HTTPS request for `url` (any fake host) to the fake server on `port`, over HTTP/1.1,
 * certificate checks off. Never touches the network: the connection goes to 127.0.0.1.
 */
export function requestFake(
  port: number,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<FakeResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        servername: target.hostname,
        path: `${target.pathname}${target.search}`,
        method: init.method ?? 'GET',
        headers: { host: target.host, ...(init.headers ?? {}) },
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers,
            rawHeaderNames: res.rawHeaders.filter((_, i) => i % 2 === 0),
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
