import type { CapturedCall } from '../capture/types';
import type { AuthorizerKind, CallConfiguration } from '../config/model';
import type { AppClientConfig } from '../signin/appClientConfig';
import type { CHECKS } from './checks';

/** The checks of CHECKS.md, in its order, come from `CHECKS`: the popup and the headline rely on this order. */
export type CheckId = (typeof CHECKS)[number]['id'];

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'info' | 'skip';

type CheckOf<Id extends CheckId> = Extract<(typeof CHECKS)[number], { id: Id }>;

/** A check that threw: reported as `skip` with this code, never with the error text (it could hold the token). */
export const INTERNAL_ERROR = 'internal-error';

/**
 * Every code a check may return, from its definition. The catalog type is built from this, so a
 * translation that misses a code does not compile.
 */
export type CheckCode<Id extends CheckId = CheckId> = CheckOf<Id>['codes'][number] | typeof INTERNAL_ERROR;

/** Evidence values: serialisable, so a diagnosis can sit in `storage.session` and cross to the popup. */
export type Param = string | number | boolean | readonly string[];
export type Params = Readonly<Record<string, Param>>;

/** AWS CLI commands a check offers; the catalog labels each kind. */
export type CommandKind =
  | 'get-authorizers'
  | 'get-stages'
  | 'create-deployment'
  | 'test-invoke-authorizer'
  | 'describe-user-pool'
  | 'describe-user-pool-client'
  | 'get-resources'
  | 'get-method'
  | 'get-routes'
  | 'get-gateway-responses'
  | 'put-gateway-response'
  | 'get-cors-configuration'
  | 'get-resource-policy'
  | 'get-authorizer'
  | 'get-usage-plans';

export interface Command {
  kind: CommandKind;
  /** Ready to paste; placeholders in angle brackets where a value is unknown. Never holds a token. */
  text: string;
}

/** AWS documentation cited in aws-facts.md; URLs in `docs.ts`, titles in the catalog. */
export type DocId =
  | 'cognito-authorizer'
  | 'invoke-with-cognito'
  | 'kc-cognito-401'
  | 'authorizer-api'
  | 'http-api-jwt-authorizer'
  | 'http-api-troubleshooting-jwt'
  | 'gateway-response-types'
  | 'rest-cors'
  | 'rest-cors-console'
  | 'http-api-cors'
  | 'id-token'
  | 'access-token'
  | 'verifying-jwt'
  | 'resource-servers'
  | 'known-issues'
  | 'kc-403'
  | 'rest-jwt-authorizer'
  | 'lambda-authorizer'
  | 'kc-lambda-401'
  | 'api-keys'
  | 'resource-policies';

export interface CheckResult<Id extends CheckId = CheckId> {
  id: Id;
  status: CheckStatus;
  code: CheckCode<Id>;
  /** Structured evidence substituted into the catalog's sentences: claim values, epoch seconds, positions. */
  params: Params;
  commands: Command[];
  links: DocId[];
}

/** What a check returns; `diagnose` adds the id and fills the optional lists. */
export interface CheckOutcome<Code extends string = string> {
  status: CheckStatus;
  code: Code;
  params?: Record<string, Param | undefined>;
  commands?: Command[];
  links?: DocId[];
}

/**
 * Outcome of verifying the token's signature against its pool's JWKS. Produced by the JWKS client
 * (which may fetch), consumed by the pure check. Never holds the token nor its signature.
 */
export type SignatureVerdict =
  | { kind: 'verified'; iss: string; kid: string }
  | {
      kind: 'bad-signature';
      iss: string;
      kid: string;
      /** Length of the token's signature and of the key's modulus: a shorter signature means a cut token. */
      signatureBytes: number;
      expectedBytes: number;
    }
  | { kind: 'unknown-kid'; iss: string; kid: string | null; knownKids: string[]; refetched: boolean }
  | { kind: 'unsupported-alg'; alg: string | null }
  | {
      kind: 'jwks-unreachable';
      iss: string;
      reason: 'timeout' | 'http-status' | 'not-json' | 'no-keys' | 'invalid-key' | 'network';
      httpStatus?: number;
    }
  | { kind: 'not-cognito' }
  | { kind: 'not-checked'; reason?: 'pending' | 'undecodable' };

export interface DiagnosisInput {
  call: CapturedCall;
  config?: CallConfiguration;
  signature?: SignatureVerdict;
  /**
   * The app clients imported on the options page (`describe-user-pool-client`, SIGNIN.md "App
   * client configuration"): `token.client` names the token's client and its pool with them.
   */
  appClients?: readonly AppClientConfig[];
}

/** One claim of the token, for display: the raw value exactly as in the payload, plus human forms. */
export interface ClaimView {
  name: string;
  /** Strings as themselves; anything else as its JSON text in the payload (digits kept, every array element). */
  raw: string;
  /** For `exp`, `iat`, `auth_time`, `nbf` holding a number. */
  time?: ClaimTime;
}

export interface ClaimTime {
  epochSeconds: number;
  /** ISO 8601 UTC; local time is the popup's job. */
  iso: string;
  /** Seconds from the request time to this time: negative before the request (shown as "12 min before the request"). */
  secondsFromRequest: number;
}

export interface TokenView {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  headerClaims: ClaimView[];
  claims: ClaimView[];
  /** The first two segments as sent (not secret); the signature is deliberately not kept. */
  headerSegment: string;
  payloadSegment: string;
  /** The header value needed cleaning (quotes, whitespace) before it decoded. */
  cleaned: boolean;
}

/** Who answered the 401 and how that was decided. `cognito` means a REST API, `jwt` an HTTP API. */
export interface AuthorizerGuess {
  kind: AuthorizerKind | 'unknown';
  basis: 'configuration' | 'response' | 'none';
}

/** Which result the headline names; its words and evidence are that result's. */
export interface Headline<Id extends CheckId = CheckId> {
  id: Id;
  code: CheckCode<Id>;
}

/**
 * Why nothing decided the cause (CHECKS.md "No cause found"): what the extension does not know.
 * `no-configuration`: no configuration for this API, so scopes, audiences and pools are unknown;
 * `configured`: everything known was checked and passed, so what is left is manual.
 */
export type UndecidedCode = 'no-configuration' | 'configured';

export interface Undecided {
  code: UndecidedCode;
  /** `gatewayDescription`: the gateway's reason, verbatim, when it gave one no check could read. */
  params: Params;
}

export interface Diagnosis {
  callId: string;
  /** The request time in epoch seconds: every time decision is relative to it. */
  requestTime: number;
  authorizer: AuthorizerGuess;
  /** All checks, in CHECKS.md order. */
  checks: CheckResult[];
  /** The check the headline names: the first `fail` in check order, else the first `warn`. */
  headline?: Headline;
  /** Set exactly when `headline` is not: what is unknown, and so what would decide it. */
  undecided?: Undecided;
  token?: TokenView;
  /** User pool read from a Cognito `iss`. */
  pool?: { poolId: string; region: string; partition: 'aws' | 'aws-cn' };
}
