/**
 * Shapes of the identifiers API Gateway and Cognito use, and readers for the strings AWS outputs
 * carry them in (provider ARNs, issuers, identity sources, execute-api URLs).
 */

/**
 * User pool id `{region}_{id}`: the stricter pattern AWS's own aws-jwt-verify uses, rather than the
 * API's looser `[\w-]+_[0-9a-zA-Z]+` (aws-facts.md §5, "IDs and URLs").
 */
export const USER_POOL_ID_PATTERN = /^[a-z]{2}-(gov-)?[a-z]+-\d_[a-zA-Z0-9]+$/;

/** App client id: API pattern `[\w+]+`, 1–128 characters (aws-facts.md §5). */
export const CLIENT_ID_PATTERN = /^[\w+]{1,128}$/;

/** Region names as they appear in hosts, ARNs and pool ids: `eu-west-1`, `us-gov-west-1`, `cn-north-1`. */
export const REGION_PATTERN = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/** Stage names: "alphanumeric characters, hyphens, and underscores", up to 128 (API Gateway CreateStage). */
export const STAGE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** HTTP API stage served without a stage segment in the URL. */
export const DEFAULT_STAGE = '$default';

/** HTTP API catch-all route key; stored as the path of an `ANY` method. */
export const DEFAULT_ROUTE = '$default';

export const ANY_METHOD = 'ANY';

/** Methods API Gateway lets you define, plus `ANY`. */
export const HTTP_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** Default identity source of REST Cognito authorizers and of CDK/SAM (aws-facts.md §1, "Identity source"). */
export const DEFAULT_IDENTITY_HEADER = 'Authorization';

/** RFC 9110 `token`: what a header field name may be made of. */
const HEADER_NAME_PATTERN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function isHeaderName(name: string): boolean {
  return HEADER_NAME_PATTERN.test(name);
}

export function isUserPoolId(value: string): boolean {
  return USER_POOL_ID_PATTERN.test(value);
}

/** `eu-west-1` for `eu-west-1_AbC123xyz`. */
export function regionOfUserPool(poolId: string): string | undefined {
  return isUserPoolId(poolId) ? poolId.slice(0, poolId.indexOf('_')) : undefined;
}

export type UserPoolArn =
  | { kind: 'pool'; poolId: string; region: string; account: string }
  /** The ARN is resolved per stage from a stage variable (aws-facts.md §1, "Multiple pools"). */
  | { kind: 'stage-variable'; variable: string }
  | { kind: 'invalid' };

const STAGE_VARIABLE_PATTERN = /\$\{stageVariables\.([A-Za-z0-9_]+)\}/;
const USER_POOL_ARN_PATTERN = /^arn:aws(?:-cn|-us-gov)?:cognito-idp:([a-z0-9-]+):(\d{12}):userpool\/(.+)$/;

/** Reads `arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123xyz`. */
export function parseUserPoolArn(arn: string): UserPoolArn {
  const variable = STAGE_VARIABLE_PATTERN.exec(arn);
  if (variable?.[1] !== undefined) return { kind: 'stage-variable', variable: variable[1] };
  const match = USER_POOL_ARN_PATTERN.exec(arn);
  if (!match) return { kind: 'invalid' };
  const [, region = '', account = '', poolId = ''] = match;
  if (!isUserPoolId(poolId)) return { kind: 'invalid' };
  return { kind: 'pool', poolId, region, account };
}

const COGNITO_ISSUER_PATTERN = /^https:\/\/cognito-idp\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^/]+)(\/?)$/;

export interface CognitoIssuer {
  poolId: string;
  region: string;
  /** Set when the configured issuer ends in `/`, which no Cognito token's `iss` does. */
  trailingSlash: boolean;
}

/** Reads `https://cognito-idp.{region}.amazonaws.com/{userPoolId}` (aws-facts.md §5). */
export function parseCognitoIssuer(issuer: string): CognitoIssuer | undefined {
  const match = COGNITO_ISSUER_PATTERN.exec(issuer);
  if (!match) return undefined;
  const [, region = '', poolId = '', slash = ''] = match;
  if (!isUserPoolId(poolId)) return undefined;
  return { poolId, region, trailingSlash: slash === '/' };
}

/**
 * The header named by an identity source: REST `method.request.header.Authorization` or HTTP API
 * `$request.header.Authorization`. Lambda REQUEST authorizers may list several sources separated by
 * commas; the first header wins. Undefined when no source is a header (query string, stage
 * variable, context).
 */
export function headerOfIdentitySource(source: string): string | undefined {
  for (const part of source.split(',')) {
    const match = /^(?:method\.request|\$request)\.header\.(.+)$/.exec(part.trim());
    if (match?.[1] !== undefined && isHeaderName(match[1])) return match[1];
  }
  return undefined;
}

export interface ExecuteApiUrl {
  apiId: string;
  region: string;
  /** The URL's path, `/` when it has none. */
  path: string;
}

const EXECUTE_API_URL_PATTERN =
  /^https?:\/\/([a-z0-9]+)\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?(?::\d+)?(\/[^?#]*)?$/;

/** Reads `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod`. */
export function parseExecuteApiUrl(url: string): ExecuteApiUrl | undefined {
  const match = EXECUTE_API_URL_PATTERN.exec(url.trim());
  if (!match) return undefined;
  const [, apiId = '', region = '', path = '/'] = match;
  return { apiId, region, path };
}
