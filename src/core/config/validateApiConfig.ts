import {
  ANY_METHOD,
  CLIENT_ID_PATTERN,
  DEFAULT_ROUTE,
  DEFAULT_STAGE,
  HTTP_METHODS,
  isHeaderName,
  isUserPoolId,
  parseCognitoIssuer,
  REGION_PATTERN,
  STAGE_NAME_PATTERN,
} from '../awsIdentifiers';
import { regexRisk } from '../boundedRegex';
import {
  type ConfigMessage,
  type ConfigMessageCode,
  type ConfigMessageParams,
  configMessage,
} from './messages';
import { type ApiConfig, AUTHORIZER_KINDS, type MethodAuthorization } from './model';

/**
 * One defect of a configuration, as a message code: `field` is a path into `ApiConfig`, e.g.
 * `methods[2].path`.
 */
export type ConfigProblem = ConfigMessage & { field: string };

/** The problem as a message, without its field (to nest it in another message). */
export function problemMessage(problem: ConfigProblem): ConfigMessage {
  return { code: problem.code, params: problem.params } as ConfigMessage;
}

export function configProblem(field: string, message: ConfigMessage): ConfigProblem {
  return { field, ...message };
}

type AddProblem = <Code extends ConfigMessageCode>(
  field: string,
  code: Code,
  ...params: ConfigMessageParams[Code] extends Record<string, never> ? [] : [ConfigMessageParams[Code]]
) => void;

/**
 * Checks a configuration before it is saved. The words of each code say what is expected, with an
 * example; no parameter repeats the value, which could be a token pasted into the wrong field.
 */
export function validateApiConfig(config: ApiConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add: AddProblem = (field, code, ...params) =>
    problems.push(configProblem(field, configMessage(code, ...params)));

  if (!/^[a-z0-9]+$/.test(config.apiId)) {
    add('apiId', 'invalid.apiId');
  }
  if (
    config.stage !== undefined &&
    config.stage !== DEFAULT_STAGE &&
    !STAGE_NAME_PATTERN.test(config.stage)
  ) {
    add('stage', 'invalid.stage');
  }
  if (config.region !== undefined && !REGION_PATTERN.test(config.region)) {
    add('region', 'invalid.region');
  }
  if (!AUTHORIZER_KINDS.includes(config.authorizerKind)) {
    add('authorizerKind', 'invalid.authorizerKind');
  }
  if (!isHeaderName(config.identityHeader)) {
    add('identityHeader', 'invalid.headerName');
  }
  config.userPoolIds.forEach((poolId, index) => {
    if (!isUserPoolId(poolId)) {
      add(`userPoolIds[${index}]`, 'invalid.userPoolId');
    }
  });
  // REST Cognito authorizers list app client ids; JWT audiences may be any string an issuer puts in `aud`.
  const cognitoAudience = config.authorizerKind === 'cognito' || isCognitoIssuer(config.issuer);
  config.clientIds.forEach((clientId, index) => {
    if (cognitoAudience && !CLIENT_ID_PATTERN.test(clientId)) {
      add(`clientIds[${index}]`, 'invalid.clientId');
    } else if (!cognitoAudience && (clientId === '' || /\s/.test(clientId))) {
      add(`clientIds[${index}]`, 'invalid.audience');
    }
  });
  if (config.issuer !== undefined) validateIssuer(config.issuer, add);
  if (config.tokenValidationRegex !== undefined) {
    try {
      new RegExp(config.tokenValidationRegex);
      if (regexRisk(config.tokenValidationRegex) !== undefined)
        add('tokenValidationRegex', 'invalid.regexRisk');
    } catch (error) {
      // API Gateway evaluates it server-side; JavaScript's dialect is close enough to catch typos.
      add('tokenValidationRegex', 'invalid.regex', { detail: (error as Error).message });
    }
  }
  if (config.defaultScopes !== undefined) validateScopes(config.defaultScopes, 'defaultScopes', add);

  const seen = new Set<string>();
  config.methods.forEach((method, index) => {
    validateMethod(method, `methods[${index}]`, add, problems);
    const key = `${method.method.toUpperCase()} ${method.path}`;
    if (seen.has(key)) add(`methods[${index}]`, 'invalid.duplicateMethod', { route: key });
    seen.add(key);
  });
  return problems;
}

function isCognitoIssuer(issuer: string | undefined): boolean {
  return issuer !== undefined && parseCognitoIssuer(issuer) !== undefined;
}

function validateIssuer(issuer: string, add: AddProblem): void {
  let url: URL | undefined;
  try {
    url = new URL(issuer);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    add('issuer', 'invalid.issuerNotHttps');
    return;
  }
  const cognito = parseCognitoIssuer(issuer);
  if (cognito?.trailingSlash) {
    // aws-facts.md §4: the issuer must equal `iss` exactly, and Cognito's `iss` has no trailing slash.
    add('issuer', 'invalid.issuerTrailingSlash');
  } else if (url.hostname.startsWith('cognito-idp.') && cognito === undefined) {
    add('issuer', 'invalid.cognitoIssuer');
  }
}

function validateMethod(
  method: MethodAuthorization,
  field: string,
  add: AddProblem,
  problems: ConfigProblem[],
): void {
  const verb = method.method.toUpperCase();
  if (!HTTP_METHODS.includes(verb) && verb !== ANY_METHOD) {
    add(`${field}.method`, 'invalid.method', { methods: [...HTTP_METHODS, ANY_METHOD] });
  }
  const pathProblem = describePathProblem(method.path);
  if (pathProblem !== undefined) problems.push(configProblem(`${field}.path`, pathProblem));
  if (method.authorizationType.trim() === '') {
    add(`${field}.authorizationType`, 'invalid.authorizationType');
  }
  validateScopes(method.scopes, `${field}.scopes`, add);
}

function validateScopes(scopes: string[], field: string, add: AddProblem): void {
  scopes.forEach((scope, index) => {
    if (scope === '' || /\s/.test(scope)) {
      add(`${field}[${index}]`, 'invalid.scope');
    }
  });
}

/**
 * What is wrong with a resource path template, if anything. API Gateway paths are `/`, or `/`-joined
 * segments that are literal or a whole `{variable}`; a greedy `{variable+}` may only end the path
 * (http-api-develop-routes.html, "Working with path variables").
 */
export function describePathProblem(path: string): ConfigMessage | undefined {
  if (path === DEFAULT_ROUTE) return undefined;
  if (!path.startsWith('/')) return configMessage('invalid.pathNoLeadingSlash');
  if (path === '/') return undefined;
  const segments = path.slice(1).split('/');
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === '') {
      return configMessage(last ? 'invalid.pathTrailingSlash' : 'invalid.pathEmptySegment');
    }
    if (segment.includes('{') || segment.includes('}')) {
      const variable = /^\{([A-Za-z0-9_.-]+)(\+?)\}$/.exec(segment);
      if (!variable) return configMessage('invalid.pathPartialVariable');
      if (variable[2] === '+' && !last) return configMessage('invalid.pathGreedyNotLast');
    }
  }
  return undefined;
}
