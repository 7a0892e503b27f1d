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

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

function reviveClient(value: unknown): AppClientConfig | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (typeof raw.userPoolId !== 'string' || typeof raw.clientId !== 'string') return undefined;
  const lists = [
    'callbackUrls',
    'logoutUrls',
    'allowedOAuthScopes',
    'supportedIdentityProviders',
    'explicitAuthFlows',
  ];
  if (!lists.every((name) => isStringList(raw[name])) || !isStringList(raw.allowedOAuthFlows))
    return undefined;
  // Field by field into a fresh object: nothing else stored under this key survives a read.
  return {
    userPoolId: raw.userPoolId,
    clientId: raw.clientId,
    ...(typeof raw.clientName === 'string' ? { clientName: raw.clientName } : {}),
    callbackUrls: raw.callbackUrls as string[],
    logoutUrls: raw.logoutUrls as string[],
    ...(typeof raw.defaultRedirectUri === 'string' ? { defaultRedirectUri: raw.defaultRedirectUri } : {}),
    allowedOAuthFlows: (raw.allowedOAuthFlows as string[]).filter((flow): flow is OAuthFlow =>
      ['code', 'implicit', 'client_credentials'].includes(flow),
    ),
    allowedOAuthScopes: raw.allowedOAuthScopes as string[],
    oauthEnabled: raw.oauthEnabled === true,
    supportedIdentityProviders: raw.supportedIdentityProviders as string[],
    explicitAuthFlows: raw.explicitAuthFlows as string[],
    hasSecret: raw.hasSecret === true,
  };
}

function revivePool(value: unknown): UserPoolSigninConfig | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (typeof raw.poolId !== 'string' || typeof raw.region !== 'string') return undefined;
  return {
    poolId: raw.poolId,
    region: raw.region,
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    ...(typeof raw.domainPrefix === 'string' ? { domainPrefix: raw.domainPrefix } : {}),
    ...(typeof raw.customDomain === 'string' ? { customDomain: raw.customDomain } : {}),
  };
}

/** Reads a stored configuration back, keeping well-formed entries with their known fields only. */
export function reviveSigninConfiguration(raw: unknown): SigninConfiguration {
  if (typeof raw !== 'object' || raw === null) return EMPTY_SIGNIN_CONFIGURATION;
  const { pools, clients } = raw as { pools?: unknown; clients?: unknown };
  return {
    pools: Array.isArray(pools) ? pools.map(revivePool).filter((pool) => pool !== undefined) : [],
    clients: Array.isArray(clients) ? clients.map(reviveClient).filter((client) => client !== undefined) : [],
  };
}
