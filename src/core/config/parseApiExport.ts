import {
  ANY_METHOD,
  DEFAULT_IDENTITY_HEADER,
  DEFAULT_ROUTE,
  DEFAULT_STAGE,
  headerOfIdentitySource,
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
  const schemes = new Map<string, SchemeRole>();
  for (const [name, raw] of Object.entries(isRecord(schemesSource) ? schemesSource : {})) {
    if (isRecord(raw)) schemes.set(name, readScheme(name, raw, warnings));
  }
  const paths = isRecord(doc.paths) ? doc.paths : {};
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
  const apiType = guessApiType(doc, authorizers, paths);
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

function readScheme(name: string, scheme: JsonRecord, warnings: ConfigMessage[]): SchemeRole {
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
        identitySources: stringList([extension.identitySource]),
        issuer: optionalString(jwt.issuer) ?? discovery,
        audience: stringList(jwt.audience),
        ttl: undefined,
      },
      warnings,
    );
    return { role: 'authorizer', authorizationType: 'JWT', authorizer };
  }

  if (extensionType === 'token' || extensionType === 'request') {
    const identitySource = optionalString(extension.identitySource);
    const authorizer: ImportedAuthorizer = {
      name,
      type: extensionType.toUpperCase(),
      userPoolIds: [],
      clientIds: [],
    };
    const header =
      (identitySource === undefined ? undefined : headerOfIdentitySource(identitySource)) ?? headerFromScheme;
    if (header !== undefined) authorizer.identityHeader = header;
    const ttl = optionalNumber(extension.authorizerResultTtlInSeconds);
    if (ttl !== undefined) authorizer.resultTtlSeconds = ttl;
    return { role: 'authorizer', authorizationType: 'CUSTOM', authorizer };
  }

  if (authType === 'awssigv4') return { role: 'iam' };
  return { role: 'other' };
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

/** HTTP API exports have traits REST exports never have: JWT authorizers, `$default`, an import-export version. */
function guessApiType(doc: JsonRecord, authorizers: ImportedAuthorizer[], paths: JsonRecord): ApiType {
  if ('x-amazon-apigateway-importexport-version' in doc || 'x-amazon-apigateway-cors' in doc) return 'http';
  if (`/${DEFAULT_ROUTE}` in paths) return 'http';
  if (authorizers.some((authorizer) => authorizer.type === 'JWT')) return 'http';
  return 'rest';
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
