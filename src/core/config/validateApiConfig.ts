import { MAX_PATTERN_LENGTH, MAX_UNBOUNDED, type RegexRisk, regexRisk } from '../boundedRegex';
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
} from './awsIdentifiers';
import type { ApiConfig, MethodAuthorization } from './model';

/** One defect of a configuration: `field` is a path into `ApiConfig`, e.g. `methods[2].path`. */
export interface ConfigProblem {
  field: string;
  message: string;
}

/**
 * Checks a configuration before it is saved. Messages say what is expected, with an example; they
 * do not repeat the value, which could be a token pasted into the wrong field.
 */
export function validateApiConfig(config: ApiConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if (!/^[a-z0-9]+$/.test(config.apiId)) {
    add(
      'apiId',
      'API id must be the lowercase letters and digits before .execute-api. in the URL, e.g. a1b2c3d4e5.',
    );
  }
  if (
    config.stage !== undefined &&
    config.stage !== DEFAULT_STAGE &&
    !STAGE_NAME_PATTERN.test(config.stage)
  ) {
    add(
      'stage',
      'Stage must be letters, digits, hyphens or underscores (e.g. prod), or $default for an HTTP API.',
    );
  }
  if (config.region !== undefined && !REGION_PATTERN.test(config.region)) {
    add('region', 'Region must look like eu-west-1.');
  }
  if (config.authorizerKind !== 'cognito' && config.authorizerKind !== 'jwt') {
    add(
      'authorizerKind',
      'Authorizer kind must be cognito (REST Cognito user pool authorizer) or jwt (JWT authorizer).',
    );
  }
  if (!isHeaderName(config.identityHeader)) {
    add(
      'identityHeader',
      "Header name must be one HTTP token: letters, digits and !#$%&'*+-.^_`|~, without spaces or a colon (e.g. Authorization).",
    );
  }
  config.userPoolIds.forEach((poolId, index) => {
    if (!isUserPoolId(poolId)) {
      add(
        `userPoolIds[${index}]`,
        'User pool id must be {region}_{id}, e.g. eu-west-1_AbC123xyz (AWS pattern ^[a-z]{2}-(gov-)?[a-z]+-\\d_[a-zA-Z0-9]+$).',
      );
    }
  });
  // REST Cognito authorizers list app client ids; JWT audiences may be any string an issuer puts in `aud`.
  const cognitoAudience = config.authorizerKind === 'cognito' || isCognitoIssuer(config.issuer);
  config.clientIds.forEach((clientId, index) => {
    if (cognitoAudience && !CLIENT_ID_PATTERN.test(clientId)) {
      add(
        `clientIds[${index}]`,
        'App client id must be 1–128 letters, digits, underscores or plus signs, e.g. 4kq2n7b1c8d9e0f3g5h6j7k8lm.',
      );
    } else if (!cognitoAudience && (clientId === '' || /\s/.test(clientId))) {
      add(`clientIds[${index}]`, 'Audience must not be empty or contain spaces; list each one separately.');
    }
  });
  if (config.issuer !== undefined) validateIssuer(config.issuer, add);
  if (config.tokenValidationRegex !== undefined) {
    const risk = tokenRegexRisk(config.tokenValidationRegex);
    try {
      new RegExp(config.tokenValidationRegex);
      if (risk !== undefined) add('tokenValidationRegex', `Token validation regex ${risk}.`);
    } catch (error) {
      // API Gateway evaluates it server-side; JavaScript's dialect is close enough to catch typos.
      add('tokenValidationRegex', `Token validation regex does not compile: ${(error as Error).message}.`);
    }
  }
  if (config.defaultScopes !== undefined) validateScopes(config.defaultScopes, 'defaultScopes', add);

  const seen = new Set<string>();
  config.methods.forEach((method, index) => {
    validateMethod(method, `methods[${index}]`, add);
    const key = `${method.method.toUpperCase()} ${method.path}`;
    if (seen.has(key))
      add(`methods[${index}]`, `${key} is listed twice; keep one entry per method and path.`);
    seen.add(key);
  });
  return problems;
}

function isCognitoIssuer(issuer: string | undefined): boolean {
  return issuer !== undefined && parseCognitoIssuer(issuer) !== undefined;
}

function validateIssuer(issuer: string, add: (field: string, message: string) => void): void {
  let url: URL | undefined;
  try {
    url = new URL(issuer);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    add(
      'issuer',
      'Issuer must be an https:// URL, e.g. https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz.',
    );
    return;
  }
  const cognito = parseCognitoIssuer(issuer);
  if (cognito?.trailingSlash) {
    // aws-facts.md §4: the issuer must equal `iss` exactly, and Cognito's `iss` has no trailing slash.
    add(
      'issuer',
      'Remove the trailing /: Cognito tokens carry the issuer without it, and API Gateway compares exactly.',
    );
  } else if (url.hostname.startsWith('cognito-idp.') && cognito === undefined) {
    add(
      'issuer',
      'A Cognito issuer is https://cognito-idp.{region}.amazonaws.com/{userPoolId}, with a valid pool id.',
    );
  }
}

function validateMethod(
  method: MethodAuthorization,
  field: string,
  add: (field: string, message: string) => void,
): void {
  const verb = method.method.toUpperCase();
  if (!HTTP_METHODS.includes(verb) && verb !== ANY_METHOD) {
    add(`${field}.method`, `Method must be one of ${HTTP_METHODS.join(', ')} or ANY.`);
  }
  const pathProblem = describePathProblem(method.path);
  if (pathProblem !== undefined) add(`${field}.path`, pathProblem);
  if (method.authorizationType.trim() === '') {
    add(
      `${field}.authorizationType`,
      'Authorization type must be NONE, COGNITO_USER_POOLS, JWT, AWS_IAM or CUSTOM.',
    );
  }
  validateScopes(method.scopes, `${field}.scopes`, add);
}

function validateScopes(
  scopes: string[],
  field: string,
  add: (field: string, message: string) => void,
): void {
  scopes.forEach((scope, index) => {
    if (scope === '' || /\s/.test(scope)) {
      add(
        `${field}[${index}]`,
        'Scope must not be empty or contain spaces: list each scope separately, e.g. https://api.example.com/orders.read.',
      );
    }
  });
}

/**
 * What is wrong with a resource path template, if anything. API Gateway paths are `/`, or `/`-joined
 * segments that are literal or a whole `{variable}`; a greedy `{variable+}` may only end the path
 * (http-api-develop-routes.html, "Working with path variables").
 */
export function describePathProblem(path: string): string | undefined {
  if (path === DEFAULT_ROUTE) return undefined;
  if (!path.startsWith('/')) {
    return 'Path must start with / (e.g. /orders/{id}), or be $default for the HTTP API catch-all route.';
  }
  if (path === '/') return undefined;
  const segments = path.slice(1).split('/');
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === '') {
      return last ? 'Path must not end with /.' : 'Path must not contain an empty segment (//).';
    }
    if (segment.includes('{') || segment.includes('}')) {
      const variable = /^\{([A-Za-z0-9_.-]+)(\+?)\}$/.exec(segment);
      if (!variable) return 'A path variable must be a whole segment like {id} or {proxy+}.';
      if (variable[2] === '+' && !last) return 'A greedy variable like {proxy+} must be the last segment.';
    }
  }
  return undefined;
}

const REGEX_RISKS: Record<RegexRisk, string> = {
  'too-long': `is longer than ${MAX_PATTERN_LENGTH} characters`,
  'nested-repetition':
    'repeats a group that itself repeats, like (a+)+, which can take minutes on some inputs',
  'repeated-alternation':
    'repeats a group of alternatives, like (a|aa)+, which can take minutes on some inputs',
  'many-repetitions': `has more than ${MAX_UNBOUNDED} unbounded repetitions (+, *, {n,})`,
};

/**
 * Why the popup will not run this token-validation regex (see boundedRegex.ts), as a phrase after
 * "Token validation regex …", or undefined when it will.
 */
export function tokenRegexRisk(regex: string): string | undefined {
  const risk = regexRisk(regex);
  return risk === undefined ? undefined : `${REGEX_RISKS[risk]}, so the popup does not run it`;
}
