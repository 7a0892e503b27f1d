import { DEFAULT_IDENTITY_HEADER } from '../awsIdentifiers';
import type { AwsImportResult } from './importTypes';
import { type ConfigMessage, configMessage, type EntryRef } from './messages';
import {
  type ApiConfig,
  AUTHORIZER_KINDS,
  type ConfigSource,
  type ConfigSourceKind,
  type LambdaAuthorizer,
  type MethodAuthorization,
} from './model';
import { readRestJwt } from './readAuthorizerSettings';
import { isRecord, type JsonRecord, optionalString, stringList } from './untrustedData';
import { problemMessage, validateApiConfig } from './validateApiConfig';

/** Marks the extension's own configuration file, so that auto-detection never mistakes it. */
export const CONFIG_FILE_FORMAT = 'cognito-401-doctor-config';
/** Bumped when a change would make older versions misread the file. */
export const CONFIG_FILE_VERSION = 1;

const SOURCE_KINDS: readonly ConfigSourceKind[] = [
  'manual',
  'get-authorizers',
  'get-method',
  'get-resources',
  'get-export',
  'apigatewayv2-get-authorizers',
  'apigatewayv2-get-routes',
  'get-stages',
  'apigatewayv2-get-stages',
  'get-base-path-mappings',
  'apigatewayv2-get-api-mappings',
  'config-file',
];

/**
 * The whole configuration as a file to save or share. Only known fields are written, so nothing
 * that ever slipped into a stored object (let alone a token) leaves with it.
 */
export function serializeConfigFile(configs: readonly ApiConfig[]): string {
  const clean = configs.flatMap((config) => sanitizeApiConfig(config, []) ?? []);
  return `${JSON.stringify({ format: CONFIG_FILE_FORMAT, version: CONFIG_FILE_VERSION, configs: clean }, null, 2)}\n`;
}

export function isConfigFileDocument(doc: JsonRecord): boolean {
  return doc.format === CONFIG_FILE_FORMAT;
}

/** Reads a parsed configuration file; unknown fields are dropped, invalid entries skipped with a warning. */
export function parseConfigFile(doc: JsonRecord): AwsImportResult {
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    return { ok: false, error: configMessage('configFile.noVersion') };
  }
  if (doc.version > CONFIG_FILE_VERSION) {
    return { ok: false, error: configMessage('configFile.newerVersion', { version: doc.version }) };
  }
  if (!Array.isArray(doc.configs)) {
    return { ok: false, error: configMessage('configFile.noConfigs') };
  }
  const warnings: ConfigMessage[] = [];
  const byKey = new Map<string, ApiConfig>();
  doc.configs.forEach((raw, index) => {
    const problems: SanitizeProblem[] = [];
    const config = sanitizeApiConfig(raw, problems);
    const entry = config === undefined ? { position: index + 1 } : entryRef(config);
    for (const problem of problems) warnings.push(sanitizeWarning(problem, entry));
    if (config === undefined) return;
    for (const issue of validateApiConfig(config)) {
      warnings.push(
        configMessage('warn.entryInvalid', { entry, field: issue.field, problem: problemMessage(issue) }),
      );
    }
    const key = `${config.apiId} ${config.stage ?? ''}`;
    if (byKey.has(key)) warnings.push(configMessage('warn.entryTwice', { entry }));
    byKey.set(key, config);
  });
  const configs = [...byKey.values()];
  if (configs.length === 0) {
    return { ok: false, error: configMessage('configFile.empty') };
  }
  return {
    ok: true,
    format: 'config-file',
    patch: {},
    configs,
    summary: [configMessage('summary.configFile', { count: configs.length }), ...configs.map(describeConfig)],
    warnings,
    needs: [],
  };
}

function entryRef(config: ApiConfig): EntryRef {
  return config.stage === undefined ? { apiId: config.apiId } : { apiId: config.apiId, stage: config.stage };
}

function describeConfig(config: ApiConfig): ConfigMessage {
  return configMessage('summary.configEntry', {
    ...entryRef(config),
    apiId: config.apiId,
    kind: config.authorizerKind,
    pools: config.userPoolIds.length,
    clients: config.clientIds.length,
    methods: config.methods.length,
  });
}

/** What `sanitizeApiConfig` repaired or skipped; `method` is the 1-based position of a skipped method. */
export type SanitizeProblem =
  | { kind: 'notObject' }
  | { kind: 'noApiId' }
  | { kind: 'badKind' }
  | { kind: 'badMethod'; method: number };

function sanitizeWarning(problem: SanitizeProblem, entry: EntryRef): ConfigMessage {
  switch (problem.kind) {
    case 'notObject':
      return configMessage('warn.entryNotObject', { entry });
    case 'noApiId':
      return configMessage('warn.entryNoApiId', { entry });
    case 'badKind':
      return configMessage('warn.entryBadKind', { entry });
    case 'badMethod':
      return configMessage('warn.entryBadMethod', { entry, method: problem.method });
  }
}

/**
 * Copies the known fields of something that should be an `ApiConfig`, in a stable order. Undefined
 * (with a problem) when it lacks an API id; lesser defects are repaired and reported.
 */
export function sanitizeApiConfig(value: unknown, problems: SanitizeProblem[]): ApiConfig | undefined {
  if (!isRecord(value)) {
    problems.push({ kind: 'notObject' });
    return undefined;
  }
  const apiId = optionalString(value.apiId);
  if (apiId === undefined) {
    problems.push({ kind: 'noApiId' });
    return undefined;
  }
  let authorizerKind: ApiConfig['authorizerKind'] = 'cognito';
  const kind = AUTHORIZER_KINDS.find((known) => known === value.authorizerKind);
  if (kind !== undefined) authorizerKind = kind;
  else problems.push({ kind: 'badKind' });
  const lambda = sanitizeLambda(value.lambda);
  // The stored shape is the authorizer's own `jwtConfiguration`: one reader for both.
  const restJwt = isRecord(value.restJwt) ? readRestJwt({ jwtConfiguration: value.restJwt }) : undefined;

  const optional = (field: 'stage' | 'region' | 'authorizerId' | 'issuer' | 'tokenValidationRegex') => {
    const text = optionalString(value[field]);
    return text === undefined ? {} : { [field]: text };
  };
  const methods: MethodAuthorization[] = [];
  (Array.isArray(value.methods) ? value.methods : []).forEach((raw, index) => {
    const method = sanitizeMethod(raw);
    if (method === undefined) problems.push({ kind: 'badMethod', method: index + 1 });
    else methods.push(method);
  });
  // Built in the order a reader of the file expects: identity first, methods and source last.
  return {
    apiId,
    ...optional('stage'),
    ...optional('region'),
    authorizerKind,
    ...optional('authorizerId'),
    identityHeader: optionalString(value.identityHeader) ?? DEFAULT_IDENTITY_HEADER,
    userPoolIds: stringList(value.userPoolIds),
    clientIds: stringList(value.clientIds),
    ...optional('issuer'),
    ...optional('tokenValidationRegex'),
    ...(Array.isArray(value.defaultScopes) ? { defaultScopes: stringList(value.defaultScopes) } : {}),
    ...(lambda === undefined ? {} : { lambda }),
    ...(restJwt === undefined ? {} : { restJwt }),
    ...(Array.isArray(value.stages) ? { stages: stringList(value.stages) } : {}),
    methods,
    source: sanitizeSource(value.source),
  };
}

function sanitizeMethod(value: unknown): MethodAuthorization | undefined {
  if (!isRecord(value)) return undefined;
  const method = optionalString(value.method)?.toUpperCase();
  const path = optionalString(value.path);
  const authorizationType = optionalString(value.authorizationType)?.toUpperCase();
  if (method === undefined || path === undefined || authorizationType === undefined) return undefined;
  const clean: MethodAuthorization = { method, path, authorizationType, scopes: stringList(value.scopes) };
  const authorizerId = optionalString(value.authorizerId);
  if (authorizerId !== undefined) clean.authorizerId = authorizerId;
  if (typeof value.apiKeyRequired === 'boolean') clean.apiKeyRequired = value.apiKeyRequired;
  return clean;
}

function sanitizeLambda(value: unknown): LambdaAuthorizer | undefined {
  if (!isRecord(value) || (value.type !== 'TOKEN' && value.type !== 'REQUEST')) return undefined;
  const lambda: LambdaAuthorizer = {
    type: value.type,
    identitySources: stringList(value.identitySources),
    httpApi: value.httpApi === true,
  };
  const expression = optionalString(value.validationExpression);
  if (expression !== undefined) lambda.validationExpression = expression;
  if (typeof value.resultTtlSeconds === 'number' && Number.isFinite(value.resultTtlSeconds))
    lambda.resultTtlSeconds = value.resultTtlSeconds;
  return lambda;
}

export function sanitizeSource(value: unknown): ConfigSource {
  const kind = isRecord(value) ? SOURCE_KINDS.find((known) => known === value.kind) : undefined;
  const updatedAt = isRecord(value) && typeof value.updatedAt === 'number' ? value.updatedAt : 0;
  return { kind: kind ?? 'manual', updatedAt: Number.isFinite(updatedAt) ? updatedAt : 0 };
}
