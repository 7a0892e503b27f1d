import {
  ANY_METHOD,
  DEFAULT_ROUTE,
  HTTP_METHODS,
  headerOfIdentitySource,
  parseCognitoIssuer,
} from '../awsIdentifiers';
import {
  describeAuthorizer,
  describeMethod,
  finishImport,
  foldAuthorizers,
  regionOfAuthorizers,
  sortForPreview,
} from './importPatch';
import type { AwsImportResult, ImportedAuthorizer, ImportHints, ImportPatch } from './importTypes';
import { authorizerRef, type ConfigMessage, configMessage } from './messages';
import type { MethodAuthorization } from './model';
import { clip, isRecord, optionalNumber, optionalString, stringList } from './untrustedData';

/**
 * Reads `aws apigatewayv2 get-authorizers --api-id …` (its `Items`) or one `get-authorizer`:
 * `{ AuthorizerId, AuthorizerType: JWT|REQUEST, IdentitySource: [...], JwtConfiguration: { Audience,
 * Issuer }, Name }`.
 */
export function parseHttpApiAuthorizers(items: unknown[], hints: ImportHints): AwsImportResult {
  const warnings: ConfigMessage[] = [];
  const authorizers: ImportedAuthorizer[] = [];
  items.forEach((item, index) => {
    const type = isRecord(item) ? optionalString(item.AuthorizerType)?.toUpperCase() : undefined;
    if (!isRecord(item) || type === undefined) {
      warnings.push(configMessage('warn.notHttpAuthorizer', { position: index + 1 }));
      return;
    }
    const jwt = isRecord(item.JwtConfiguration) ? item.JwtConfiguration : {};
    authorizers.push(
      readHttpAuthorizer(
        {
          id: optionalString(item.AuthorizerId),
          name: optionalString(item.Name),
          type,
          identitySources: Array.isArray(item.IdentitySource)
            ? stringList(item.IdentitySource)
            : stringList([item.IdentitySource]),
          issuer: optionalString(jwt.Issuer),
          audience: stringList(jwt.Audience),
          ttl: optionalNumber(item.AuthorizerResultTtlInSeconds),
        },
        warnings,
      ),
    );
  });
  if (authorizers.length === 0) {
    return { ok: false, error: configMessage('import.noHttpAuthorizer') };
  }
  const patch = foldAuthorizers(authorizers, warnings);
  const region = regionOfAuthorizers(authorizers);
  const parsed = {
    format: 'apigatewayv2-get-authorizers' as const,
    apiType: 'http' as const,
    patch,
    summary: [
      configMessage('summary.httpAuthorizers', { count: authorizers.length }),
      ...authorizers.map(describeAuthorizer),
    ],
    warnings,
  };
  return finishImport(region === undefined ? parsed : { ...parsed, region }, hints);
}

export interface HttpAuthorizerFields {
  id: string | undefined;
  name: string | undefined;
  /** `JWT` or `REQUEST` (v2 API) / `jwt` or `request` (export extension), upper-cased. */
  type: string;
  identitySources: string[];
  issuer: string | undefined;
  audience: string[];
  ttl: number | undefined;
}

/** Shared by get-authorizers and the HTTP API export, which spell the same settings differently. */
export function readHttpAuthorizer(
  fields: HttpAuthorizerFields,
  warnings: ConfigMessage[],
): ImportedAuthorizer {
  const authorizer: ImportedAuthorizer = { type: fields.type, userPoolIds: [], clientIds: [] };
  if (fields.id !== undefined) authorizer.id = fields.id;
  if (fields.name !== undefined) authorizer.name = fields.name;
  if (fields.ttl !== undefined) authorizer.resultTtlSeconds = fields.ttl;
  const ref = authorizerRef(fields.name === undefined ? undefined : clip(fields.name));
  const header = fields.identitySources.map(headerOfIdentitySource).find((name) => name !== undefined);
  if (header !== undefined) authorizer.identityHeader = header;
  if (fields.type === 'REQUEST') {
    // An HTTP API Lambda authorizer (aws-facts-2.md §4): its identity sources gate the function.
    authorizer.kind = 'lambda';
    authorizer.lambda = {
      type: 'REQUEST',
      identitySources: fields.identitySources,
      httpApi: true,
      ...(fields.ttl === undefined ? {} : { resultTtlSeconds: fields.ttl }),
    };
    return authorizer;
  }
  if (fields.type !== 'JWT') return authorizer;

  authorizer.kind = 'jwt';
  if (header === undefined) {
    warnings.push(configMessage('warn.jwtNoHeader', ref));
  }
  authorizer.clientIds = fields.audience;
  if (fields.audience.length === 0) {
    // aws-facts.md §4: an audience is required, there is no "any client".
    warnings.push(configMessage('warn.jwtNoAudience', ref));
  }
  if (fields.issuer === undefined) {
    warnings.push(configMessage('warn.jwtNoIssuer', ref));
    return authorizer;
  }
  authorizer.issuer = fields.issuer;
  const cognito = parseCognitoIssuer(fields.issuer);
  if (cognito !== undefined) {
    authorizer.userPoolIds = [cognito.poolId];
    authorizer.region = cognito.region;
    if (cognito.trailingSlash) {
      // aws-facts.md §4: the issuer must equal `iss` exactly, and Cognito's `iss` ends in the pool id.
      warnings.push(configMessage('warn.issuerTrailingSlash', ref));
    }
  }
  return authorizer;
}

/**
 * Reads `aws apigatewayv2 get-routes --api-id …` (its `Items`) or one `get-route`: `{ RouteId,
 * RouteKey: "GET /orders/{id}" | "$default", AuthorizationType, AuthorizerId?, AuthorizationScopes? }`.
 */
export function parseHttpApiRoutes(items: unknown[], hints: ImportHints): AwsImportResult {
  const warnings: ConfigMessage[] = [];
  const methods: MethodAuthorization[] = [];
  for (const item of items) {
    const routeKey = isRecord(item) ? optionalString(item.RouteKey) : undefined;
    const route = routeKey === undefined ? undefined : parseRouteKey(routeKey);
    if (!isRecord(item) || route === undefined) {
      warnings.push(
        routeKey === undefined
          ? configMessage('warn.routeWithoutKey')
          : configMessage('warn.badRouteKey', { routeKey: clip(routeKey) }),
      );
      continue;
    }
    const method: MethodAuthorization = {
      ...route,
      // A route created without an authorization type is open (NONE).
      authorizationType: optionalString(item.AuthorizationType)?.toUpperCase() ?? 'NONE',
      scopes: stringList(item.AuthorizationScopes),
    };
    const authorizerId = optionalString(item.AuthorizerId);
    if (authorizerId !== undefined) method.authorizerId = authorizerId;
    methods.push(method);
  }
  if (methods.length === 0) {
    return { ok: false, error: configMessage('import.noRoute') };
  }
  const patch: ImportPatch = { methods };
  if (methods.some((method) => method.authorizationType === 'JWT')) patch.authorizerKind = 'jwt';
  const sorted = sortForPreview(methods);
  return finishImport(
    {
      format: 'apigatewayv2-get-routes',
      apiType: 'http',
      patch,
      summary: [configMessage('summary.routes', { count: methods.length }), ...sorted.map(describeMethod)],
      warnings,
    },
    hints,
  );
}

/** `GET /orders/{id}` → method and path; `$default` → the catch-all, stored as `ANY $default`. */
export function parseRouteKey(routeKey: string): Pick<MethodAuthorization, 'method' | 'path'> | undefined {
  if (routeKey === DEFAULT_ROUTE) return { method: ANY_METHOD, path: DEFAULT_ROUTE };
  const match = /^(\S+) (\/\S*)$/.exec(routeKey);
  const method = match?.[1]?.toUpperCase();
  const path = match?.[2];
  if (method === undefined || path === undefined) return undefined;
  if (!HTTP_METHODS.includes(method) && method !== ANY_METHOD) return undefined;
  return { method, path };
}
