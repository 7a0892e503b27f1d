import { ANY_METHOD, DEFAULT_IDENTITY_HEADER, HTTP_METHODS } from '../awsIdentifiers';
import { sanitizeApiConfig } from '../config/configFile';
import { type ConfigMessage, configMessage } from '../config/messages';
import type { ApiConfig, AuthorizerKind, ConfigSource, MethodAuthorization } from '../config/model';
import { type ConfigTarget, configKey, sameTarget } from '../config/storedConfigs';
import { uniqueStrings } from '../config/untrustedData';
import {
  type ConfigProblem,
  configProblem,
  problemMessage,
  validateApiConfig,
} from '../config/validateApiConfig';

/**
 * An `ApiConfig` as the options page edits it: every field is the text of its input, so that a
 * half-typed list ("eu-west-1_AbC, ") stays as typed. `configFromDraft` reads it back; validation
 * always runs on that result, exactly what Save would store.
 */
export interface ConfigDraft {
  apiId: string;
  /** Blank: every stage. */
  stage: string;
  region: string;
  authorizerKind: AuthorizerKind;
  authorizerId: string;
  /** Blank: `Authorization`, the default identity source. */
  identityHeader: string;
  /** Separated by spaces, commas or new lines. */
  userPoolIds: string;
  /** App client ids (Cognito) or audiences (JWT), separated like `userPoolIds`. */
  clientIds: string;
  issuer: string;
  tokenValidationRegex: string;
  defaultScopesMode: DefaultScopesMode;
  /** Used when `defaultScopesMode` is `listed`; separated by spaces, as in the `scope` claim. */
  defaultScopes: string;
  methods: MethodDraft[];
}

/**
 * What is known of the scopes of methods the table does not list: nothing (`defaultScopes`
 * undefined), that they have none (`[]`), or which they are. "None" and "unknown" differ for the
 * checks: a REST method known to have no scopes wants an ID token (aws-facts.md §1).
 */
export type DefaultScopesMode = 'unknown' | 'none' | 'listed';

export interface MethodDraft {
  /** Identifies the row while it is edited, so that removing one row keeps the others' inputs. */
  rowId: number;
  method: string;
  path: string;
  authorizationType: string;
  /** Separated by spaces, as in the `scope` claim. */
  scopes: string;
  authorizerId: string;
}

/** The authorization types API Gateway reports on a method or route. */
export const AUTHORIZATION_TYPES: readonly string[] = [
  'COGNITO_USER_POOLS',
  'JWT',
  'NONE',
  'AWS_IAM',
  'CUSTOM',
];

export const METHOD_CHOICES: readonly string[] = [...HTTP_METHODS, ANY_METHOD];

export function draftFromConfig(config: ApiConfig): ConfigDraft {
  return {
    apiId: config.apiId,
    stage: config.stage ?? '',
    region: config.region ?? '',
    authorizerKind: config.authorizerKind,
    authorizerId: config.authorizerId ?? '',
    identityHeader: config.identityHeader,
    userPoolIds: config.userPoolIds.join(', '),
    clientIds: config.clientIds.join(', '),
    issuer: config.issuer ?? '',
    tokenValidationRegex: config.tokenValidationRegex ?? '',
    defaultScopesMode:
      config.defaultScopes === undefined ? 'unknown' : config.defaultScopes.length === 0 ? 'none' : 'listed',
    defaultScopes: (config.defaultScopes ?? []).join(' '),
    methods: config.methods.map((method, rowId) => ({
      rowId,
      method: method.method,
      path: method.path,
      authorizationType: method.authorizationType,
      scopes: method.scopes.join(' '),
      authorizerId: method.authorizerId ?? '',
    })),
  };
}

/** The configuration the draft describes, in the order the sanitiser writes fields. */
export function configFromDraft(draft: ConfigDraft, source: ConfigSource): ApiConfig {
  const optional = (field: keyof ApiConfig, text: string) => {
    const value = text.trim();
    return value === '' ? {} : { [field]: value };
  };
  let defaultScopes: { defaultScopes?: string[] } = {};
  if (draft.defaultScopesMode === 'none') defaultScopes = { defaultScopes: [] };
  else if (draft.defaultScopesMode === 'listed')
    defaultScopes = { defaultScopes: splitScopes(draft.defaultScopes) };
  return {
    apiId: draft.apiId.trim(),
    ...optional('stage', draft.stage),
    ...optional('region', draft.region),
    authorizerKind: draft.authorizerKind,
    ...optional('authorizerId', draft.authorizerId),
    identityHeader: draft.identityHeader.trim() || DEFAULT_IDENTITY_HEADER,
    userPoolIds: splitIds(draft.userPoolIds),
    clientIds: splitIds(draft.clientIds),
    ...optional('issuer', draft.issuer),
    ...optional('tokenValidationRegex', draft.tokenValidationRegex),
    ...defaultScopes,
    methods: draft.methods.map(methodFromRow),
    source: { ...source },
  };
}

function methodFromRow(row: MethodDraft): MethodAuthorization {
  const method: MethodAuthorization = {
    method: row.method.trim().toUpperCase(),
    path: row.path.trim(),
    authorizationType: row.authorizationType.trim().toUpperCase(),
    scopes: splitScopes(row.scopes),
  };
  const authorizerId = row.authorizerId.trim();
  if (authorizerId !== '') method.authorizerId = authorizerId;
  return method;
}

/** Pool ids, client ids and audiences: separated by whitespace or commas, none of them holds either. */
export function splitIds(text: string): string[] {
  return uniqueStrings(text.split(/[\s,]+/).filter((part) => part !== ''));
}

/** Scopes: separated by whitespace only, as in the OAuth `scope` claim (a scope may hold a comma). */
export function splitScopes(text: string): string[] {
  return uniqueStrings(text.split(/\s+/).filter((part) => part !== ''));
}

/** A new row for the methods table; its authorization type follows the API's authorizer. */
export function addMethodRow(draft: ConfigDraft): ConfigDraft {
  const rowId = Math.max(-1, ...draft.methods.map((row) => row.rowId)) + 1;
  const row: MethodDraft = {
    rowId,
    method: 'GET',
    path: '',
    authorizationType: draft.authorizerKind === 'jwt' ? 'JWT' : 'COGNITO_USER_POOLS',
    scopes: '',
    authorizerId: '',
  };
  return { ...draft, methods: [...draft.methods, row] };
}

export function removeMethodRow(draft: ConfigDraft, rowId: number): ConfigDraft {
  return { ...draft, methods: draft.methods.filter((row) => row.rowId !== rowId) };
}

export function updateMethodRow(
  draft: ConfigDraft,
  rowId: number,
  change: Partial<MethodDraft>,
): ConfigDraft {
  return {
    ...draft,
    methods: draft.methods.map((row) => (row.rowId === rowId ? { ...row, ...change, rowId } : row)),
  };
}

/** A JWT anywhere in a value: `eyJ` (base64url of `{"`) and two more dot-separated parts. */
const TOKEN_PATTERN = /eyJ[\w-]+\.[\w-]+\./;

export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * Everything that keeps a configuration from being saved: the core's validation, a value that
 * holds a token (the configuration lives in `storage.local`, on disk, where a token must never go:
 * STYLE.md rule 9), and an API and stage another saved entry already has.
 */
export function draftProblems(
  config: ApiConfig,
  saved: readonly ApiConfig[],
  original: ConfigTarget | undefined,
): ConfigProblem[] {
  const problems = [...validateApiConfig(config), ...tokenProblems(config)];
  const taken = saved.some(
    (other) => sameTarget(other, config) && (original === undefined || !sameTarget(other, original)),
  );
  if (taken)
    problems.push(configProblem('stage', configMessage('invalid.targetTaken', { key: configKey(config) })));
  return problems;
}

/** The fields of a configuration that hold a token. */
export function tokenProblems(config: ApiConfig): ConfigProblem[] {
  return stringFields(config)
    .filter(([, value]) => looksLikeToken(value))
    .map(([field]) => configProblem(field, configMessage('invalid.token')));
}

/** Every string in a configuration with its field path (`methods[1].scopes[0]`), the source aside. */
function stringFields(config: ApiConfig): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push([path, value]);
    else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, path === '' ? key : `${path}.${key}`);
    }
  };
  const { source: _source, ...fields } = config;
  walk(fields, '');
  return found;
}

/** One problem as shown next to its input: `index` is the entry of a list field it is about. */
export interface FieldProblem {
  index?: number;
  message: ConfigMessage;
}

/**
 * Groups problems by the input that shows them. List entries (`userPoolIds[2]`,
 * `methods[0].scopes[1]`) go to the list's input with their position; `methods[3]` (a row listed
 * twice) stays the row's own.
 */
export function groupProblems(problems: readonly ConfigProblem[]): Map<string, FieldProblem[]> {
  const grouped = new Map<string, FieldProblem[]>();
  for (const problem of problems) {
    const entry = /^(.+)\[(\d+)\]$/.exec(problem.field);
    const isListEntry = entry?.[1] !== undefined && entry[1] !== 'methods';
    const field = isListEntry ? (entry?.[1] ?? problem.field) : problem.field;
    const shown: FieldProblem = isListEntry
      ? { index: Number(entry?.[2]), message: problemMessage(problem) }
      : { message: problemMessage(problem) };
    grouped.set(field, [...(grouped.get(field) ?? []), shown]);
  }
  return grouped;
}

/** Whether two configurations say the same, whatever their source or field order. */
export function sameConfiguration(a: ApiConfig, b: ApiConfig): boolean {
  const comparable = (config: ApiConfig) => {
    const clean = sanitizeApiConfig(config, []);
    return JSON.stringify(clean === undefined ? null : { ...clean, source: null });
  };
  return comparable(a) === comparable(b);
}
