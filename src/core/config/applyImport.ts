import { DEFAULT_IDENTITY_HEADER } from '../awsIdentifiers';
import { putDomain } from './customDomains';
import { type DomainConfig, normalizeDomainName } from './domainMappings';
import { methodKey } from './importPatch';
import type { AwsImportSuccess } from './importTypes';
import type { ApiConfig, MethodAuthorization } from './model';
import { exactConfig, putConfig } from './storedConfigs';
import { uniqueStrings } from './untrustedData';

export interface ApplyImportOptions {
  /** API the import is saved for; ignored for a `config-file` import, whose entries name their own. */
  apiId: string;
  /** Stage it is saved for; undefined saves it for every stage. Ignored for a `config-file` import. */
  stage?: string;
  /** ms since epoch, recorded as the source's `updatedAt`. */
  now: number;
}

/**
 * Merges an import into the saved configurations and returns the new list (the input is not
 * changed). The configuration for `apiId` and `stage` is created when missing. Methods replace saved
 * ones with the same method and path; pools and client ids are added to the saved ones; single
 * values the import provides replace the saved ones; the source becomes this import.
 */
export function applyImport(
  configs: readonly ApiConfig[],
  result: AwsImportSuccess,
  options: ApplyImportOptions,
): ApiConfig[] {
  const source = { kind: result.format, updatedAt: options.now };
  // Base path mappings belong to a domain (`applyDomainImport`), not to an API's configuration.
  if (result.domain !== undefined) return [...configs];
  if (result.configs !== undefined) {
    // A configuration file restores whole configurations: each replaces the one for its API and stage.
    let merged = [...configs];
    for (const imported of result.configs) merged = putConfig(merged, { ...imported, source });
    return merged;
  }
  const target =
    options.stage === undefined ? { apiId: options.apiId } : { apiId: options.apiId, stage: options.stage };
  const existing = exactConfig(configs, target);
  const base: ApiConfig = existing ?? {
    apiId: options.apiId,
    ...(options.stage === undefined ? {} : { stage: options.stage }),
    // An HTTP API import that names no authorizer still tells which kind the API uses.
    authorizerKind: result.apiType === 'http' ? 'jwt' : 'cognito',
    identityHeader: DEFAULT_IDENTITY_HEADER,
    userPoolIds: [],
    clientIds: [],
    methods: [],
    source,
  };
  const { patch } = result;
  const updated: ApiConfig = {
    ...base,
    authorizerKind: patch.authorizerKind ?? base.authorizerKind,
    identityHeader: patch.identityHeader ?? base.identityHeader,
    userPoolIds: uniqueStrings([...base.userPoolIds, ...(patch.userPoolIds ?? [])]),
    clientIds: uniqueStrings([...base.clientIds, ...(patch.clientIds ?? [])]),
    methods: mergeMethods(base.methods, patch.methods ?? []),
    source,
  };
  const region = result.region ?? base.region;
  if (region !== undefined) updated.region = region;
  if (patch.authorizerId !== undefined) updated.authorizerId = patch.authorizerId;
  if (patch.issuer !== undefined) updated.issuer = patch.issuer;
  if (patch.defaultScopes !== undefined) updated.defaultScopes = [...patch.defaultScopes];
  if (patch.lambda !== undefined) updated.lambda = structuredClone(patch.lambda);
  if (patch.restJwt !== undefined) updated.restJwt = structuredClone(patch.restJwt);
  if (patch.stages !== undefined) updated.stages = [...patch.stages];
  if (patch.tokenValidationRegex === null) delete updated.tokenValidationRegex;
  else if (patch.tokenValidationRegex !== undefined)
    updated.tokenValidationRegex = patch.tokenValidationRegex;
  return putConfig(configs, updated);
}

/** Saved order is kept; an imported method takes its namesake's place, new ones go last. */
function mergeMethods(saved: MethodAuthorization[], imported: MethodAuthorization[]): MethodAuthorization[] {
  const byKey = new Map(imported.map((method) => [methodKey(method), method]));
  const savedKeys = new Set(saved.map(methodKey));
  const merged = [
    ...saved.map((method) => byKey.get(methodKey(method)) ?? method),
    ...[...byKey.values()].filter((method) => !savedKeys.has(methodKey(method))),
  ];
  return merged.map((method) => ({ ...method, scopes: [...method.scopes] }));
}

/**
 * Saves a base path mapping import for its domain: the domain's mappings become the imported ones
 * (the output lists every mapping of the domain). The input is not changed.
 */
export function applyDomainImport(
  domains: readonly DomainConfig[],
  result: AwsImportSuccess,
  options: { domainName: string; now: number },
): DomainConfig[] {
  const domainName = normalizeDomainName(options.domainName);
  if (result.domain === undefined || domainName === undefined) return [...domains];
  const entry: DomainConfig = {
    domainName,
    mappings: result.domain.mappings.map((mapping) => ({ ...mapping })),
    source: { kind: result.format, updatedAt: options.now },
  };
  return putDomain(domains, entry);
}
