import { CLIENT_ID_PATTERN, REGION_PATTERN, regionOfUserPool, USER_POOL_ID_PATTERN } from '../awsIdentifiers';
import type { AppClientConfig } from './appClientConfig';
import { isHostName } from './signinDomain';

export type SigninCommandKind =
  | 'describe-user-pool-client'
  | 'update-user-pool-client'
  | 'list-user-pool-clients'
  | 'describe-user-pool'
  | 'describe-user-pool-domain';

/** Same shape as the API checks' commands: ready to paste, placeholders in angle brackets. */
export interface SigninCommand {
  kind: SigninCommandKind;
  text: string;
}

export interface SigninCommandTarget {
  poolId?: string;
  clientId?: string;
  /** The region of the sign-in domain, used when the pool id (which names its own region) is unknown. */
  region?: string;
  /** A sign-in domain: a prefix (`my-app`) or a custom host (`auth.example.com`). */
  domain?: string;
}

function poolArg(target: SigninCommandTarget): string {
  return target.poolId !== undefined && USER_POOL_ID_PATTERN.test(target.poolId)
    ? target.poolId
    : '<user-pool-id>';
}

function clientArg(target: SigninCommandTarget): string {
  return target.clientId !== undefined && CLIENT_ID_PATTERN.test(target.clientId)
    ? target.clientId
    : '<app-client-id>';
}

/** A pool id names its region; otherwise the sign-in domain's. */
function regionArg(target: SigninCommandTarget): string {
  const fromPool = regionOfUserPool(target.poolId ?? '');
  if (fromPool !== undefined) return fromPool;
  return target.region !== undefined && REGION_PATTERN.test(target.region) ? target.region : '<region>';
}

/**
 * Characters a URL may hold that are harmless inside single quotes in a POSIX shell and in
 * PowerShell. URLs come from the page's requests, so anything else (a quote above all) makes the
 * value a placeholder instead of text to run.
 */
const SAFE_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]{1,2000}$/;
/** Scope names as Cognito allows them (resource server identifier `/` scope name). */
const SAFE_SCOPE = /^[\w.:/-]{1,256}$/;
const SAFE_WORD = /^[A-Za-z0-9_.:-]{1,128}$/;

function quotedUrls(urls: readonly string[]): string {
  return urls.map((url) => (SAFE_URL.test(url) ? `'${url}'` : '<url>')).join(' ');
}

function words(values: readonly string[], pattern: RegExp): string {
  return values.map((value) => (pattern.test(value) ? value : '<value>')).join(' ');
}

function base(verb: string, target: SigninCommandTarget, withClient: boolean): string {
  const client = withClient ? ` --client-id ${clientArg(target)}` : '';
  return `aws cognito-idp ${verb} --user-pool-id ${poolArg(target)}${client} --region ${regionArg(target)}`;
}

/** What `update-user-pool-client` should set; unknown parts are left out of the command. */
export interface ClientUpdate {
  callbackUrls?: readonly string[];
  logoutUrls?: readonly string[];
  scopes?: readonly string[];
  flows?: readonly string[];
}

export const signinCommands = {
  describeUserPoolClient: (target: SigninCommandTarget): SigninCommand => ({
    kind: 'describe-user-pool-client',
    text: base('describe-user-pool-client', target, true),
  }),
  listUserPoolClients: (target: SigninCommandTarget): SigninCommand => ({
    kind: 'list-user-pool-clients',
    text: `${base('list-user-pool-clients', target, false)} --max-results 60`,
  }),
  describeUserPoolDomain: (target: SigninCommandTarget): SigninCommand => {
    const domain =
      target.domain !== undefined && isHostNameOrPrefix(target.domain) ? target.domain : '<domain>';
    return {
      kind: 'describe-user-pool-domain',
      text: `aws cognito-idp describe-user-pool-domain --domain ${domain} --region ${regionArg(target)}`,
    };
  },
  /** The pool's prefix and custom domain (SIGNIN.md "Postman settings": where the domain is unknown). */
  describeUserPoolDomainQuery: (target: SigninCommandTarget): SigninCommand => ({
    kind: 'describe-user-pool',
    text: `${base('describe-user-pool', target, false)} --query 'UserPool.[Domain,CustomDomain]'`,
  }),
  /**
   * UpdateUserPoolClient sets every setting it is not given back to its default (the API
   * reference says so; not in aws-facts.md). So the command repeats every OAuth setting the
   * imported client has, on top of the change; the words around it say to start from
   * `describe-user-pool-client` when the client was not imported.
   */
  updateUserPoolClient: (
    target: SigninCommandTarget,
    client: AppClientConfig | undefined,
    update: ClientUpdate,
  ): SigninCommand => {
    const callbacks = update.callbackUrls ?? client?.callbackUrls;
    const logouts = update.logoutUrls ?? client?.logoutUrls;
    const scopes = update.scopes ?? client?.allowedOAuthScopes;
    const flows = update.flows ?? client?.allowedOAuthFlows;
    const parts = [base('update-user-pool-client', target, true)];
    if (callbacks !== undefined && callbacks.length > 0)
      parts.push(`--callback-urls ${quotedUrls(callbacks)}`);
    if (logouts !== undefined && logouts.length > 0) parts.push(`--logout-urls ${quotedUrls(logouts)}`);
    if (flows !== undefined && flows.length > 0)
      parts.push(`--allowed-o-auth-flows ${words(flows, SAFE_WORD)}`);
    if (scopes !== undefined && scopes.length > 0) {
      parts.push(`--allowed-o-auth-scopes ${words(scopes, SAFE_SCOPE)}`);
    }
    if (client === undefined || client.oauthEnabled || update.flows !== undefined) {
      parts.push('--allowed-o-auth-flows-user-pool-client');
    }
    if (client !== undefined && client.supportedIdentityProviders.length > 0) {
      parts.push(`--supported-identity-providers ${words(client.supportedIdentityProviders, SAFE_WORD)}`);
    }
    return { kind: 'update-user-pool-client', text: parts.join(' ') };
  },
};

function isHostNameOrPrefix(value: string): boolean {
  return isHostName(value) || /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(value);
}
