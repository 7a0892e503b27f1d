import { DEFAULT_STAGE } from '../awsIdentifiers';
import type { CapturedCall } from '../capture/types';
import { resolveMethod } from './matchRoute';
import type { ApiConfig, CallConfiguration } from './model';
import { configForTarget } from './storedConfigs';

/** The configuration saved for a call's API and stage (`configForTarget` decides which). */
export function findApiConfig(configs: readonly ApiConfig[], call: CapturedCall): ApiConfig | undefined {
  const { apiId, stage } = call.api;
  return configForTarget(configs, stage === undefined ? { apiId } : { apiId, stage });
}

/**
 * What the checks need to know about the API a captured call went to; undefined when nothing is
 * configured for it. Lists the configuration leaves empty come back undefined ("not known"), since
 * an authorizer with no pool or audience at all would be no authorizer.
 */
export function resolveCallConfiguration(
  configs: readonly ApiConfig[],
  call: CapturedCall,
): CallConfiguration | undefined {
  const config = findApiConfig(configs, call);
  if (config === undefined) return undefined;
  // REST and named HTTP API stages put the stage first in the URL; `$default` puts nothing there.
  // On a custom domain the mapping already cut its base path off (`mapCustomDomain`).
  const path =
    config.stage === DEFAULT_STAGE && call.api.customDomain === undefined
      ? call.api.path
      : call.api.resourcePath;
  const method = resolveMethod(config.methods, call.method, path);
  const resolved: CallConfiguration = {
    authorizerKind: config.authorizerKind,
    identityHeader: config.identityHeader,
    source: { ...config.source },
  };
  if (config.userPoolIds.length > 0) resolved.userPoolIds = [...config.userPoolIds];
  if (config.clientIds.length > 0) resolved.clientIds = [...config.clientIds];
  if (config.issuer !== undefined) resolved.issuer = config.issuer;
  if (config.tokenValidationRegex !== undefined) resolved.tokenValidationRegex = config.tokenValidationRegex;
  if (method !== undefined) {
    resolved.method = { ...method, scopes: [...method.scopes] };
    resolved.methodScopes = [...method.scopes];
  } else if (config.defaultScopes !== undefined) {
    resolved.methodScopes = [...config.defaultScopes];
  }
  if (config.methods.length > 0) {
    resolved.routes = config.methods.map(({ method: verb, path: template, authorizationType }) => ({
      method: verb,
      path: template,
      authorizationType,
    }));
  }
  if (config.stages !== undefined && config.stages.length > 0) resolved.stages = [...config.stages];
  if (config.restJwt !== undefined) resolved.restJwt = structuredClone(config.restJwt);
  // A Lambda authorizer applies to the API's kind `lambda`, or to a `CUSTOM` method of another kind.
  if (
    config.lambda !== undefined &&
    (config.authorizerKind === 'lambda' || method?.authorizationType === 'CUSTOM')
  ) {
    resolved.lambda = structuredClone(config.lambda);
    if (method?.authorizationType === 'CUSTOM') resolved.authorizerKind = 'lambda';
  }
  // The method's own authorizer id is exact; the API-level one is right when the API has one authorizer.
  const authorizerId = method?.authorizerId ?? config.authorizerId;
  if (authorizerId !== undefined) resolved.authorizerId = authorizerId;
  return resolved;
}
