import { DEFAULT_IDENTITY_HEADER } from '../awsIdentifiers';
import type { CapturedCall } from '../capture/types';
import type { ImportHints } from '../config/importTypes';
import type { ApiConfig, AuthorizerKind } from '../config/model';

/**
 * The options page's query string, `?apiId=…&stage=…&method=…&path=…&region=…&authorizer=…`: the popup's
 * "Configure this API" link names the call it came from, and the page opens that API's entry and
 * uses the values as import hints (what get-method and get-authorizers outputs do not say).
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

const FIELDS = ['apiId', 'stage', 'method', 'path', 'region', 'authorizer'] as const;
const AUTHORIZER_KINDS: readonly string[] = ['cognito', 'jwt'] satisfies AuthorizerKind[];

/** Longer values are no API id, stage or path a link would carry; they are ignored, not cut. */
const MAX_VALUE_LENGTH = 512;

/**
 * The query of a link to the options page for one captured call: pass the call as `withStageRead`
 * read it (an HTTP API's `$default` stage and its whole path), and the authorizer kind the
 * diagnosis found, when it found one.
 */
export function optionsQueryFor(call: CapturedCall, authorizer?: AuthorizerKind | 'unknown'): string {
  const query: OptionsQuery = {
    apiId: call.api.apiId,
    stage: call.api.stage,
    method: call.method,
    path: call.api.resourcePath,
    region: call.api.region,
    authorizer: authorizer === 'unknown' ? undefined : authorizer,
  };
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = query[field];
    if (value !== undefined && value !== '') params.set(field, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Reads the page's `location.search`; blank and over-long values are left out. */
export function readOptionsQuery(search: string): OptionsQuery {
  const params = new URLSearchParams(search);
  const query: OptionsQuery = {};
  for (const field of FIELDS) {
    const value = params.get(field)?.trim();
    if (value === undefined || value === '' || value.length > MAX_VALUE_LENGTH) continue;
    if (field === 'authorizer') {
      if (AUTHORIZER_KINDS.includes(value)) query.authorizer = value as AuthorizerKind;
      continue;
    }
    query[field] = field === 'method' ? value.toUpperCase() : value;
  }
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
