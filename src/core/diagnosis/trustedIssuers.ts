import type { CallConfiguration } from '../config/model';

/**
 * An issuer the API's own configuration names (a JWT authorizer's), so its keys may be fetched for
 * `token.signature`: unlike the token's `iss`, it is not the caller's text (CHECKS.md, REST JWT
 * authorizer). `jwksUri` when the configuration gives one (a REST JWT authorizer's `JwtIssuer`).
 */
export interface TrustedIssuer {
  issuer: string;
  jwksUri?: string;
}

/** Bounds of what a page may hand the worker: a configuration has a handful of issuers. */
export const MAX_TRUSTED_ISSUERS = 10;
export const MAX_ISSUER_URL_LENGTH = 2048;

/**
 * The issuers whose keys a call's configuration vouches for: every issuer of a REST JWT authorizer
 * (aws-facts-2.md §2.1), or an HTTP API JWT authorizer's one issuer (aws-facts.md §4). Cognito
 * authorizers name pools, whose keys are fetched without this.
 */
export function trustedIssuers(config: CallConfiguration | undefined): TrustedIssuer[] {
  if (config === undefined) return [];
  const found: TrustedIssuer[] = [];
  if (config.authorizerKind === 'rest-jwt') {
    for (const rule of config.restJwt?.issuers ?? []) {
      found.push(
        rule.jwksUri === undefined ? { issuer: rule.issuer } : { issuer: rule.issuer, jwksUri: rule.jwksUri },
      );
    }
  }
  if (config.authorizerKind === 'jwt' && config.issuer !== undefined) found.push({ issuer: config.issuer });
  return found.filter(isWellFormedTrustedIssuer).slice(0, MAX_TRUSTED_ISSUERS);
}

/** An absolute https URL without credentials, query or fragment, as API Gateway requires of an issuer. */
function isPlainHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_ISSUER_URL_LENGTH) return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      url.search === '' &&
      url.hash === ''
    );
  } catch {
    return false;
  }
}

/** Also the worker's check of what a page sent it. */
export function isWellFormedTrustedIssuer(value: unknown): value is TrustedIssuer {
  if (typeof value !== 'object' || value === null) return false;
  const { issuer, jwksUri } = value as { issuer?: unknown; jwksUri?: unknown };
  return isPlainHttpsUrl(issuer) && (jwksUri === undefined || isPlainHttpsUrl(jwksUri));
}

/**
 * OpenID Connect discovery's address for an issuer: the issuer, without a trailing slash, then
 * `/.well-known/openid-configuration` (aws-facts.md §5 gives Cognito's the same way).
 */
export function discoveryUrlOf(issuer: string): string {
  return `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
}

/**
 * Where the keys of a token whose `iss` is `iss` come from, when a trusted issuer equals it exactly
 * (trailing slash included, as API Gateway compares it: aws-facts-2.md §2.1): its `jwksUri`, else its
 * discovery document. Undefined when no trusted issuer is this one.
 */
export function trustedJwksSource(
  trusted: readonly TrustedIssuer[],
  iss: string,
): { issuer: string; jwksUri: string } | { issuer: string; discoveryUrl: string } | undefined {
  const match = trusted.find((candidate) => isWellFormedTrustedIssuer(candidate) && candidate.issuer === iss);
  if (match === undefined) return undefined;
  return match.jwksUri === undefined
    ? { issuer: match.issuer, discoveryUrl: discoveryUrlOf(match.issuer) }
    : { issuer: match.issuer, jwksUri: match.jwksUri };
}
