import { SIGNIN_PREFIX_DOMAIN_PATTERN } from '../awsIdentifiers';

/**
 * Which hosts are a user pool's sign-in domain, and which endpoint of it a URL names
 * (SIGNIN.md "What is watched"; aws-facts.md §6 "Domains", "Endpoints").
 */

export interface SigninDomain {
  /** Lower-case host, without port. */
  host: string;
  /** `prefix` for `{prefix}.auth.{region}.amazoncognito.com`, `custom` for a domain the user added. */
  kind: 'prefix' | 'custom';
  /** The domain prefix of a prefix domain. */
  prefix?: string;
  /** Known from the host for prefix domains; from the imported pool for custom ones. */
  region?: string;
}

/** A host name a user may add as a custom sign-in domain: plain DNS labels, at least two. */
const HOST_NAME_PATTERN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export function isHostName(value: string): boolean {
  return HOST_NAME_PATTERN.test(value);
}

/** `auth.example.com` from what a user types: a host, or a URL on it. Undefined when it is neither. */
export function normalizeCustomDomain(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (text === '') return undefined;
  let host = text;
  if (/^https?:\/\//.test(text)) {
    try {
      host = new URL(text).hostname;
    } catch {
      return undefined;
    }
  }
  host = host.replace(/\.$/, '');
  return isHostName(host) ? host : undefined;
}

/**
 * The sign-in domain a URL is on: a prefix domain of any region, or one of `customDomains`
 * (host names as `normalizeCustomDomain` gives them). Only `https:`: Cognito serves nothing else.
 */
export function signinDomainOf(url: URL, customDomains: readonly string[] = []): SigninDomain | undefined {
  if (url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase();
  const prefix = SIGNIN_PREFIX_DOMAIN_PATTERN.exec(host);
  if (prefix) {
    const [, name = '', region = ''] = prefix;
    return { host, kind: 'prefix', prefix: name, region };
  }
  return customDomains.includes(host) ? { host, kind: 'custom' } : undefined;
}

export type SigninEndpoint =
  | 'authorize'
  | 'login'
  | 'logout'
  | 'error'
  | 'token'
  | 'revoke'
  | 'userInfo'
  | 'idpresponse'
  | 'openid-configuration'
  | 'jwks';

/**
 * Paths as Cognito documents them. `/oauth2/userInfo` is matched without regard to case because
 * libraries write it `/oauth2/userinfo` (the OpenID discovery document of other providers does);
 * whether Cognito answers both spellings is not known and does not matter here: the request failed.
 */
const ENDPOINTS: ReadonlyMap<string, SigninEndpoint> = new Map([
  ['/oauth2/authorize', 'authorize'],
  ['/login', 'login'],
  ['/logout', 'logout'],
  ['/error', 'error'],
  ['/oauth2/token', 'token'],
  ['/oauth2/revoke', 'revoke'],
  ['/oauth2/userinfo', 'userInfo'],
  // Where a federated identity provider sends the browser back; Cognito then redirects to the app with a code.
  ['/oauth2/idpresponse', 'idpresponse'],
  ['/saml2/idpresponse', 'idpresponse'],
  ['/.well-known/openid-configuration', 'openid-configuration'],
  ['/.well-known/jwks.json', 'jwks'],
]);

export function signinEndpointOf(url: URL): SigninEndpoint | undefined {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return ENDPOINTS.get(path.toLowerCase());
}
