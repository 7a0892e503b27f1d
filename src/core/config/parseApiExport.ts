import {
  ANY_METHOD,
  DEFAULT_IDENTITY_HEADER,
  DEFAULT_ROUTE,
  DEFAULT_STAGE,
  regionOfUserPool,
} from '../awsIdentifiers';
import { parseApiGatewayUrl } from '../capture/apiGatewayUrl';
import {
  describeAuthorizer,
  describeMethod,
  finishImport,
  foldAuthorizers,
  type ParsedImport,
  readProviderArns,
  regionOfAuthorizers,
  sortForPreview,
} from './importPatch';
import type { ApiType, AwsImportResult, ImportedAuthorizer, ImportHints } from './importTypes';
import { type ConfigMessage, configMessage } from './messages';
import type { MethodAuthorization } from './model';
import { readHttpAuthorizer } from './parseHttpApi';
import { readRestAuthorizer } from './parseRestAuthorizers';
import { identitySourceList } from './readAuthorizerSettings';
import { clip, isRecord, type JsonRecord, optionalNumber, optionalString, stringList } from './untrustedData';

/**
 * Operation keys of an OpenAPI path item, and API Gateway's extension for `ANY`. A Map, not an
 * object literal: the keys come from the pasted document, and `constructor` or `__proto__` must
 * find nothing rather than Object's own members.
 */
const OPERATION_KEYS: ReadonlyMap<string, string> = new Map([
  ['get', 'GET'],
  ['put', 'PUT'],
  ['post', 'POST'],
  ['delete', 'DELETE'],
  ['options', 'OPTIONS'],
  ['head', 'HEAD'],
  ['patch', 'PATCH'],
  ['x-amazon-apigateway-any-method', ANY_METHOD],
]);

/** What a security scheme stands for, as far as the authorization of a method goes. */
type SchemeRole =
  | {
      role: 'authorizer';
      authorizationType: 'COGNITO_USER_POOLS' | 'JWT' | 'CUSTOM';
      authorizer: ImportedAuthorizer;
    }
  | { role: 'iam' }
  /** API keys and schemes without API Gateway meaning: they do not make a method authorized. */
  | { role: 'other' };

/**
 * Reads an API exported with `aws apigateway get-export --export-type oas30|swagger --parameters
 * extensions=apigateway` (JSON or YAML), or an HTTP API exported with `aws apigatewayv2 export-api`.
 * Authorizers come from the security schemes' `x-amazon-apigateway-authorizer`, methods from each
 * operation's `security` (or the global one), and API id, region and stage from the server URL.
 */
export function parseApiExport(doc: JsonRecord, hints: ImportHints): AwsImportResult {
  const warnings: ConfigMessage[] = [];
  const isOpenApi3 = typeof doc.openapi === 'string';
  const schemesSource = isOpenApi3
    ? isRecord(doc.components)
      ? doc.components.securitySchemes
      : undefined
    : doc.securityDefinitions;
  const paths = isRecord(doc.paths) ? doc.paths : {};
  const httpTraits = hasHttpApiTraits(doc, paths);
  const schemes = new Map<string, SchemeRole>();
  for (const [name, raw] of Object.entries(isRecord(schemesSource) ? schemesSource : {})) {
    if (isRecord(raw)) schemes.set(name, readScheme(name, raw, httpTraits, warnings));
  }
  const globalSecurity = doc.security;
  const methods: MethodAuthorization[] = [];
  for (const [rawPath, pathItem] of Object.entries(paths)) {
    if (!isRecord(pathItem)) continue;
    // HTTP API exports write the catch-all route as the path `/$default`.
    const path = rawPath === `/${DEFAULT_ROUTE}` ? DEFAULT_ROUTE : rawPath;
    if (path !== DEFAULT_ROUTE && !path.startsWith('/')) {
      warnings.push(configMessage('warn.pathNoSlash', { path: clip(rawPath) }));
      continue;
    }
    for (const [key, operation] of Object.entries(pathItem)) {
      const verb = OPERATION_KEYS.get(key.toLowerCase());
      if (verb === undefined || !isRecord(operation)) continue;
      const security = 'security' in operation ? operation.security : globalSecurity;
      const method = readOperationSecurity(verb, path, security, schemes, warnings);
      if (method !== undefined) methods.push(method);
    }
  }
  if (methods.length === 0 && schemes.size === 0) {
    return { ok: false, error: configMessage('import.exportEmpty') };
  }

  const authorizers = [...schemes.values()].flatMap((scheme) =>
    scheme.role === 'authorizer' ? [scheme.authorizer] : [],
  );
  // An HTTP API JWT authorizer exists only on HTTP APIs; a REST JWT authorizer reads as `rest-jwt`.
  const apiType: ApiType =
    httpTraits || authorizers.some((authorizer) => authorizer.kind === 'jwt' || authorizer.lambda?.httpApi)
      ? 'http'
      : 'rest';
  const patch = { ...foldAuthorizers(authorizers, warnings), methods };
  const server = readServer(doc, isOpenApi3, apiType, warnings);
  const sorted = sortForPreview(methods);
  const parsed: ParsedImport = {
    format: 'get-export',
    apiType,
    patch,
    summary: [
      configMessage('summary.export', {
        variant: isOpenApi3 ? 'openapi3' : 'swagger2',
        apiType,
        authorizers: authorizers.length,
        methods: methods.length,
      }),
      ...authorizers.map(describeAuthorizer),
      ...sorted.map(describeMethod),
    ],
    warnings,
  };
  if (server.apiId !== undefined) parsed.apiId = server.apiId;
  if (server.stage !== undefined) parsed.stage = server.stage;
  const region = server.region ?? regionOfAuthorizers(authorizers);
  if (region !== undefined) parsed.region = region;
  return finishImport(parsed, hints);
}

function readScheme(
  name: string,
  scheme: JsonRecord,
  httpApi: boolean,
  warnings: ConfigMessage[],
): SchemeRole {
  const extension = isRecord(scheme['x-amazon-apigateway-authorizer'])
    ? scheme['x-amazon-apigateway-authorizer']
    : {};
  const extensionType = optionalString(extension.type)?.toLowerCase();
  const authType = optionalString(scheme['x-amazon-apigateway-authtype'])?.toLowerCase();
  const headerFromScheme =
    optionalString(scheme.in)?.toLowerCase() === 'header' ? optionalString(scheme.name) : undefined;

  if (extensionType === 'cognito_user_pools' || authType === 'cognito_user_pools') {
    const authorizer: ImportedAuthorizer = {
      name,
      type: 'COGNITO_USER_POOLS',
      kind: 'cognito',
      // The scheme's `name` (with `in: header`) is the identity-source header of a REST authorizer.
      identityHeader: headerFromScheme ?? DEFAULT_IDENTITY_HEADER,
      userPoolIds: [],
      clientIds: [],
    };
    if (isRecord(scheme['x-amazon-apigateway-authorizer'])) {
      authorizer.userPoolIds = readProviderArns(stringList(extension.providerARNs), name, warnings);
    } else {
      // get-export without `extensions=apigateway` (or `authorizers`) keeps the auth type, drops the pools.
      warnings.push(configMessage('warn.noAuthorizerExtension'));
    }
    const region = authorizer.userPoolIds.map(regionOfUserPool).find((value) => value !== undefined);
    if (region !== undefined) authorizer.region = region;
    const regex = optionalString(extension.identityValidationExpression);
    if (regex !== undefined) authorizer.tokenValidationRegex = regex;
    const ttl = optionalNumber(extension.authorizerResultTtlInSeconds);
    if (ttl !== undefined) authorizer.resultTtlSeconds = ttl;
    return { role: 'authorizer', authorizationType: 'COGNITO_USER_POOLS', authorizer };
  }

  if (extensionType === 'jwt') {
    const jwt = isRecord(extension.jwtConfiguration) ? extension.jwtConfiguration : {};
    // A REST JWT authorizer's configuration is a list of issuers (aws-facts-2.md §2.1:
    // `JwtConfiguration { defaultAlgorithms, issuers }`); an HTTP API's names one issuer and its
    // audience. The extension reference documents only the HTTP API shape in exports, so the REST
    // one is read as the API reference describes it [unverified in an export] (README, Known limits).
    if (Array.isArray(jwt.issuers) || Array.isArray(jwt.defaultAlgorithms)) {
      const authorizer = restScheme(name, 'JWT', extension, headerFromScheme, warnings);
      return { role: 'authorizer', authorizationType: 'JWT', authorizer };
    }
    // The issuer may instead come from an OpenID Connect discovery URL (OpenAPI `openIdConnectUrl`).
    const discovery = optionalString(scheme.openIdConnectUrl)?.replace(
      /\/\.well-known\/openid-configuration$/,
      '',
    );
    const authorizer = readHttpAuthorizer(
      {
        id: undefined,
        name,
        type: 'JWT',
        identitySources: identitySourceList(extension.identitySource),
        issuer: optionalString(jwt.issuer) ?? discovery,
        audience: stringList(jwt.audience),
        ttl: undefined,
      },
      warnings,
    );
    return { role: 'authorizer', authorizationType: 'JWT', authorizer };
  }

  if (extensionType === 'token' || extensionType === 'request') {
    const authorizer = lambdaScheme(name, extensionType, extension, headerFromScheme, httpApi, warnings);
    return { role: 'authorizer', authorizationType: 'CUSTOM', authorizer };
  }

  if (authType === 'awssigv4') return { role: 'iam' };
  return { role: 'other' };
}

/**
 * A Lambda authorizer's `x-amazon-apigateway-authorizer` (`type` `token` or `request`,
 * `identitySource`, `identityValidationExpression`, `authorizerResultTtlInSeconds`; HTTP APIs add
 * `authorizerPayloadFormatVersion` and `enableSimpleResponses`).
 */
function lambdaScheme(
  name: string,
  type: 'token' | 'request',
  extension: JsonRecord,
  headerFromScheme: string | undefined,
  httpApi: boolean,
  warnings: ConfigMessage[],
): ImportedAuthorizer {
  const sources = identitySourceList(extension.identitySource);
  // HTTP API identity sources are `$request.header.…` expressions (apigatewayv2 API_Authorizer).
  const isHttp =
    httpApi ||
    sources.some((source) => source.startsWith('$')) ||
    'authorizerPayloadFormatVersion' in extension;
  if (isHttp && type === 'request') {
    const ttl = optionalNumber(extension.authorizerResultTtlInSeconds);
    return readHttpAuthorizer(
      {
        id: undefined,
        name,
        type: 'REQUEST',
        identitySources: sources,
        issuer: undefined,
        audience: [],
        ttl,
      },
      warnings,
    );
  }
  return restScheme(name, type.toUpperCase(), extension, headerFromScheme, warnings);
}

/**
 * A REST authorizer in an export, read as `get-authorizers` reads one (parseRestAuthorizers.ts). A
 * `token` authorizer's export names its header only as the scheme's `name` (`in: header`), so that
 * is its identity source when the extension gives none.
 */
function restScheme(
  name: string,
  type: string,
  extension: JsonRecord,
  headerFromScheme: string | undefined,
  warnings: ConfigMessage[],
): ImportedAuthorizer {
  const named = identitySourceList(extension.identitySource).length > 0 || headerFromScheme === undefined;
  const item = {
    ...extension,
    name,
    type,
    identitySource: named ? extension.identitySource : `method.request.header.${headerFromScheme}`,
  };
  return readRestAuthorizer(item, warnings) ?? { name, type, userPoolIds: [], clientIds: [] };
}

/**
 * A method's protection from its security requirements: `[]` means none, each requirement object is
 * an alternative. API Gateway attaches at most one authorizer to a method, so the first requirement
 * naming one decides; API-key schemes only add a key check.
 */
function readOperationSecurity(
  verb: string,
  path: string,
  security: unknown,
  schemes: Map<string, SchemeRole>,
  warnings: ConfigMessage[],
): MethodAuthorization | undefined {
  const route = `${verb} ${path}`;
  const requirements = Array.isArray(security) ? security.filter(isRecord) : [];
  const decisive: { role: SchemeRole; scopes: string[] }[] = [];
  for (const requirement of requirements) {
    for (const [name, scopes] of Object.entries(requirement)) {
      const role = schemes.get(name);
      if (role === undefined) {
        warnings.push(configMessage('warn.undefinedScheme', { route: clip(route), scheme: clip(name) }));
        return undefined;
      }
      if (role.role !== 'other') decisive.push({ role, scopes: stringList(scopes) });
    }
  }
  const [chosen, ...others] = decisive;
  if (others.length > 0) {
    warnings.push(configMessage('warn.severalAuthorizers', { route: clip(route) }));
  }
  const method: MethodAuthorization = { method: verb, path, authorizationType: 'NONE', scopes: [] };
  if (chosen === undefined) return method;
  if (chosen.role.role === 'iam') return { ...method, authorizationType: 'AWS_IAM' };
  if (chosen.role.role === 'authorizer') {
    method.authorizationType = chosen.role.authorizationType;
    method.scopes = chosen.scopes;
  }
  return method;
}

/** HTTP API exports have traits REST exports never have: an import-export version, CORS settings, `$default`. */
function hasHttpApiTraits(doc: JsonRecord, paths: JsonRecord): boolean {
  return (
    'x-amazon-apigateway-importexport-version' in doc ||
    'x-amazon-apigateway-cors' in doc ||
    `/${DEFAULT_ROUTE}` in paths
  );
}

interface ServerLocation {
  apiId?: string;
  region?: string;
  stage?: string;
}

/**
 * API id, region and stage from OpenAPI 3 `servers[0]` (`https://{id}.execute-api.{region}.amazonaws.com/{basePath}`
 * with `variables.basePath.default: "/prod"`) or Swagger 2 `host` + `basePath`.
 */
function readServer(
  doc: JsonRecord,
  isOpenApi3: boolean,
  apiType: ApiType,
  warnings: ConfigMessage[],
): ServerLocation {
  let url: string | undefined;
  if (isOpenApi3) {
    const server = Array.isArray(doc.servers) ? doc.servers.find(isRecord) : undefined;
    const template = server === undefined ? undefined : optionalString(server.url);
    const variables = server !== undefined && isRecord(server.variables) ? server.variables : {};
    url = template?.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      // Own properties only: `{constructor}` in a pasted URL must not find Object's.
      const variable = Object.hasOwn(variables, name) ? variables[name] : undefined;
      const value = isRecord(variable) ? variable.default : undefined;
      return typeof value === 'string' ? value : whole;
    });
  } else {
    const host = optionalString(doc.host);
    const basePath = typeof doc.basePath === 'string' ? doc.basePath : '';
    url = host === undefined ? undefined : `https://${host}${basePath.startsWith('/') ? '' : '/'}${basePath}`;
  }
  if (url === undefined) {
    warnings.push(configMessage('warn.noServer'));
    return {};
  }
  // Read as the capture reads a call's URL: https only, the stage is the first path segment.
  const parsed = parseApiGatewayUrl(url.replace(/([^:/])\/\/+/g, '$1/'));
  if (parsed === undefined) {
    warnings.push(configMessage('warn.serverNotExecuteApi', { url: clip(url) }));
    return {};
  }
  // An HTTP API's `$default` stage has no segment in the URL; its export's basePath is then empty.
  const stage = parsed.stage ?? (apiType === 'http' ? DEFAULT_STAGE : undefined);
  const location: ServerLocation = { apiId: parsed.apiId, region: parsed.region };
  if (stage !== undefined) location.stage = stage;
  return location;
}
