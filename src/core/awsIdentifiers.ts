/**
 * Shapes of the identifiers API Gateway and Cognito use, and readers for the strings they come in
 * (execute-api hosts, issuers, provider ARNs, identity sources). The one place these patterns live:
 * the capture's host matching, the diagnosis' issuer check and the configuration's validation all
 * read them from here. Every pattern is anchored: hosts and `iss` are attacker-controlled text.
 */

/**
 * Region names as they appear in hosts, ARNs, issuers and pool ids: `eu-west-1`, `us-gov-west-1`,
 * `cn-north-1`. AWS's own aws-jwt-verify allows one digit (aws-facts.md §5, "IDs and URLs"); two
 * are allowed so that a region numbered 10 or more would not stop the capture.
 */
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d{1,2}';
/** The part of a pool id after `{region}_`; the API allows 55 characters for the whole id. */
const POOL_SUFFIX = '[A-Za-z0-9]{1,64}';

export const REGION_PATTERN = new RegExp(`^${REGION}$`);

/**
 * User pool id `{region}_{id}`: the shape of aws-jwt-verify, stricter than the API's
 * `[\w-]+_[0-9a-zA-Z]+` (aws-facts.md §5, "IDs and URLs").
 */
export const USER_POOL_ID_PATTERN = new RegExp(`^${REGION}_${POOL_SUFFIX}$`);

/**
 * `{api-id}.execute-api.{region}.amazonaws.com` and its China-partition twin `….amazonaws.com.cn`,
 * lower case. A private API's public DNS name inserts the VPC endpoint id:
 * `{api-id}-{vpce-id}.execute-api…` (CHECKS.md "Custom domain names and private APIs"). Groups: API
 * id, region, `.cn`. Look-alikes (`….amazonaws.com.evil.com`, `execute-api-foo…`) fail.
 */
export const EXECUTE_API_HOST_PATTERN = new RegExp(
  `^([a-z0-9]{1,32})(?:-vpce-[a-z0-9]{1,32})?\\.execute-api\\.(${REGION})\\.amazonaws\\.com(\\.cn)?$`,
);

/**
 * A Cognito prefix sign-in domain `{prefix}.auth.{region}.amazoncognito.com` (aws-facts.md §6
 * "Domains"): the prefix is lower-case letters, digits and hyphens, neither first nor last a
 * hyphen. Groups: prefix, region. Look-alikes (`….amazoncognito.com.evil.com`) fail.
 */
export const SIGNIN_PREFIX_DOMAIN_PATTERN = new RegExp(
  `^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\\.auth\\.(${REGION})\\.amazoncognito\\.com$`,
);

/** App client id: API pattern `[\w+]+`, 1–128 characters (aws-facts.md §5). */
export const CLIENT_ID_PATTERN = /^[\w+]{1,128}$/;

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
const USER_POOL_ARN_PATTERN = new RegExp(
  `^arn:aws(?:-cn|-us-gov)?:cognito-idp:(${REGION}):(\\d{12}):userpool/(.+)$`,
);

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

/**
 * `https://cognito-idp.{region}.amazonaws.com/{userPoolId}` (aws-facts.md §5, "IDs and URLs"); China
 * regions use `.amazonaws.com.cn` like every other endpoint there. A trailing `/` is read (and
 * reported) so that the configuration can say what is wrong with it.
 */
const COGNITO_ISSUER_PATTERN = new RegExp(
  `^https://cognito-idp\\.(${REGION})\\.amazonaws\\.com(\\.cn)?/(${REGION})_(${POOL_SUFFIX})(/?)$`,
);

export interface CognitoIssuer {
  /** The issuer rebuilt from its validated parts, without a trailing slash. */
  issuer: string;
  /** Region in the host name. */
  region: string;
  /** Region prefix of the pool id; it must equal `region` (aws-facts.md §5). */
  poolRegion: string;
  poolId: string;
  partition: 'aws' | 'aws-cn';
  /** `{issuer}/.well-known/jwks.json`, built from the validated parts: the only URL ever fetched. */
  jwksUrl: string;
  /** Set when the text ends in `/`, which no Cognito token's `iss` does. */
  trailingSlash: boolean;
}

/** Reads a Cognito user pool issuer; undefined for anything else (other issuers, non-strings, 200+ characters). */
export function parseCognitoIssuer(value: unknown): CognitoIssuer | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const match = COGNITO_ISSUER_PATTERN.exec(value);
  if (!match) return undefined;
  const [, region = '', cn, poolRegion = '', suffix = '', slash = ''] = match;
  const poolId = `${poolRegion}_${suffix}`;
  const issuer = `https://cognito-idp.${region}.amazonaws.com${cn ?? ''}/${poolId}`;
  return {
    issuer,
    region,
    poolRegion,
    poolId,
    partition: cn ? 'aws-cn' : 'aws',
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    trailingSlash: slash === '/',
  };
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
