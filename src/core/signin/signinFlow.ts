import { sameSecret } from './secretDigest';
import { paramOf, type SigninRecord, secretOf } from './signinRecord';

/**
 * Which requests to a sign-in domain are failing sign-in steps (SIGNIN.md, the table of "What is
 * watched"), and how a step is tied to the rest of its tab's flow.
 */
export type SigninFailure =
  /** Cognito's `/error` page (400): it did not trust the client or the redirect URI. */
  | 'error-page'
  /** `/oauth2/authorize` or `/login` sent the browser back to the app with `error=`. */
  | 'error-redirect'
  /** `/oauth2/token` answered 4xx. */
  | 'token-error'
  /** `/oauth2/revoke` answered 4xx. */
  | 'revoke-error'
  /** `/oauth2/userInfo` answered 4xx (401 with an expired or revoked token, aws-facts-2.md §1.3). */
  | 'userinfo-error'
  /** `/login`, `/oauth2/authorize` or `/logout` answered 4xx itself. */
  | 'page-error'
  /** The app asked the sign-in domain for OpenID discovery or keys, which live on the issuer. */
  | 'discovery';

function isClientError(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500;
}

/** The failure a request is, or undefined for a request that is at most a step's context. */
export function signinFailureOf(record: SigninRecord): SigninFailure | undefined {
  // A CORS preflight (a token request with `Authorization: Basic` or a JSON body has one) is the
  // browser's question, not the app's request: its answer says nothing about the sign-in.
  if (record.method === 'OPTIONS') return undefined;
  switch (record.endpoint) {
    case 'error':
      // The error page is only ever reached because something failed; its 400 is incidental.
      return 'error-page';
    case 'authorize':
    case 'login':
    case 'logout': {
      const redirect = record.redirect;
      if (
        redirect?.target === 'app' &&
        (redirect.error !== undefined || redirect.errorDescription !== undefined)
      ) {
        return 'error-redirect';
      }
      // A redirect to `/error` is the context of the error page's step, not a step of its own.
      return redirect === undefined && isClientError(record.statusCode) ? 'page-error' : undefined;
    }
    case 'token':
      return isClientError(record.statusCode) ? 'token-error' : undefined;
    case 'revoke':
      return isClientError(record.statusCode) ? 'revoke-error' : undefined;
    case 'userInfo':
      return isClientError(record.statusCode) ? 'userinfo-error' : undefined;
    case 'openid-configuration':
    case 'jwks':
      return 'discovery';
    case 'idpresponse':
      return undefined;
  }
}

/**
 * Requests that are kept although they did not fail, because a later step needs them: the
 * authorize and login hops (the parameters the flow started with, the code a redirect issued),
 * an identity provider's return (which issues the code after federation), and token requests
 * (the first exchange of a code that is sent twice).
 */
export function isFlowContext(record: SigninRecord): boolean {
  if (record.method === 'OPTIONS') return false;
  return (
    record.endpoint === 'authorize' ||
    record.endpoint === 'login' ||
    record.endpoint === 'idpresponse' ||
    record.endpoint === 'token'
  );
}

export interface SigninFlow {
  /** Earlier hops of the same redirect chain (same Chrome `requestId`), oldest first. */
  chain: SigninRecord[];
  /**
   * The authorize or login requests the step belongs to, oldest first: the first carries the
   * parameters the app sent, later hops repeat them (Cognito keeps them on `/login`).
   */
  authorize: SigninRecord[];
  /** How `authorize` was found. */
  authorizeBasis?: 'self' | 'chain' | 'issued-code' | 'same-client' | 'latest';
  /** For a token request: the redirect that handed its code to the app. */
  codeIssuer?: SigninRecord;
  /** ms from that redirect to this token request. */
  codeAgeMs?: number;
  /** For a token request: an earlier token request of the tab that sent the same code. */
  earlierCodeUse?: SigninRecord;
}

const AUTHORIZE_ENDPOINTS: ReadonlySet<string> = new Set(['authorize', 'login']);

function isAuthorize(record: SigninRecord): boolean {
  return AUTHORIZE_ENDPOINTS.has(record.endpoint);
}

/** The client a request names: query, form, Basic header, or the error page's own `client_id`. */
export function clientIdOf(record: SigninRecord): string | undefined {
  return paramOf(record, 'client_id') ?? record.basicClientId ?? record.redirect?.clientId;
}

function chainOf(records: readonly SigninRecord[], of: SigninRecord): SigninRecord[] {
  return records.filter((record) => record.requestId === of.requestId && record.tabId === of.tabId);
}

function latest<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

/**
 * Ties a step to the earlier requests of its tab (`tabRecords`; may include the step itself and
 * later requests, which are ignored).
 */
export function correlateFlow(step: SigninRecord, tabRecords: readonly SigninRecord[]): SigninFlow {
  // Earlier by request time; between equal times, by position. Records can be stored out of order
  // (each is digested asynchronously), so the position alone does not say which came first.
  const stepIndex = tabRecords.findIndex((record) => record.id === step.id);
  const earlier = tabRecords.filter(
    (record, index) =>
      record.tabId === step.tabId &&
      record.id !== step.id &&
      (record.requestTime < step.requestTime ||
        (record.requestTime === step.requestTime && (stepIndex < 0 || index < stepIndex))),
  );
  const chain = chainOf(earlier, step);
  const flow: SigninFlow = { chain, authorize: [] };

  if (isAuthorize(step)) {
    flow.authorize = [...chain.filter(isAuthorize), step];
    flow.authorizeBasis = 'self';
    return flow;
  }
  const chained = chain.filter(isAuthorize);
  if (chained.length > 0) {
    flow.authorize = chained;
    flow.authorizeBasis = 'chain';
    return flow;
  }

  const code = secretOf(step, 'code');
  if (step.endpoint === 'token' && code !== undefined) {
    const issuer = latest(earlier.filter((record) => sameSecret(record.redirect?.issuedCode, code.digest)));
    if (issuer !== undefined) {
      flow.codeIssuer = issuer;
      flow.codeAgeMs = step.requestTime - issuer.requestTime;
      const issuerChain = chainOf(earlier, issuer).filter(isAuthorize);
      if (issuerChain.length > 0) {
        flow.authorize = issuerChain;
        flow.authorizeBasis = 'issued-code';
      }
    }
    flow.earlierCodeUse = latest(
      earlier.filter(
        (record) => record.endpoint === 'token' && sameSecret(secretOf(record, 'code')?.digest, code.digest),
      ),
    );
  }
  if (flow.authorize.length === 0) {
    const clientId = clientIdOf(step);
    const candidates = earlier.filter(isAuthorize);
    const sameClient =
      clientId === undefined
        ? undefined
        : latest(candidates.filter((record) => clientIdOf(record) === clientId));
    // A federated sign-in's code comes from `/oauth2/idpresponse`, whose own parameters are the
    // identity provider's: the app's parameters are on the authorize request before it.
    const found = sameClient ?? (step.endpoint === 'userInfo' ? latest(candidates) : undefined);
    if (found !== undefined) {
      flow.authorize = chainOf(earlier, found).filter(isAuthorize);
      flow.authorizeBasis = sameClient !== undefined ? 'same-client' : 'latest';
    }
  }
  return flow;
}

/** A parameter the flow's authorize requests sent: the first hop that has it wins. */
export function authorizeParam(flow: SigninFlow, name: string): string | undefined {
  for (const record of flow.authorize) {
    const value = paramOf(record, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Whether the flow's authorize requests sent a PKCE challenge. */
export function authorizeSentChallenge(flow: SigninFlow): boolean {
  return authorizeParam(flow, 'code_challenge') !== undefined;
}
