import type { AppClientConfig, SigninConfigMatch } from './appClientConfig';
import { nearestCallback, urlDifferences } from './callbackUrlMatch';
import { type SigninCommand, type SigninCommandTarget, signinCommands } from './signinCommands';
import {
  authorizeParam,
  authorizeSentChallenge,
  clientIdOf,
  type SigninFailure,
  type SigninFlow,
} from './signinFlow';
import { authorizationSchemeOf, contentTypeOf, paramOf, type SigninRecord, secretOf } from './signinRecord';

/**
 * The eight `signin.*` checks of SIGNIN.md, in its order. Each returns a status, a code and
 * structured parameters (never a sentence: the words live in the i18n registry), the AWS CLI
 * commands that help, and the AWS pages it rests on.
 */

export type SigninCheckStatus = 'pass' | 'fail' | 'warn' | 'info' | 'skip';
export type SigninParam = string | number | boolean | readonly string[];

export type SigninDocId =
  | 'authorization-endpoint'
  | 'login-endpoint'
  | 'logout-endpoint'
  | 'token-endpoint'
  | 'userinfo-endpoint'
  | 'revoke-endpoint'
  | 'app-client-settings'
  | 'managed-login-endpoints'
  | 'verifying-jwt'
  | 'kc-cognito-401';

export interface SigninCheckInput {
  step: SigninRecord;
  failure: SigninFailure;
  flow: SigninFlow;
  config: SigninConfigMatch;
}

interface Outcome<Code extends string> {
  status: SigninCheckStatus;
  code: Code;
  params?: Record<string, SigninParam | undefined>;
  commands?: SigninCommand[];
  links?: SigninDocId[];
}

/** What the checks before this one decided, by id: `signin.grant` defers to `signin.redirect_uri`. */
type Earlier = ReadonlyMap<string, SigninCheckResult>;

interface SigninCheckDefinition<Id extends string, Code extends string> {
  id: Id;
  codes: readonly Code[];
  run: (input: SigninCheckInput, earlier: Earlier) => Outcome<Code>;
}

function defineSigninCheck<const Id extends string, const Code extends string>(
  id: Id,
  codes: readonly Code[],
  run: (input: SigninCheckInput, earlier: Earlier) => Outcome<NoInfer<Code>>,
): SigninCheckDefinition<Id, Code> {
  return { id, codes, run };
}

// ---------------------------------------------------------------------------------------------
// What every check reads from a step

/** Cognito's error: from the redirect (`error` / `error_description`), the error page's query, or a body seen elsewhere. */
interface StepError {
  error?: string;
  description?: string;
}

function stepError(step: SigninRecord): StepError {
  if (step.redirect?.error !== undefined || step.redirect?.errorDescription !== undefined) {
    return { error: step.redirect.error, description: step.redirect.errorDescription };
  }
  if (step.endpoint === 'error')
    return { error: step.params.error, description: step.params.error_description };
  if (step.responseError !== undefined) {
    return { error: step.responseError.error, description: step.responseError.errorDescription };
  }
  return {};
}

/**
 * Cognito puts the real reason in `error_description` and a generic `invalid_request` in `error`
 * (`error=invalid_request&error_description=invalid_scope`, aws-facts-2.md §1.1): a reason counts
 * wherever it appears.
 */
function errorSays(error: StepError, value: string): boolean {
  return error.error === value || error.description === value;
}

/** The body (and so the token endpoint's `{"error": …}`) is seen only in a HAR file or DevTools. */
function errorVisible(input: SigninCheckInput): boolean {
  const { step } = input;
  return step.redirect?.error !== undefined || step.endpoint === 'error' || step.responseError !== undefined;
}

/** A parameter of the step, else of the hops that redirected to it, else of the flow's authorize request. */
function stepParam(input: SigninCheckInput, name: string): string | undefined {
  const own = paramOf(input.step, name);
  if (own !== undefined) return own;
  for (const hop of input.flow.chain) {
    const value = paramOf(hop, name);
    if (value !== undefined) return value;
  }
  return authorizeParam(input.flow, name);
}

function stepClientId(input: SigninCheckInput): string | undefined {
  return clientIdOf(input.step) ?? authorizeParam(input.flow, 'client_id');
}

function scopesOf(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(/\s+/).filter((scope) => scope !== '');
}

function commandTarget(input: SigninCheckInput): SigninCommandTarget {
  const clientId = stepClientId(input);
  const poolId = input.config.client?.userPoolId ?? input.config.pool?.poolId;
  const region = input.step.domain.region ?? input.config.pool?.region;
  return {
    ...(poolId !== undefined ? { poolId } : {}),
    ...(clientId !== undefined ? { clientId } : {}),
    ...(region !== undefined ? { region } : {}),
    domain: input.step.domain.prefix ?? input.step.domain.host,
  };
}

const isTokenRequest = (step: SigninRecord) => step.endpoint === 'token';
const isFormEndpoint = (step: SigninRecord) => step.endpoint === 'token' || step.endpoint === 'revoke';

/** The errors Cognito's sign-in endpoints are known to send (aws-facts.md §6 "Errors", aws-facts-2.md §1). */
export const KNOWN_SIGNIN_ERRORS = [
  'redirect_mismatch',
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'invalid_scope',
  'unauthorized_client',
  'unsupported_grant_type',
  'server_error',
  'access_denied',
  'invalid_token',
  'Required parameters missing',
  'Invalid state',
] as const;

export type KnownSigninError = (typeof KNOWN_SIGNIN_ERRORS)[number];

function knownError(value: string | undefined): KnownSigninError | undefined {
  return KNOWN_SIGNIN_ERRORS.find((known) => known === value);
}

// ---------------------------------------------------------------------------------------------
// The checks

const LINKS_BY_ENDPOINT: Readonly<Record<SigninRecord['endpoint'], SigninDocId>> = {
  authorize: 'authorization-endpoint',
  login: 'login-endpoint',
  logout: 'logout-endpoint',
  error: 'managed-login-endpoints',
  token: 'token-endpoint',
  revoke: 'revoke-endpoint',
  userInfo: 'userinfo-endpoint',
  idpresponse: 'managed-login-endpoints',
  'openid-configuration': 'verifying-jwt',
  jwks: 'verifying-jwt',
};

const stepCheck = defineSigninCheck(
  'signin.step',
  [
    'error-page',
    'error-redirect',
    'token-error',
    'revoke-error',
    'userinfo-error',
    'page-error',
    'discovery',
  ] as const satisfies readonly SigninFailure[],
  (input) => {
    const { step } = input;
    const error = stepError(step);
    const path = new URL(step.url).pathname;
    return {
      status: 'info',
      code: input.failure,
      params: {
        endpoint: step.endpoint,
        method: step.method,
        path,
        domain: step.domain.host,
        domainKind: step.domain.kind,
        region: step.domain.region ?? input.config.pool?.region,
        clientId: stepClientId(input),
        status: step.statusCode,
        error: error.error,
        errorDescription: error.description,
        // What the words explain: the reason in `error_description` first, as Cognito means it.
        meaning: knownError(error.description) ?? knownError(error.error),
        errorIn: step.redirect?.errorIn,
        errorVisible: errorVisible(input),
        redirectedFrom: input.flow.chain.length > 0 ? input.flow.chain[0]?.endpoint : undefined,
      },
      links: [LINKS_BY_ENDPOINT[step.endpoint], 'kc-cognito-401'],
    };
  },
);

function callbackUrlFailure(
  input: SigninCheckInput,
  sent: string,
  client: AppClientConfig | undefined,
  code: 'not-registered' | 'logout-not-registered',
) {
  const registered = code === 'logout-not-registered' ? client?.logoutUrls : client?.callbackUrls;
  const nearest = registered !== undefined ? nearestCallback(sent, registered) : undefined;
  const target = commandTarget(input);
  const update =
    code === 'logout-not-registered'
      ? { logoutUrls: [...(registered ?? []), sent] }
      : { callbackUrls: [...(registered ?? []), sent] };
  return {
    status: 'fail' as const,
    code,
    params: {
      sent,
      registered,
      nearest: nearest?.url,
      differences: nearest?.differences,
      clientKnown: client !== undefined,
    },
    commands: [
      signinCommands.describeUserPoolClient(target),
      signinCommands.updateUserPoolClient(target, client, update),
    ],
    links: ['app-client-settings' as const, 'authorization-endpoint' as const],
  };
}

const redirectUriCheck = defineSigninCheck(
  'signin.redirect_uri',
  [
    'not-registered',
    'differs-from-authorize',
    'no-callback-urls',
    'logout-not-registered',
    'registered',
    'sent',
    'none',
  ],
  (input) => {
    const { step, flow } = input;
    const client = input.config.client;
    const error = stepError(step);

    if (
      step.endpoint === 'logout' ||
      (step.endpoint === 'error' && flow.chain.some((hop) => hop.endpoint === 'logout'))
    ) {
      const logoutUri = stepParam(input, 'logout_uri');
      if (logoutUri !== undefined && client !== undefined && !client.logoutUrls.includes(logoutUri)) {
        return callbackUrlFailure(input, logoutUri, client, 'logout-not-registered');
      }
    }

    const sent = stepParam(input, 'redirect_uri');
    if (errorSays(error, 'redirect_mismatch') && sent !== undefined) {
      return callbackUrlFailure(input, sent, client, 'not-registered');
    }
    // "Required parameters missing" was fixed by adding a callback URL (aws-facts-2.md §1.1).
    if (client !== undefined && client.callbackUrls.length === 0 && step.endpoint !== 'logout') {
      if (errorSays(error, 'Required parameters missing') || errorSays(error, 'redirect_mismatch')) {
        return {
          status: 'fail',
          code: 'no-callback-urls',
          params: { sent },
          commands: [signinCommands.describeUserPoolClient(commandTarget(input))],
          links: ['app-client-settings'],
        };
      }
    }
    if (sent === undefined) return { status: 'skip', code: 'none' };

    // Cognito answers a token request whose redirect_uri differs from the authorize request's with
    // `unauthorized_client` (aws-facts-2.md §1.2).
    const atAuthorize = authorizeParam(flow, 'redirect_uri');
    if (isTokenRequest(step) && atAuthorize !== undefined && atAuthorize !== sent) {
      return {
        status: 'fail',
        code: 'differs-from-authorize',
        params: { sent, atAuthorize, differences: urlDifferences(sent, atAuthorize) },
        links: ['token-endpoint'],
      };
    }
    if (client !== undefined) {
      if (!client.callbackUrls.includes(sent))
        return callbackUrlFailure(input, sent, client, 'not-registered');
      return { status: 'pass', code: 'registered', params: { sent } };
    }
    return { status: 'pass', code: 'sent', params: { sent } };
  },
);

function clientCredentialsSent(step: SigninRecord): 'basic' | 'form' | 'none' | 'unknown' {
  if (authorizationSchemeOf(step) === 'basic') return 'basic';
  if (secretOf(step, 'client_secret') !== undefined) return 'form';
  return step.headers === undefined && step.body === 'unknown' ? 'unknown' : 'none';
}

const clientCheck = defineSigninCheck(
  'signin.client',
  [
    'unknown-client',
    'idp-not-enabled',
    'invalid-request',
    'secret-missing',
    'invalid-client',
    'secret-sent-to-public-client',
    'ok',
    'no-client',
  ],
  (input) => {
    const { step, config } = input;
    const clientId = stepClientId(input);
    if (clientId === undefined) return { status: 'skip', code: 'no-client' };
    const target = commandTarget(input);
    const error = stepError(step);
    const client = config.client;
    const base = { clientId, clientKnown: client !== undefined, hasSecret: client?.hasSecret };

    if (step.endpoint === 'error' && errorSays(error, 'invalid_request')) {
      // aws-facts-2.md §1.1: an unknown client id, and an identity provider the client does not
      // list, both end on `/error?error=invalid_request` ([unverified] that every unknown-client
      // case looks like this).
      if (config.knownClientIds !== undefined && !config.knownClientIds.includes(clientId)) {
        return {
          status: 'fail',
          code: 'unknown-client',
          params: { ...base, knownClientIds: config.knownClientIds },
          commands: [signinCommands.listUserPoolClients(target)],
          links: ['app-client-settings'],
        };
      }
      const provider = stepParam(input, 'identity_provider') ?? stepParam(input, 'idp_identifier');
      if (
        provider !== undefined &&
        client !== undefined &&
        !client.supportedIdentityProviders.includes(provider)
      ) {
        return {
          status: 'fail',
          code: 'idp-not-enabled',
          params: { ...base, provider, supported: client.supportedIdentityProviders },
          commands: [signinCommands.describeUserPoolClient(target)],
          links: ['authorization-endpoint'],
        };
      }
      return {
        status: 'warn',
        code: 'invalid-request',
        params: { ...base, provider },
        commands: [signinCommands.listUserPoolClients(target), signinCommands.describeUserPoolClient(target)],
        links: ['authorization-endpoint'],
      };
    }

    if (isFormEndpoint(step) && input.failure !== 'discovery' && step.statusCode !== 405) {
      const sent = clientCredentialsSent(step);
      const params = { ...base, credentials: sent };
      // aws-facts-2.md §1.2: a confidential client called without its secret gets `invalid_client`.
      if (client?.hasSecret === true && sent === 'none') {
        return {
          status: 'fail',
          code: 'secret-missing',
          params,
          commands: [signinCommands.describeUserPoolClient(target)],
          links: ['token-endpoint'],
        };
      }
      // A 401 from the token endpoint is client authentication failing (RFC 6749 §5.2 allows
      // `invalid_client` with 401); the body, when seen, says it outright.
      if (errorSays(error, 'invalid_client') || step.statusCode === 401) {
        return {
          status: 'warn',
          code: 'invalid-client',
          params,
          commands: [signinCommands.describeUserPoolClient(target)],
          links: ['token-endpoint'],
        };
      }
      // [unverified] what Cognito answers (aws-facts-2.md §1.2 "Public client sends a secret anyway").
      if (client?.hasSecret === false && (sent === 'basic' || sent === 'form')) {
        return {
          status: 'warn',
          code: 'secret-sent-to-public-client',
          params,
          commands: [signinCommands.describeUserPoolClient(target)],
          links: ['token-endpoint'],
        };
      }
    }
    return { status: 'pass', code: 'ok', params: base };
  },
);

/** Scopes that need `openid` (aws-facts.md §6, `/oauth2/authorize`). */
const OPENID_DEPENDENT_SCOPES = ['phone', 'email', 'profile'];
/** Cognito does not support `offline_access` (aws-facts-2.md §1.1). */
const OFFLINE_ACCESS = 'offline_access';

const scopeCheck = defineSigninCheck(
  'signin.scope',
  [
    'invalid-scope',
    'offline-access',
    'not-allowed',
    'needs-openid',
    'no-openid-for-id-token',
    'allowed',
    'no-scope',
  ],
  (input) => {
    const { step, config } = input;
    const requested = scopesOf(stepParam(input, 'scope'));
    const allowed = config.client?.allowedOAuthScopes;
    const notAllowed =
      allowed === undefined ? undefined : requested.filter((scope) => !allowed.includes(scope));
    const offlineAccess = requested.includes(OFFLINE_ACCESS);
    const target = commandTarget(input);
    const fixedScopes = [...new Set([...(allowed ?? []), ...requested])].filter(
      (scope) => scope !== OFFLINE_ACCESS,
    );
    const commands = [
      signinCommands.describeUserPoolClient(target),
      ...(config.client !== undefined
        ? [signinCommands.updateUserPoolClient(target, config.client, { scopes: fixedScopes })]
        : []),
    ];
    const params = { requested, allowed, notAllowed, offlineAccess };
    const links: SigninDocId[] = ['authorization-endpoint', 'app-client-settings'];

    if (errorSays(stepError(step), 'invalid_scope')) {
      return { status: 'fail', code: 'invalid-scope', params, commands, links };
    }
    if (requested.length === 0) return { status: 'skip', code: 'no-scope' };
    if (offlineAccess) return { status: 'fail', code: 'offline-access', params, commands, links };
    if (notAllowed !== undefined && notAllowed.length > 0) {
      return { status: 'fail', code: 'not-allowed', params, commands, links };
    }
    const hasOpenid = requested.includes('openid');
    const dependent = requested.filter((scope) => OPENID_DEPENDENT_SCOPES.includes(scope));
    if (!hasOpenid && dependent.length > 0) {
      return { status: 'fail', code: 'needs-openid', params: { ...params, dependent }, links };
    }
    // An ID token comes only with `openid`; `/oauth2/userInfo` needs it too (aws-facts.md §6, aws-facts-2.md §1.3).
    const wantsIdToken = (stepParam(input, 'response_type') ?? '').split(/\s+/).includes('id_token');
    if (!hasOpenid && (wantsIdToken || step.endpoint === 'userInfo')) {
      return {
        status: 'warn',
        code: 'no-openid-for-id-token',
        params: { ...params, reason: step.endpoint === 'userInfo' ? 'userinfo' : 'id-token' },
        links,
      };
    }
    return { status: 'pass', code: 'allowed', params };
  },
);

/** Grants of the token endpoint (aws-facts.md §6). */
const TOKEN_GRANTS = ['authorization_code', 'refresh_token', 'client_credentials'];
/** Codes expire after about five minutes (aws-facts-2.md §1.2 "expired (about 5 min)"). */
export const CODE_LIFETIME_MS = 5 * 60_000;

/** The `AllowedOAuthFlows` value a grant or response type needs. */
function flowNeeded(grantType: string | undefined, responseType: string | undefined): string | undefined {
  if (grantType === 'authorization_code') return 'code';
  if (grantType === 'client_credentials') return 'client_credentials';
  if (grantType !== undefined) return undefined;
  const types = (responseType ?? '').split(/\s+/);
  if (types.includes('code')) return 'code';
  if (types.includes('token')) return 'implicit';
  return undefined;
}

const grantCheck = defineSigninCheck(
  'signin.grant',
  [
    'unauthorized-client',
    'see-redirect-uri',
    'password-grant',
    'unsupported-grant-type',
    'oauth-disabled',
    'flow-not-allowed',
    'code-reused',
    'code-expired',
    'invalid-grant',
    'ok',
  ],
  (input, earlier) => {
    const { step, flow, config } = input;
    const error = stepError(step);
    const grantType = isFormEndpoint(step) ? paramOf(step, 'grant_type') : undefined;
    const responseType = isFormEndpoint(step) ? undefined : stepParam(input, 'response_type');
    const client = config.client;
    const target = commandTarget(input);
    const params = { grantType, responseType, allowedFlows: client?.allowedOAuthFlows };
    const needed = flowNeeded(grantType, responseType);

    if (errorSays(error, 'unauthorized_client')) {
      if (earlier.get('signin.redirect_uri')?.status === 'fail') {
        return { status: 'warn', code: 'see-redirect-uri', params, links: ['token-endpoint'] };
      }
      return {
        status: 'fail',
        code: 'unauthorized-client',
        params: { ...params, needed },
        commands: [
          signinCommands.describeUserPoolClient(target),
          ...(client !== undefined &&
          needed !== undefined &&
          !client.allowedOAuthFlows.includes(needed as never)
            ? [
                signinCommands.updateUserPoolClient(target, client, {
                  flows: [...client.allowedOAuthFlows, needed],
                }),
              ]
            : []),
        ],
        links: ['app-client-settings', 'token-endpoint'],
      };
    }
    if (grantType === 'password') {
      return { status: 'fail', code: 'password-grant', params, links: ['token-endpoint'] };
    }
    if (grantType !== undefined && !TOKEN_GRANTS.includes(grantType)) {
      return { status: 'fail', code: 'unsupported-grant-type', params, links: ['token-endpoint'] };
    }
    if (client !== undefined && needed !== undefined) {
      if (!client.oauthEnabled) {
        return {
          status: 'fail',
          code: 'oauth-disabled',
          params: { ...params, needed },
          commands: [signinCommands.updateUserPoolClient(target, client, { flows: [needed] })],
          links: ['app-client-settings'],
        };
      }
      if (!client.allowedOAuthFlows.includes(needed as never)) {
        return {
          status: 'fail',
          code: 'flow-not-allowed',
          params: { ...params, needed },
          commands: [
            signinCommands.updateUserPoolClient(target, client, {
              flows: [...client.allowedOAuthFlows, needed],
            }),
          ],
          links: ['app-client-settings'],
        };
      }
    }

    if (isTokenRequest(step) && input.failure === 'token-error' && grantType === 'authorization_code') {
      // Without the body the error is unknown; a 400 on a code already sent is still the double
      // exchange (React StrictMode runs effects twice in development, aws-facts-2.md §1.2).
      const grantError = step.responseError === undefined || errorSays(error, 'invalid_grant');
      if (grantError && flow.earlierCodeUse !== undefined) {
        return {
          status: 'fail',
          code: 'code-reused',
          params: {
            ...params,
            firstStatus: flow.earlierCodeUse.statusCode,
            msBetween: step.requestTime - flow.earlierCodeUse.requestTime,
          },
          links: ['token-endpoint'],
        };
      }
      if (grantError && flow.codeAgeMs !== undefined && flow.codeAgeMs > CODE_LIFETIME_MS) {
        return {
          status: 'fail',
          code: 'code-expired',
          params: { ...params, codeAgeSeconds: Math.round(flow.codeAgeMs / 1000) },
          links: ['token-endpoint'],
        };
      }
    }
    if (errorSays(error, 'invalid_grant')) {
      return { status: 'warn', code: 'invalid-grant', params, links: ['token-endpoint'] };
    }
    return { status: 'pass', code: 'ok', params };
  },
);

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

type ContentTypeProblem = 'missing' | 'quoted' | 'json' | 'other';

function contentTypeProblem(contentType: string | undefined): ContentTypeProblem | undefined {
  if (contentType === undefined || contentType.trim() === '') return 'missing';
  const media = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (media === FORM_CONTENT_TYPE) return undefined;
  if (/^["']/.test(media)) return 'quoted';
  return media.endsWith('json') ? 'json' : 'other';
}

/**
 * The token endpoint takes `application/x-www-form-urlencoded` only (aws-facts.md §6); anything
 * else has been seen to answer 405 with an empty body, the exact trigger unconfirmed (aws-facts.md
 * §6 "405", aws-facts-2.md §1.2). Chrome gives `formData` only for a form-encoded body, so its
 * absence on a POST is the tell.
 */
const requestFormatCheck = defineSigninCheck(
  'signin.request_format',
  ['status-405', 'not-post', 'not-form', 'no-body', 'form', 'body-not-seen', 'not-token-request'],
  (input) => {
    const { step } = input;
    if (!isFormEndpoint(step)) return { status: 'skip', code: 'not-token-request' };
    const contentType = contentTypeOf(step);
    const problem = step.headers === undefined ? undefined : contentTypeProblem(contentType);
    const params = {
      endpoint: step.endpoint,
      method: step.method,
      contentType,
      contentTypeProblem: problem,
      body: step.body,
    };
    const links: SigninDocId[] = ['token-endpoint'];
    if (step.endpoint === 'token' && step.statusCode === 405)
      return { status: 'fail', code: 'status-405', params, links };
    if (step.method !== 'POST') return { status: 'fail', code: 'not-post', params, links };
    if (step.body === 'raw' || (step.body === 'form' && problem !== undefined)) {
      return { status: 'fail', code: 'not-form', params, links };
    }
    if (step.body === 'none') return { status: 'fail', code: 'no-body', params, links };
    if (step.body === 'form') return { status: 'pass', code: 'form', params };
    // The body was not seen (a HAR without postData): only the header can be judged.
    if (problem !== undefined && step.headers !== undefined)
      return { status: 'fail', code: 'not-form', params, links };
    return { status: 'skip', code: 'body-not-seen', params };
  },
);

/** Cognito supports only S256 (aws-facts.md §6). */
const pkceCheck = defineSigninCheck(
  'signin.pkce',
  ['method-not-s256', 'method-without-challenge', 'verifier-missing', 'consistent', 'no-pkce'],
  (input) => {
    const { step, flow } = input;
    const challenge = stepParam(input, 'code_challenge');
    const method = stepParam(input, 'code_challenge_method');
    const verifier = secretOf(step, 'code_verifier');
    const params = { method, challengeSent: challenge !== undefined, verifierSent: verifier !== undefined };
    const links: SigninDocId[] = ['authorization-endpoint'];
    if (challenge !== undefined && method !== 'S256')
      return { status: 'fail', code: 'method-not-s256', params, links };
    if (challenge === undefined && method !== undefined && !isTokenRequest(step)) {
      return { status: 'fail', code: 'method-without-challenge', params, links };
    }
    if (
      isTokenRequest(step) &&
      paramOf(step, 'grant_type') === 'authorization_code' &&
      authorizeSentChallenge(flow) &&
      verifier === undefined
    ) {
      return { status: 'fail', code: 'verifier-missing', params, links: ['token-endpoint'] };
    }
    if (challenge !== undefined || verifier !== undefined)
      return { status: 'pass', code: 'consistent', params };
    return { status: 'skip', code: 'no-pkce' };
  },
);

/**
 * The issuer and its `.well-known` documents live on `cognito-idp.{region}.amazonaws.com/{poolId}`,
 * not on the sign-in domain (aws-facts-2.md §1 "Issuer vs login domain").
 */
const issuerCheck = defineSigninCheck(
  'signin.issuer',
  ['signin-domain-as-issuer', 'not-discovery'],
  (input) => {
    if (input.failure !== 'discovery') return { status: 'skip', code: 'not-discovery' };
    const pool = input.config.client?.userPoolId ?? input.config.pool?.poolId;
    const region = input.config.pool?.region ?? input.step.domain.region;
    return {
      status: 'fail',
      code: 'signin-domain-as-issuer',
      params: {
        requested: new URL(input.step.url).pathname,
        domain: input.step.domain.host,
        expectedIssuer:
          pool !== undefined
            ? `https://cognito-idp.${region ?? pool.slice(0, pool.indexOf('_'))}.amazonaws.com/${pool}`
            : undefined,
        region,
      },
      commands: pool === undefined ? [signinCommands.describeUserPoolDomain(commandTarget(input))] : [],
      links: ['verifying-jwt'],
    };
  },
);

/** Every sign-in check, in SIGNIN.md's order: the only ordered list. */
export const SIGNIN_CHECKS = [
  stepCheck,
  redirectUriCheck,
  clientCheck,
  scopeCheck,
  grantCheck,
  requestFormatCheck,
  pkceCheck,
  issuerCheck,
] as const;

type AnySigninCheck = (typeof SIGNIN_CHECKS)[number];
export type SigninCheckId = AnySigninCheck['id'];
export type SigninCheckCode<Id extends SigninCheckId = SigninCheckId> = Extract<
  AnySigninCheck,
  { id: Id }
>['codes'][number];

/** Every code each check may return, by id: the catalogs are typed from this. */
export const SIGNIN_CHECK_CODES = Object.fromEntries(
  SIGNIN_CHECKS.map((check) => [check.id, check.codes]),
) as {
  readonly [Id in SigninCheckId]: readonly SigninCheckCode<Id>[];
};

export interface SigninCheckResult<Id extends SigninCheckId = SigninCheckId> {
  id: Id;
  status: SigninCheckStatus;
  code: SigninCheckCode<Id> | typeof SIGNIN_INTERNAL_ERROR;
  params: Readonly<Record<string, SigninParam>>;
  commands: SigninCommand[];
  links: SigninDocId[];
}

/** A check that threw: reported as `skip` with this code, never with the error's text. */
export const SIGNIN_INTERNAL_ERROR = 'internal-error';

function definedParams(
  params: Record<string, SigninParam | undefined> | undefined,
): Record<string, SigninParam> {
  const result: Record<string, SigninParam> = {};
  for (const [name, value] of Object.entries(params ?? {})) if (value !== undefined) result[name] = value;
  return result;
}

export interface SigninDiagnosis {
  stepId: string;
  checks: SigninCheckResult[];
  /** The first `fail` in check order, else the first `warn` (SIGNIN.md: as for API calls). */
  headline?: SigninCheckResult;
}

export function signinHeadline(checks: readonly SigninCheckResult[]): SigninCheckResult | undefined {
  return checks.find((check) => check.status === 'fail') ?? checks.find((check) => check.status === 'warn');
}

/** Runs every sign-in check on one step. Pure: the same step, flow and configuration give the same result. */
export function diagnoseSigninStep(input: SigninCheckInput): SigninDiagnosis {
  const earlier = new Map<string, SigninCheckResult>();
  const checks: SigninCheckResult[] = [];
  for (const check of SIGNIN_CHECKS as readonly SigninCheckDefinition<SigninCheckId, string>[]) {
    let result: SigninCheckResult;
    try {
      const outcome = check.run(input, earlier);
      result = {
        id: check.id,
        status: outcome.status,
        code: outcome.code as SigninCheckCode,
        params: definedParams(outcome.params),
        commands: outcome.commands ?? [],
        links: outcome.links ?? [],
      };
    } catch {
      result = {
        id: check.id,
        status: 'skip',
        code: SIGNIN_INTERNAL_ERROR,
        params: {},
        commands: [],
        links: [],
      };
    }
    earlier.set(check.id, result);
    checks.push(result);
  }
  const headline = signinHeadline(checks);
  return { stepId: input.step.id, checks, ...(headline ? { headline } : {}) };
}
