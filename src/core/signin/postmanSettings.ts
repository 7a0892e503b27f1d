import type { AppClientConfig, UserPoolSigninConfig } from './appClientConfig';
import { type SigninCommand, signinCommands } from './signinCommands';

/**
 * What to type into Postman's OAuth 2.0 Authorization tab to get a token from the user pool
 * (SIGNIN.md "Postman settings", after the settings AWS's 401 article lists). Values are Postman's
 * own labels or AWS's identifiers, copied as they are; notes are codes the words explain. A client
 * secret is never a value: at most "this client has one".
 */

export const POSTMAN_FIELDS = [
  'grant_type',
  'callback_url',
  'auth_url',
  'access_token_url',
  'client_id',
  'client_secret',
  'scope',
  'client_authentication',
  'token_to_use',
] as const;

export type PostmanFieldName = (typeof POSTMAN_FIELDS)[number];

export type PostmanNote =
  | 'pkce'
  | 'implicit-only'
  | 'client-credentials-only'
  | 'flows-unknown'
  | 'postman-callback-registered'
  | 'postman-callback-not-registered'
  | 'registered-callback'
  | 'callback-unverified'
  | 'must-be-registered'
  | 'domain-unknown'
  | 'client-id-unknown'
  | 'no-secret'
  | 'has-secret'
  | 'secret-unknown'
  | 'openid-not-allowed'
  | 'method-scopes-unknown'
  | 'basic-auth'
  | 'token-use-decided'
  | 'token-use-unknown';

export interface PostmanField {
  name: PostmanFieldName;
  /** The text to paste; absent when it is not known (or is a secret). */
  value?: string;
  /** What to know about the value; absent when there is nothing to add. */
  note?: PostmanNote;
  /** How to find what is missing, or to make the value work. */
  command?: SigninCommand;
}

/** Postman's browser callback; it works only when registered on the client. */
export const POSTMAN_CALLBACK_URL = 'https://oauth.pstmn.io/v1/callback';

/** Postman's labels, as its Authorization tab shows them. */
export const POSTMAN_LABELS = {
  pkce: 'Authorization Code (With PKCE)',
  implicit: 'Implicit',
  clientCredentials: 'Client Credentials',
  basicAuth: 'Send as Basic Auth header',
  idToken: 'ID token',
  accessToken: 'Access token',
} as const;

export interface PostmanContext {
  /** The sign-in domain's host, when a sign-in step showed it. */
  domainHost?: string;
  pool?: UserPoolSigninConfig;
  poolId?: string;
  region?: string;
  clientId?: string;
  client?: AppClientConfig;
  /** The `redirect_uri` the app itself used. */
  appRedirectUri?: string;
  /** Scopes the method requires, when the API configuration says. */
  methodScopes?: readonly string[];
  /** What `token.use` decided the method takes (CHECKS.md). */
  tokenUse?: 'id' | 'access';
}

export interface PostmanSettings {
  fields: PostmanField[];
  /** The values the collection export uses; `undefined` where unknown. */
  grantType: 'authorization_code_with_pkce' | 'implicit' | 'client_credentials';
  domainHost?: string;
  clientId?: string;
  callbackUrl: string;
  scope: string;
}

function domainOf(context: PostmanContext): string | undefined {
  if (context.domainHost !== undefined) return context.domainHost;
  const pool = context.pool;
  if (pool?.customDomain !== undefined) return pool.customDomain;
  if (pool?.domainPrefix !== undefined) return `${pool.domainPrefix}.auth.${pool.region}.amazoncognito.com`;
  return undefined;
}

function grantField(client: AppClientConfig | undefined): {
  field: PostmanField;
  grant: PostmanSettings['grantType'];
} {
  const flows = client?.allowedOAuthFlows;
  if (flows === undefined || flows.length === 0 || flows.includes('code')) {
    return {
      field: {
        name: 'grant_type',
        value: POSTMAN_LABELS.pkce,
        note: flows === undefined ? 'flows-unknown' : 'pkce',
      },
      grant: 'authorization_code_with_pkce',
    };
  }
  if (flows.includes('implicit')) {
    return {
      field: { name: 'grant_type', value: POSTMAN_LABELS.implicit, note: 'implicit-only' },
      grant: 'implicit',
    };
  }
  return {
    field: { name: 'grant_type', value: POSTMAN_LABELS.clientCredentials, note: 'client-credentials-only' },
    grant: 'client_credentials',
  };
}

function callbackField(
  context: PostmanContext,
  target: Parameters<typeof signinCommands.describeUserPoolClient>[0],
) {
  const client = context.client;
  if (client === undefined) {
    if (context.appRedirectUri !== undefined) {
      return {
        name: 'callback_url' as const,
        value: context.appRedirectUri,
        note: 'callback-unverified' as const,
      };
    }
    return {
      name: 'callback_url' as const,
      value: POSTMAN_CALLBACK_URL,
      note: 'must-be-registered' as const,
      command: signinCommands.describeUserPoolClient(target),
    };
  }
  if (client.callbackUrls.includes(POSTMAN_CALLBACK_URL)) {
    return {
      name: 'callback_url' as const,
      value: POSTMAN_CALLBACK_URL,
      note: 'postman-callback-registered' as const,
    };
  }
  const first = client.callbackUrls[0];
  const addPostman = signinCommands.updateUserPoolClient(target, client, {
    callbackUrls: [...client.callbackUrls, POSTMAN_CALLBACK_URL],
  });
  if (first !== undefined) {
    return {
      name: 'callback_url' as const,
      value: first,
      note: 'registered-callback' as const,
      command: addPostman,
    };
  }
  return {
    name: 'callback_url' as const,
    value: POSTMAN_CALLBACK_URL,
    note: 'postman-callback-not-registered' as const,
    command: addPostman,
  };
}

export function postmanSettings(context: PostmanContext): PostmanSettings {
  const client = context.client;
  const clientId = context.clientId ?? client?.clientId;
  const poolId = context.poolId ?? client?.userPoolId ?? context.pool?.poolId;
  const target = {
    ...(poolId !== undefined ? { poolId } : {}),
    ...(clientId !== undefined ? { clientId } : {}),
    ...(context.region !== undefined ? { region: context.region } : {}),
  };
  const domain = domainOf(context);
  const { field: grant, grant: grantType } = grantField(client);
  const callback = callbackField(context, target);
  const findDomain = signinCommands.describeUserPoolDomainQuery(target);

  const scopes = ['openid', ...(context.methodScopes ?? []).filter((scope) => scope !== 'openid')];
  // Cognito returns an ID token only when `openid` is requested (aws-facts.md §6).
  const scopeNote: PostmanNote | undefined =
    client !== undefined && !client.allowedOAuthScopes.includes('openid')
      ? 'openid-not-allowed'
      : context.methodScopes === undefined
        ? 'method-scopes-unknown'
        : undefined;

  const fields: PostmanField[] = [
    grant,
    callback,
    domain !== undefined
      ? { name: 'auth_url', value: `https://${domain}/oauth2/authorize` }
      : { name: 'auth_url', note: 'domain-unknown', command: findDomain },
    domain !== undefined
      ? { name: 'access_token_url', value: `https://${domain}/oauth2/token` }
      : { name: 'access_token_url', note: 'domain-unknown', command: findDomain },
    clientId !== undefined
      ? { name: 'client_id', value: clientId }
      : { name: 'client_id', note: 'client-id-unknown' },
    client === undefined
      ? {
          name: 'client_secret',
          note: 'secret-unknown',
          command: signinCommands.describeUserPoolClient(target),
        }
      : { name: 'client_secret', note: client.hasSecret ? 'has-secret' : 'no-secret' },
    {
      name: 'scope',
      value: scopes.join(' '),
      ...(scopeNote !== undefined ? { note: scopeNote } : {}),
      ...(scopeNote === 'openid-not-allowed' && client !== undefined
        ? {
            command: signinCommands.updateUserPoolClient(target, client, {
              scopes: [...client.allowedOAuthScopes, 'openid'],
            }),
          }
        : {}),
    },
    { name: 'client_authentication', value: POSTMAN_LABELS.basicAuth, note: 'basic-auth' },
    context.tokenUse === undefined
      ? { name: 'token_to_use', note: 'token-use-unknown' }
      : {
          name: 'token_to_use',
          value: context.tokenUse === 'id' ? POSTMAN_LABELS.idToken : POSTMAN_LABELS.accessToken,
          note: 'token-use-decided',
        },
  ];
  return {
    fields,
    grantType,
    ...(domain !== undefined ? { domainHost: domain } : {}),
    ...(clientId !== undefined ? { clientId } : {}),
    callbackUrl: callback.value,
    scope: scopes.join(' '),
  };
}
