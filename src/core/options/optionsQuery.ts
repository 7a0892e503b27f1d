import {
  DEFAULT_IDENTITY_HEADER,
  DEFAULT_STAGE,
  HTTP_METHODS,
  REGION_PATTERN,
  STAGE_NAME_PATTERN,
} from '../awsIdentifiers';
import type { CapturedCall } from '../capture/types';
import { normalizeDomainName } from '../config/domainMappings';
import type { ImportHints } from '../config/importTypes';
import type { ApiConfig, AuthorizerKind } from '../config/model';

/**
 * What the popup's "Configure this API" link tells the options page about the call it came from:
 * the page opens that API's entry and uses the values as import hints (what get-method and
 * get-authorizers outputs do not say).
 */
export interface OptionsQuery {
  apiId?: string;
  stage?: string;
  /** HTTP method of the call, upper case. */
  method?: string;
  /** The call's path after the stage, e.g. `/orders/42`: a concrete path, not a resource template. */
  path?: string;
  region?: string;
  /** The authorizer kind the diagnosis found (configuration, else the response's headers). */
  authorizer?: AuthorizerKind;
}

/**
 * The link carries the captured call's id (`?call=…`) and the authorizer kind the diagnosis found,
 * never the call's path or any other value of the call: a URL the extension opens ends up in the
 * profile's History and session files on disk, and apps put tokens in paths
 * (`/invitations/<JWT>`). The page reads the call from `storage.session` by that id.
 */
const CALL_PARAM = 'call';
const AUTHORIZER_PARAM = 'authorizer';
const AUTHORIZER_KINDS: readonly string[] = ['cognito', 'jwt'] satisfies AuthorizerKind[];

/**
 * Capture ids are `{requestId}-{ms}`; anything else is no id a link would carry. A JWT cannot be
 * one: its header alone is longer than 64 characters once its signature algorithm is named.
 */
const CALL_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** An API id as API Gateway makes them: 10 lower-case letters and digits (no token is that shape). */
const API_ID_PATTERN = /^[a-z0-9]{1,32}$/;

/**
 * The call's API identifiers, each only when it has its strict AWS shape, so none can be a token:
 * API id, stage (no dot: a JWT always has two), region and method. The page uses them when it does
 * not find the call in `storage.session`: a call listed on the HAR page or in the DevTools panel
 * lives only in that page. The path is never put in a link.
 */
const IDENTIFIER_PARAMS = {
  apiId: (value: string) => API_ID_PATTERN.test(value),
  stage: (value: string) => value === DEFAULT_STAGE || STAGE_NAME_PATTERN.test(value),
  region: (value: string) => REGION_PATTERN.test(value),
  method: (value: string) => HTTP_METHODS.includes(value) || value === 'ANY',
} as const;

type IdentifierParam = keyof typeof IDENTIFIER_PARAMS;

/** The query of a link to the options page for one captured call, and the authorizer kind found. */
export function optionsQueryFor(
  call: Pick<CapturedCall, 'id'> & { api?: Partial<CapturedCall['api']>; method?: string },
  authorizer?: AuthorizerKind | 'unknown',
): string {
  if (!CALL_ID_PATTERN.test(call.id)) return '';
  const params = new URLSearchParams({ [CALL_PARAM]: call.id });
  if (authorizer !== undefined && authorizer !== 'unknown') params.set(AUTHORIZER_PARAM, authorizer);
  const values: Record<IdentifierParam, string | undefined> = {
    apiId: call.api?.apiId,
    stage: call.api?.stage,
    region: call.api?.region,
    method: call.method?.toUpperCase(),
  };
  for (const name of Object.keys(IDENTIFIER_PARAMS) as IdentifierParam[]) {
    const value = values[name];
    if (value !== undefined && IDENTIFIER_PARAMS[name](value)) params.set(name, value);
  }
  return `?${params.toString()}`;
}

/**
 * `?domain=api.example.com`: the "Watched hosts" section opens on that host (the popup's offer and a
 * call on a custom domain link here). Only a plain lower-case host name passes, which no token is:
 * a JWT's segments are longer than a DNS label's 63 characters and mix cases.
 */
const DOMAIN_PARAM = 'domain';

export function domainQuery(host: string): string {
  const domain = linkDomain(host);
  return domain === undefined ? '' : `?${new URLSearchParams({ [DOMAIN_PARAM]: domain }).toString()}`;
}

function linkDomain(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (text === undefined || text !== text.toLowerCase()) return undefined;
  return normalizeDomainName(text);
}

export interface OptionsLink {
  callId?: string;
  /** A watched host to open the "Watched hosts" section on. */
  domain?: string;
  authorizer?: AuthorizerKind;
  /** The call's identifiers as the link names them: used when the call is not in `storage.session`. */
  identifiers?: Partial<Record<IdentifierParam, string>>;
}

/** What the page's `location.search` names: a call id and an authorizer kind, each when valid. */
export function readOptionsLink(search: string): OptionsLink {
  const params = new URLSearchParams(search);
  const link: OptionsLink = {};
  const domain = linkDomain(params.get(DOMAIN_PARAM));
  if (domain !== undefined) link.domain = domain;
  const callId = params.get(CALL_PARAM)?.trim();
  if (callId !== undefined && CALL_ID_PATTERN.test(callId)) link.callId = callId;
  const authorizer = params.get(AUTHORIZER_PARAM)?.trim();
  if (authorizer !== undefined && AUTHORIZER_KINDS.includes(authorizer))
    link.authorizer = authorizer as AuthorizerKind;
  const identifiers: Partial<Record<IdentifierParam, string>> = {};
  for (const name of Object.keys(IDENTIFIER_PARAMS) as IdentifierParam[]) {
    const value = params.get(name)?.trim();
    if (value !== undefined && IDENTIFIER_PARAMS[name](value)) identifiers[name] = value;
  }
  if (Object.keys(identifiers).length > 0) link.identifiers = identifiers;
  return link;
}

/** Longer values are no API id, stage or path to pre-fill; they are left out, not cut. */
const MAX_VALUE_LENGTH = 512;

/**
 * What the page pre-fills for a captured call (as `withStageRead` reads it: an HTTP API's
 * `$default` stage and its whole path): its API, stage, method, path and region, and the
 * authorizer kind the link names.
 */
export function optionsQueryFromCall(
  call: CapturedCall | undefined,
  authorizer?: AuthorizerKind,
): OptionsQuery {
  if (call === undefined) return {};
  const query: OptionsQuery = {};
  const set = (field: Exclude<keyof OptionsQuery, 'authorizer'>, value: string | undefined) => {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed !== '' && trimmed.length <= MAX_VALUE_LENGTH) query[field] = trimmed;
  };
  set('apiId', call.api.apiId);
  set('stage', call.api.stage);
  set('method', call.method.toUpperCase());
  set('path', call.api.resourcePath);
  set('region', call.api.region);
  if (authorizer !== undefined) query.authorizer = authorizer;
  return query;
}

export function hintsFromQuery(query: OptionsQuery): ImportHints {
  const hints: ImportHints = {};
  if (query.apiId !== undefined) hints.apiId = query.apiId;
  if (query.stage !== undefined) hints.stage = query.stage;
  if (query.path !== undefined) hints.path = query.path;
  if (query.method !== undefined) hints.method = query.method;
  return hints;
}

/**
 * A new, unsaved entry for the API a link named, pre-filled with what the call tells. The call's
 * method and path become a first method row for the user to complete (its scopes, and `{id}` for
 * the concrete ids in the path); the page shows it as a draft until saved. The authorizer kind is the
 * one the link names (an HTTP API's JWT authorizer, found from its `www-authenticate`), else a REST
 * Cognito user-pool authorizer, the most common.
 */
export function configFromQuery(query: OptionsQuery & { apiId: string }, now: number): ApiConfig {
  const kind = query.authorizer ?? 'cognito';
  const config: ApiConfig = {
    apiId: query.apiId,
    authorizerKind: kind,
    identityHeader: DEFAULT_IDENTITY_HEADER,
    userPoolIds: [],
    clientIds: [],
    methods:
      query.method === undefined || query.path === undefined
        ? []
        : [
            {
              method: query.method,
              path: query.path,
              authorizationType: kind === 'jwt' ? 'JWT' : 'COGNITO_USER_POOLS',
              scopes: [],
            },
          ],
    source: { kind: 'manual', updatedAt: now },
  };
  if (query.stage !== undefined) config.stage = query.stage;
  if (query.region !== undefined) config.region = query.region;
  return config;
}
