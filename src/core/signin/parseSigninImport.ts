import { CLIENT_ID_PATTERN, isUserPoolId, regionOfUserPool } from '../awsIdentifiers';
import { isRecord, type JsonRecord, optionalString, stringList } from '../config/untrustedData';
import type {
  AppClientConfig,
  OAuthFlow,
  SigninConfiguration,
  UserPoolSigninConfig,
} from './appClientConfig';
import { isHostName } from './signinDomain';

/**
 * Reads what `aws cognito-idp describe-user-pool-client`, `describe-user-pool` and
 * `describe-user-pool-domain` print (whole, or the inner object of `--query UserPoolClient` etc.)
 * into what the sign-in checks use (SIGNIN.md "App client configuration").
 *
 * `ClientSecret` is never copied: only whether the output had one. Every field is read by name
 * into a fresh object, so nothing else of the input (secret included) can ride along.
 */

export type SigninImportWarning =
  /** The client has no callback URL: the hosted UI answers "Required parameters missing". */
  | { code: 'no-callback-urls' }
  /** `AllowedOAuthFlowsUserPoolClient` is false: no OAuth flow works with this client. */
  | { code: 'oauth-disabled' }
  /** Values of `AllowedOAuthFlows` this version does not know; kept out. */
  | { code: 'unknown-flows'; values: string[] }
  /** Lists longer than Cognito allows were cut. */
  | { code: 'lists-cut'; limit: number }
  /** The domain is not `ACTIVE` yet (`CREATING`, `UPDATING`, `FAILED`, …). */
  | { code: 'domain-not-active'; status: string }
  /** `describe-user-pool` without a `Domain` or `CustomDomain`: no hosted UI to sign in on. */
  | { code: 'no-domain' };

export type SigninImport =
  | { kind: 'user-pool-client'; client: AppClientConfig; warnings: SigninImportWarning[] }
  | { kind: 'user-pool'; pool: UserPoolSigninConfig; warnings: SigninImportWarning[] }
  | { kind: 'user-pool-domain'; pool: UserPoolSigninConfig; warnings: SigninImportWarning[] };

export type SigninImportErrorCode =
  | 'empty'
  | 'too-large'
  /** The describe commands print JSON by default; YAML (`--output yaml`) is not read here. */
  | 'not-json'
  | 'not-signin-output'
  /** `describe-user-pool-domain` for a domain that does not exist prints an empty description. */
  | 'domain-not-found'
  | 'missing-pool-id'
  | 'invalid-pool-id'
  | 'missing-client-id'
  | 'invalid-client-id'
  | 'invalid-domain';

export type SigninImportResult =
  | { ok: true; value: SigninImport }
  | { ok: false; code: SigninImportErrorCode };

/** Cognito allows up to 100 callback URLs and 100 sign-out URLs per client (CreateUserPoolClient limits). */
const MAX_LIST = 100;
const MAX_STRING = 2048;
const OAUTH_FLOWS: readonly OAuthFlow[] = ['code', 'implicit', 'client_credentials'];
const PREFIX_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function boundedList(value: unknown, warnings: SigninImportWarning[]): string[] {
  const list = stringList(value).filter((entry) => entry.length <= MAX_STRING);
  if (list.length <= MAX_LIST) return list;
  if (!warnings.some((warning) => warning.code === 'lists-cut'))
    warnings.push({ code: 'lists-cut', limit: MAX_LIST });
  return list.slice(0, MAX_LIST);
}

function short(value: unknown): string | undefined {
  const text = optionalString(value);
  return text !== undefined && text.length <= MAX_STRING ? text : undefined;
}

function readClient(raw: JsonRecord): SigninImportResult {
  const userPoolId = short(raw.UserPoolId);
  const clientId = short(raw.ClientId);
  if (userPoolId === undefined) return { ok: false, code: 'missing-pool-id' };
  if (!isUserPoolId(userPoolId)) return { ok: false, code: 'invalid-pool-id' };
  if (clientId === undefined) return { ok: false, code: 'missing-client-id' };
  if (!CLIENT_ID_PATTERN.test(clientId)) return { ok: false, code: 'invalid-client-id' };
  const warnings: SigninImportWarning[] = [];
  const flows = boundedList(raw.AllowedOAuthFlows, warnings);
  const unknown = flows.filter((flow) => !OAUTH_FLOWS.includes(flow as OAuthFlow));
  if (unknown.length > 0) warnings.push({ code: 'unknown-flows', values: unknown });
  const client: AppClientConfig = {
    userPoolId,
    clientId,
    callbackUrls: boundedList(raw.CallbackURLs, warnings),
    logoutUrls: boundedList(raw.LogoutURLs, warnings),
    allowedOAuthFlows: flows.filter((flow): flow is OAuthFlow => OAUTH_FLOWS.includes(flow as OAuthFlow)),
    allowedOAuthScopes: boundedList(raw.AllowedOAuthScopes, warnings),
    oauthEnabled: raw.AllowedOAuthFlowsUserPoolClient === true,
    supportedIdentityProviders: boundedList(raw.SupportedIdentityProviders, warnings),
    explicitAuthFlows: boundedList(raw.ExplicitAuthFlows, warnings),
    // The value itself is not read into anything: only whether there is one.
    hasSecret: typeof raw.ClientSecret === 'string' && raw.ClientSecret !== '',
  };
  const name = short(raw.ClientName);
  if (name !== undefined) client.clientName = name;
  const defaultRedirect = short(raw.DefaultRedirectURI);
  if (defaultRedirect !== undefined) client.defaultRedirectUri = defaultRedirect;
  if (client.callbackUrls.length === 0) warnings.push({ code: 'no-callback-urls' });
  if (!client.oauthEnabled) warnings.push({ code: 'oauth-disabled' });
  return { ok: true, value: { kind: 'user-pool-client', client, warnings } };
}

function readPool(raw: JsonRecord): SigninImportResult {
  const poolId = short(raw.Id);
  if (poolId === undefined) return { ok: false, code: 'missing-pool-id' };
  const region = regionOfUserPool(poolId);
  if (region === undefined) return { ok: false, code: 'invalid-pool-id' };
  const pool: UserPoolSigninConfig = { poolId, region };
  const name = short(raw.Name);
  if (name !== undefined) pool.name = name;
  const prefix = short(raw.Domain);
  if (prefix !== undefined && PREFIX_PATTERN.test(prefix)) pool.domainPrefix = prefix;
  const custom = short(raw.CustomDomain)?.toLowerCase();
  if (custom !== undefined && isHostName(custom)) pool.customDomain = custom;
  const warnings: SigninImportWarning[] =
    pool.domainPrefix === undefined && pool.customDomain === undefined ? [{ code: 'no-domain' }] : [];
  return { ok: true, value: { kind: 'user-pool', pool, warnings } };
}

function readDomain(raw: JsonRecord): SigninImportResult {
  if (Object.keys(raw).length === 0) return { ok: false, code: 'domain-not-found' };
  const poolId = short(raw.UserPoolId);
  if (poolId === undefined) return { ok: false, code: 'missing-pool-id' };
  const region = regionOfUserPool(poolId);
  if (region === undefined) return { ok: false, code: 'invalid-pool-id' };
  const domain = short(raw.Domain)?.toLowerCase();
  if (domain === undefined) return { ok: false, code: 'invalid-domain' };
  const pool: UserPoolSigninConfig = { poolId, region };
  // A prefix has no dot; a custom domain is a host name (aws-facts.md §6 "Domains").
  if (PREFIX_PATTERN.test(domain)) pool.domainPrefix = domain;
  else if (isHostName(domain)) pool.customDomain = domain;
  else return { ok: false, code: 'invalid-domain' };
  const status = short(raw.Status);
  const warnings: SigninImportWarning[] =
    status !== undefined && status !== 'ACTIVE' ? [{ code: 'domain-not-active', status }] : [];
  return { ok: true, value: { kind: 'user-pool-domain', pool, warnings } };
}

/**
 * The sign-in configuration a parsed JSON or YAML value describes, or undefined when it is none of
 * these outputs (so that other readers may try it).
 */
export function readSigninImport(value: unknown): SigninImportResult | undefined {
  if (!isRecord(value)) return undefined;
  if (isRecord(value.UserPoolClient)) return readClient(value.UserPoolClient);
  if (isRecord(value.UserPool)) return readPool(value.UserPool);
  if (isRecord(value.DomainDescription)) return readDomain(value.DomainDescription);
  // `--query UserPoolClient` and friends print the inner object.
  if ('ClientId' in value && 'UserPoolId' in value) return readClient(value);
  if ('CloudFrontDistribution' in value && 'UserPoolId' in value) return readDomain(value);
  if (
    typeof value.Id === 'string' &&
    ('Domain' in value || 'CustomDomain' in value || 'MfaConfiguration' in value)
  ) {
    return readPool(value);
  }
  return undefined;
}

/**
 * The configuration after an import: a client replaces the one with the same id; a pool's fields
 * are merged into the saved pool with the same id (describe-user-pool-domain tells one domain,
 * describe-user-pool both).
 */
export function applySigninImport(
  configuration: SigninConfiguration,
  imported: SigninImport,
): SigninConfiguration {
  if (imported.kind === 'user-pool-client') {
    const others = configuration.clients.filter((client) => client.clientId !== imported.client.clientId);
    return { ...configuration, clients: [...others, imported.client] };
  }
  const saved = configuration.pools.find((pool) => pool.poolId === imported.pool.poolId);
  const merged: UserPoolSigninConfig =
    imported.kind === 'user-pool'
      ? // describe-user-pool tells both domains: what it does not list is gone.
        {
          ...imported.pool,
          ...(saved?.name !== undefined && imported.pool.name === undefined ? { name: saved.name } : {}),
        }
      : { ...saved, ...imported.pool };
  const others = configuration.pools.filter((pool) => pool.poolId !== imported.pool.poolId);
  return { ...configuration, pools: [...others, merged] };
}

/** Far more than any describe output; past this, parsing would only stall the options page. */
export const MAX_SIGNIN_IMPORT_LENGTH = 1_000_000;

/** Reads pasted text. Never throws; no error quotes the text (it may hold a client secret). */
export function readSigninImportText(text: string): SigninImportResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, code: 'empty' };
  if (trimmed.length > MAX_SIGNIN_IMPORT_LENGTH) return { ok: false, code: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { ok: false, code: 'not-json' };
  }
  return readSigninImport(value) ?? { ok: false, code: 'not-signin-output' };
}
