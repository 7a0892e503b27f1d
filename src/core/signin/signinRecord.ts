import { CLIENT_ID_PATTERN } from '../awsIdentifiers';
import type { HttpHeader } from '../capture/types';
import type { DigestSecret, SecretDigest } from './secretDigest';
import { type SigninDomain, type SigninEndpoint, signinDomainOf, signinEndpointOf } from './signinDomain';

/**
 * One request to a sign-in domain, as the platform observed it (webRequest events, or a HAR entry),
 * before anything is dropped. Nothing of this shape is ever stored: `recordSigninRequest` turns it
 * into a `SigninRecord`, which holds no secret.
 */
export interface ObservedSigninRequest {
  requestId: string;
  tabId: number;
  url: string;
  method: string;
  /** ms since epoch, Chrome's `timeStamp` of the request. */
  requestTime: number;
  resourceType?: string;
  initiator?: string;
  /** The answer's status; 302 (or 303) with `redirectUrl` for a redirect. */
  statusCode?: number;
  redirectUrl?: string;
  requestHeaders?: readonly HttpHeader[];
  body?: ObservedBody;
  /**
   * `error` / `error_description` of a JSON answer. Only a HAR file or DevTools see bodies: Chrome's
   * webRequest gives none (SIGNIN.md, aws-facts-2.md §1.2 "Response body").
   */
  responseError?: { error?: string; errorDescription?: string };
}

/**
 * What Chrome's `requestBody` said: `formData` only when the body was form-encoded (aws-facts-2.md
 * §1.2 "Form fields"), `raw` bytes otherwise; nothing for a request without a body.
 */
export type ObservedBody =
  | { kind: 'form'; fields: Readonly<Record<string, readonly string[]>> }
  | { kind: 'raw'; bytes: number }
  | { kind: 'none' };

export type SecretPlace = 'query' | 'fragment' | 'form' | 'basic';

export interface SecretField {
  name: string;
  where: SecretPlace;
  digest: SecretDigest;
}

/** Where a sign-in request sent the browser next. */
export interface SigninRedirect {
  /** The target without its secret parameters. */
  url: string;
  /** Cognito's `/error` page, another page of the same sign-in domain, or the app (`redirect_uri`). */
  target: 'error-page' | 'signin' | 'app';
  /** `error` and `error_description` exactly as sent, and whether they were in the query or the fragment. */
  error?: string;
  errorDescription?: string;
  errorIn?: 'query' | 'fragment';
  /** The error page's own `client_id`. */
  clientId?: string;
  /** The authorization code handed to the app, as a digest: the token request that spends it is found by it. */
  issuedCode?: SecretDigest;
  /** Names of the tokens an implicit-flow redirect carried in its fragment (`id_token`, `access_token`). */
  issuedTokens?: string[];
}

/** A request header as kept: values that could hold a credential or a code are withheld, names kept. */
export interface KeptHeader {
  name: string;
  value?: string;
  withheld?: true;
}

/** What is kept of one request to a sign-in domain (SIGNIN.md "What a step keeps"). */
export interface SigninRecord {
  /** Unique per hop: a redirect chain shares Chrome's `requestId`. */
  id: string;
  requestId: string;
  tabId: number;
  requestTime: number;
  method: string;
  statusCode?: number;
  resourceType?: string;
  initiator?: string;
  /** The request URL without its secret parameters. */
  url: string;
  domain: SigninDomain;
  endpoint: SigninEndpoint;
  /** Non-secret query parameters, first value of each (`client_id`, `redirect_uri`, `scope`, `error`, …). */
  params: Record<string, string>;
  /** Form fields: every name, the values of the non-secret ones only. */
  form?: { names: string[]; values: Record<string, string> };
  body: ObservedBody['kind'] | 'unknown';
  /** Request headers, values only for the harmless ones; undefined when Chrome did not report them. */
  headers?: KeptHeader[];
  /** The scheme of the `Authorization` header, never its value. */
  authScheme?: 'basic' | 'bearer' | 'other';
  /** The client id of an `Authorization: Basic` header (its user part, which is not secret). */
  basicClientId?: string;
  secrets: SecretField[];
  redirect?: SigninRedirect;
  responseError?: { error?: string; errorDescription?: string };
}

/**
 * Parameters that are credentials or single-use codes wherever they appear (query, fragment,
 * form): `code`, `code_verifier`, `client_secret`, `refresh_token`, `password` (SIGNIN.md), plus the
 * tokens of an implicit-flow redirect and `/oauth2/revoke`'s `token`.
 */
const SECRET_PARAMETERS: ReadonlySet<string> = new Set([
  'code',
  'code_verifier',
  'client_secret',
  'refresh_token',
  'password',
  'access_token',
  'id_token',
  'token',
]);

/** Form fields whose values are kept (SIGNIN.md); every other field keeps its name only. */
const KEPT_FORM_VALUES: ReadonlySet<string> = new Set([
  'grant_type',
  'client_id',
  'redirect_uri',
  'scope',
  'code_challenge_method',
  'response_type',
  'token_type_hint',
  'identity_provider',
]);

/** Request headers whose values are kept; `Authorization`, `Cookie`, `Referer` (which can carry the code) are not. */
const KEPT_HEADER_VALUES: ReadonlySet<string> = new Set([
  'accept',
  'content-type',
  'content-length',
  'origin',
  'sec-fetch-mode',
  'sec-fetch-dest',
]);

/** Longest parameter value kept: a `redirect_uri` or `scope` list fits, a pasted document does not. */
const MAX_VALUE_LENGTH = 2048;
/** Most parameters or form fields read from one request. */
const MAX_FIELDS = 64;

function clip(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value;
}

export function isSecretParameter(name: string): boolean {
  return SECRET_PARAMETERS.has(name);
}

interface SplitParams {
  kept: Record<string, string>;
  secrets: Array<[string, string]>;
  /** The same parameters, in order, without the secret ones. */
  remaining: URLSearchParams;
}

function splitParams(search: URLSearchParams): SplitParams {
  const kept: Record<string, string> = {};
  const secrets: Array<[string, string]> = [];
  const remaining = new URLSearchParams();
  let count = 0;
  for (const [name, value] of search) {
    if (count++ >= MAX_FIELDS) break;
    if (SECRET_PARAMETERS.has(name)) {
      secrets.push([name, value]);
      continue;
    }
    remaining.append(name, clip(value));
    if (!(name in kept)) kept[name] = clip(value);
  }
  return { kept, secrets, remaining };
}

/** A fragment read as parameters when it looks like `a=b&c=d` (an implicit-flow redirect). */
function fragmentParams(hash: string): URLSearchParams | undefined {
  const text = hash.replace(/^#/, '');
  return text.includes('=') ? new URLSearchParams(text) : undefined;
}

interface CleanUrl {
  url: string;
  query: SplitParams;
  fragment?: SplitParams;
}

/** The URL with every secret parameter removed, from the query and from a parameter-style fragment. */
function cleanUrl(url: URL): CleanUrl {
  const query = splitParams(url.searchParams);
  const fragmentSearch = fragmentParams(url.hash);
  const fragment = fragmentSearch ? splitParams(fragmentSearch) : undefined;
  const clean = new URL(url.href);
  clean.search = query.remaining.toString();
  // A fragment that is not parameters is app routing (`#/callback`): kept as it is.
  clean.hash = fragment ? fragment.remaining.toString() : url.hash;
  return { url: clean.href, query, ...(fragment ? { fragment } : {}) };
}

/** The URL as kept, for URLs that are not parsed further (the page's initiator, a report). */
export function withoutSecretParameters(url: string): string {
  try {
    return cleanUrl(new URL(url)).url;
  } catch {
    return '';
  }
}

async function digestAll(
  entries: ReadonlyArray<readonly [string, string]>,
  where: SecretPlace,
  digest: DigestSecret,
): Promise<SecretField[]> {
  return Promise.all(entries.map(async ([name, value]) => ({ name, where, digest: await digest(value) })));
}

function headerValue(headers: readonly HttpHeader[] | undefined, name: string): string | undefined {
  return headers?.find((header) => header.name.toLowerCase() === name)?.value;
}

function keepHeaders(headers: readonly HttpHeader[]): KeptHeader[] {
  return headers
    .slice(0, MAX_FIELDS)
    .map((header) =>
      KEPT_HEADER_VALUES.has(header.name.toLowerCase())
        ? { name: header.name, value: clip(header.value) }
        : { name: header.name, withheld: true },
    );
}

function schemeOf(authorization: string): 'basic' | 'bearer' | 'other' {
  if (/^\s*basic\s/i.test(authorization)) return 'basic';
  return /^\s*bearer\s/i.test(authorization) ? 'bearer' : 'other';
}

interface BasicCredentials {
  clientId?: string;
  secret?: string;
}

/**
 * `Authorization: Basic base64(client_id:client_secret)` (aws-facts.md §6 "client_secret_basic").
 * The user part is the client id, which is not secret; it is kept only when it has a client id's shape.
 */
function basicCredentials(authorization: string | undefined): BasicCredentials | undefined {
  const match = /^\s*basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[1]);
  } catch {
    return {};
  }
  const colon = decoded.indexOf(':');
  const user = colon < 0 ? decoded : decoded.slice(0, colon);
  let clientId: string | undefined;
  try {
    clientId = decodeURIComponent(user);
  } catch {
    clientId = undefined;
  }
  return {
    ...(clientId !== undefined && CLIENT_ID_PATTERN.test(clientId) ? { clientId } : {}),
    ...(colon >= 0 ? { secret: decoded.slice(colon + 1) } : {}),
  };
}

function keepForm(fields: Readonly<Record<string, readonly string[]>>): {
  form: { names: string[]; values: Record<string, string> };
  secrets: Array<[string, string]>;
} {
  const names: string[] = [];
  const values: Record<string, string> = {};
  const secrets: Array<[string, string]> = [];
  for (const [name, list] of Object.entries(fields).slice(0, MAX_FIELDS)) {
    names.push(name);
    const first = list[0];
    if (first === undefined) continue;
    if (SECRET_PARAMETERS.has(name)) secrets.push([name, first]);
    else if (KEPT_FORM_VALUES.has(name)) values[name] = clip(first);
  }
  return { form: { names, values }, secrets };
}

async function keepRedirect(
  target: URL,
  from: SigninRecord['domain'],
  digest: DigestSecret,
): Promise<SigninRedirect> {
  const clean = cleanUrl(target);
  const sameDomain = target.protocol === 'https:' && target.hostname.toLowerCase() === from.host;
  const kind: SigninRedirect['target'] = sameDomain
    ? signinEndpointOf(target) === 'error'
      ? 'error-page'
      : 'signin'
    : 'app';
  const redirect: SigninRedirect = { url: clean.url, target: kind };
  // Cognito's code flow puts `error` in the query, the implicit flow in the fragment (aws-facts-2.md §1.1).
  const inQuery = clean.query.kept.error !== undefined || clean.query.kept.error_description !== undefined;
  const errorSource = inQuery ? clean.query.kept : clean.fragment?.kept;
  if (errorSource?.error !== undefined || errorSource?.error_description !== undefined) {
    if (errorSource.error !== undefined) redirect.error = errorSource.error;
    if (errorSource.error_description !== undefined)
      redirect.errorDescription = errorSource.error_description;
    redirect.errorIn = inQuery ? 'query' : 'fragment';
  }
  if (kind === 'error-page' && clean.query.kept.client_id !== undefined) {
    redirect.clientId = clean.query.kept.client_id;
  }
  if (kind === 'app') {
    const code = clean.query.secrets.find(([name]) => name === 'code');
    if (code) redirect.issuedCode = await digest(code[1]);
    const tokens = (clean.fragment?.secrets ?? [])
      .map(([name]) => name)
      .filter((name) => name === 'id_token' || name === 'access_token');
    if (tokens.length > 0) redirect.issuedTokens = tokens;
  }
  return redirect;
}

/**
 * What is kept of a request to a sign-in domain, or undefined when the URL is not one of its
 * endpoints. Secrets become digests here, before anything is stored.
 */
export async function recordSigninRequest(
  observed: ObservedSigninRequest,
  id: string,
  customDomains: readonly string[],
  digest: DigestSecret,
): Promise<SigninRecord | undefined> {
  let url: URL;
  try {
    url = new URL(observed.url);
  } catch {
    return undefined;
  }
  const domain = signinDomainOf(url, customDomains);
  const endpoint = domain ? signinEndpointOf(url) : undefined;
  if (!domain || !endpoint) return undefined;

  const clean = cleanUrl(url);
  const secrets = [
    ...(await digestAll(clean.query.secrets, 'query', digest)),
    ...(await digestAll(clean.fragment?.secrets ?? [], 'fragment', digest)),
  ];
  const record: SigninRecord = {
    id,
    requestId: observed.requestId,
    tabId: observed.tabId,
    requestTime: observed.requestTime,
    method: observed.method.toUpperCase(),
    url: clean.url,
    domain,
    endpoint,
    params: clean.query.kept,
    body: observed.body?.kind ?? 'unknown',
    secrets,
  };
  if (observed.statusCode !== undefined) record.statusCode = observed.statusCode;
  if (observed.resourceType !== undefined) record.resourceType = observed.resourceType;
  if (observed.initiator !== undefined) record.initiator = withoutSecretParameters(observed.initiator);

  if (observed.body?.kind === 'form') {
    const { form, secrets: formSecrets } = keepForm(observed.body.fields);
    record.form = form;
    secrets.push(...(await digestAll(formSecrets, 'form', digest)));
  }
  if (observed.requestHeaders !== undefined) {
    record.headers = keepHeaders(observed.requestHeaders);
    const authorization = headerValue(observed.requestHeaders, 'authorization');
    if (authorization !== undefined) record.authScheme = schemeOf(authorization);
    const basic = basicCredentials(authorization);
    if (basic?.clientId !== undefined) record.basicClientId = basic.clientId;
    if (basic?.secret !== undefined) {
      secrets.push({ name: 'client_secret', where: 'basic', digest: await digest(basic.secret) });
    }
  }
  if (observed.redirectUrl !== undefined) {
    try {
      record.redirect = await keepRedirect(new URL(observed.redirectUrl), domain, digest);
    } catch {
      // A redirect to something that is not a URL tells nothing; the hop is kept without it.
    }
  }
  if (observed.responseError !== undefined) {
    const { error, errorDescription } = observed.responseError;
    record.responseError = {
      ...(error !== undefined ? { error: clip(error) } : {}),
      ...(errorDescription !== undefined ? { errorDescription: clip(errorDescription) } : {}),
    };
  }
  return record;
}

/** The `Content-Type` the request was sent with, as kept. */
export function contentTypeOf(record: SigninRecord): string | undefined {
  return record.headers?.find((header) => header.name.toLowerCase() === 'content-type')?.value;
}

/** The scheme of the request's `Authorization` header: `none` when it had none, `unknown` when headers were not seen. */
export function authorizationSchemeOf(
  record: SigninRecord,
): 'basic' | 'bearer' | 'other' | 'none' | 'unknown' {
  if (record.headers === undefined) return 'unknown';
  return record.authScheme ?? 'none';
}

/** A parameter of the request, from its query or its form: query first, as Cognito reads GETs. */
export function paramOf(record: SigninRecord, name: string): string | undefined {
  return record.params[name] ?? record.form?.values[name];
}

/** The digest of a secret the request sent, by name. */
export function secretOf(record: SigninRecord, name: string): SecretField | undefined {
  return record.secrets.find((secret) => secret.name === name);
}
