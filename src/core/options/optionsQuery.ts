import type { CapturedCall } from '../capture/types';
import { DEFAULT_IDENTITY_HEADER } from '../config/awsIdentifiers';
import type { ImportHints } from '../config/importTypes';
import type { ApiConfig } from '../config/model';

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
}

/**
 * The link carries only the captured call's id (`?call=…`), never its path or any other value of
 * the call: a URL the extension opens ends up in the profile's History and session files on disk,
 * and apps put tokens in paths (`/invitations/<JWT>`). The page reads the call from
 * `storage.session` by that id.
 */
const CALL_PARAM = 'call';

/** Capture ids are `{requestId}-{ms}`; anything else, or longer, is no id a link would carry. */
const CALL_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** The query of a link to the options page for one captured call. */
export function optionsQueryFor(call: Pick<CapturedCall, 'id'>): string {
  if (!CALL_ID_PATTERN.test(call.id)) return '';
  return `?${new URLSearchParams({ [CALL_PARAM]: call.id }).toString()}`;
}

/** The call id the page's `location.search` names, when it is one. */
export function readCallId(search: string): string | undefined {
  const value = new URLSearchParams(search).get(CALL_PARAM)?.trim();
  return value !== undefined && CALL_ID_PATTERN.test(value) ? value : undefined;
}

/** Longer values are no API id, stage or path to pre-fill; they are left out, not cut. */
const MAX_VALUE_LENGTH = 512;

/** What the page pre-fills for a captured call: its API, stage, method, path and region. */
export function optionsQueryFromCall(call: CapturedCall | undefined): OptionsQuery {
  if (call === undefined) return {};
  const query: OptionsQuery = {};
  const set = (field: keyof OptionsQuery, value: string | undefined) => {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed !== '' && trimmed.length <= MAX_VALUE_LENGTH) query[field] = trimmed;
  };
  set('apiId', call.api.apiId);
  set('stage', call.api.stage);
  set('method', call.method.toUpperCase());
  set('path', call.api.resourcePath);
  set('region', call.api.region);
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
 * the concrete ids in the path); the page shows it as a draft until saved.
 */
export function configFromQuery(query: OptionsQuery & { apiId: string }, now: number): ApiConfig {
  const config: ApiConfig = {
    apiId: query.apiId,
    authorizerKind: 'cognito',
    identityHeader: DEFAULT_IDENTITY_HEADER,
    userPoolIds: [],
    clientIds: [],
    methods:
      query.method === undefined || query.path === undefined
        ? []
        : [{ method: query.method, path: query.path, authorizationType: 'COGNITO_USER_POOLS', scopes: [] }],
    source: { kind: 'manual', updatedAt: now },
  };
  if (query.stage !== undefined) config.stage = query.stage;
  if (query.region !== undefined) config.region = query.region;
  return config;
}
