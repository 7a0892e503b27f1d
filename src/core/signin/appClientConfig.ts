/**
 * What the sign-in checks know about a user pool and its app clients, from the imports of
 * `aws cognito-idp describe-user-pool-client`, `describe-user-pool` and `describe-user-pool-domain`
 * (SIGNIN.md "App client configuration"). Never a client secret: only whether one exists.
 */

/** `AllowedOAuthFlows` values (UpdateUserPoolClient API). */
export type OAuthFlow = 'code' | 'implicit' | 'client_credentials';

export interface AppClientConfig {
  userPoolId: string;
  clientId: string;
  clientName?: string;
  callbackUrls: string[];
  logoutUrls: string[];
  defaultRedirectUri?: string;
  allowedOAuthFlows: OAuthFlow[];
  allowedOAuthScopes: string[];
  /** `AllowedOAuthFlowsUserPoolClient`: false means the client may use none of the OAuth flows. */
  oauthEnabled: boolean;
  supportedIdentityProviders: string[];
  explicitAuthFlows: string[];
  /** The describe output carried a `ClientSecret`; its value was dropped while parsing. */
  hasSecret: boolean;
}

export interface UserPoolSigninConfig {
  poolId: string;
  region: string;
  name?: string;
  /** The prefix of `{prefix}.auth.{region}.amazoncognito.com`. */
  domainPrefix?: string;
  /** A custom sign-in domain such as `auth.example.com`. */
  customDomain?: string;
}

/** Everything imported about sign-in, as stored. */
export interface SigninConfiguration {
  pools: UserPoolSigninConfig[];
  clients: AppClientConfig[];
}

export const EMPTY_SIGNIN_CONFIGURATION: SigninConfiguration = { pools: [], clients: [] };

/** The host names of every pool's sign-in domains. */
export function signinHostsOf(pool: UserPoolSigninConfig): string[] {
  const hosts: string[] = [];
  if (pool.domainPrefix !== undefined)
    hosts.push(`${pool.domainPrefix}.auth.${pool.region}.amazoncognito.com`);
  if (pool.customDomain !== undefined) hosts.push(pool.customDomain);
  return hosts;
}

export interface SigninConfigMatch {
  pool?: UserPoolSigninConfig;
  client?: AppClientConfig;
  /** Ids of the pool's clients that were imported: the ones the checks know exist. */
  knownClientIds?: string[];
}

/**
 * The pool and client a step is about: the client by its id, the pool by the client's pool or by
 * the sign-in domain the step was on.
 */
export function matchSigninConfig(
  configuration: SigninConfiguration,
  host: string,
  clientId: string | undefined,
): SigninConfigMatch {
  const client =
    clientId === undefined ? undefined : configuration.clients.find((entry) => entry.clientId === clientId);
  const pool =
    (client && configuration.pools.find((entry) => entry.poolId === client.userPoolId)) ??
    configuration.pools.find((entry) => signinHostsOf(entry).includes(host));
  const poolId = client?.userPoolId ?? pool?.poolId;
  const known =
    poolId === undefined
      ? []
      : configuration.clients.filter((entry) => entry.userPoolId === poolId).map((entry) => entry.clientId);
  return {
    ...(pool ? { pool } : {}),
    ...(client ? { client } : {}),
    ...(known.length > 0 ? { knownClientIds: known } : {}),
  };
}
