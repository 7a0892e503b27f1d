import { type ResponseBodyFacts, readBodyFacts } from '../../capture/capturedBody';
import type { CapturedCall } from '../../capture/types';
import type { CallConfiguration } from '../../config/model';
import {
  analyzeHeaderValue,
  findIdentityHeader,
  type HeaderValueAnalysis,
  type IdentityHeaderLookup,
} from '../authorizationHeader';
import { type CognitoIss, parseCognitoIss } from '../cognitoIssuer';
import type { CommandTarget } from '../commands';
import { type DecodedJwt, type DecodeResult, decodeJwt, ownClaim } from '../decodeToken';
import { guessAuthorizer, type ResponseFacts, readResponse } from '../responseFacts';
import type {
  AuthorizerGuess,
  CheckOutcome,
  CheckStatus,
  DiagnosisInput,
  Params,
  SignatureVerdict,
} from '../types';

export interface IdentityFacts extends IdentityHeaderLookup {
  /** Set when the header is there and not blank. */
  analysis?: HeaderValueAnalysis;
}

export interface TokenFacts {
  /** The header value needed cleaning before decoding. */
  cleaned: boolean;
  result: DecodeResult;
}

/**
 * What every check reads. Derived facts are computed on first use, so one that throws fails only
 * the checks that need it (each becomes `skip` / `internal-error`).
 */
export interface CheckInput {
  call: CapturedCall;
  config: CallConfiguration | undefined;
  signature: SignatureVerdict | undefined;
  /** `call.requestTime` in epoch seconds: the clock for every time decision. */
  requestSeconds: number;
  /**
   * Results of the checks before this one, by id. Keyed by plain strings: the id type derives from
   * the list of checks, whose run functions read this, so naming it here would be circular.
   */
  prior: ReadonlyMap<string, PriorResult>;
  isPreflight(): boolean;
  response(): ResponseFacts;
  /**
   * What the response body says (`message`, a token endpoint's `error`), where the surface saw the
   * body: a HAR or the DevTools panel. Always empty for the worker's captures (webRequest has no
   * bodies). Attacker-controlled text, shown verbatim.
   */
  body(): ResponseBodyFacts;
  authorizer(): AuthorizerGuess;
  /** Undefined when the request headers were never captured. */
  identity(): IdentityFacts | undefined;
  /** Undefined when there is no token to decode (no header, or a value that holds none). */
  token(): TokenFacts | undefined;
  issuer(): CognitoIss | undefined;
  target(): CommandTarget;
}

/** What a later check may read of an earlier one. */
export interface PriorResult {
  status: CheckStatus;
  code: string;
  params: Params;
}

/**
 * What a check may require before it runs, and what it then receives. The runner decides; the
 * check never repeats the guard.
 */
export interface Requirements {
  /** `token.decode` passed: the checks of the token's content need a token to read. */
  decodedToken: DecodedJwt;
}
export type Requirement = keyof Requirements;

/** The code (status `skip`) of a check whose requirement is not met. */
export const UNMET_CODES = { decodedToken: 'not-decoded' } as const satisfies Record<Requirement, string>;

type Provided<R> = R extends Requirement ? Requirements[R] : undefined;
type Unmet<R> = R extends Requirement ? (typeof UNMET_CODES)[R] : never;

/** One check of CHECKS.md: its id, every code it can return, its requirement and its logic. */
export interface Check<Id extends string = string, Code extends string = string> {
  id: Id;
  /** Every code the check returns, the requirement's `unmet` code included. */
  codes: readonly Code[];
  requires: Requirement | undefined;
  /** Called by the runner only when `requires` is met, with what it provides. */
  run(input: CheckInput, provided: unknown): CheckOutcome<Code>;
}

export interface CheckSpec<
  Id extends string,
  Codes extends readonly string[],
  R extends Requirement | undefined,
> {
  id: Id;
  /** The codes `run` returns; the requirement's `unmet` code is added. */
  codes: Codes;
  requires?: R;
  run(input: CheckInput, provided: Provided<R>): CheckOutcome<NoInfer<Codes[number]>>;
}

export function defineCheck<
  const Id extends string,
  const Codes extends readonly string[],
  R extends Requirement | undefined = undefined,
>(spec: CheckSpec<Id, Codes, R>): Check<Id, Codes[number] | Unmet<R>> {
  const unmet: Array<Unmet<R>> = spec.requires === undefined ? [] : [UNMET_CODES[spec.requires] as Unmet<R>];
  return {
    id: spec.id,
    codes: [...spec.codes, ...unmet],
    requires: spec.requires,
    run: spec.run as Check<Id, Codes[number] | Unmet<R>>['run'],
  };
}

/** What the requirement provides, or undefined when it is not met. */
export function meetRequirement(
  requirement: Requirement,
  input: CheckInput,
): Requirements[Requirement] | undefined {
  switch (requirement) {
    case 'decodedToken':
      return decodedToken(input);
  }
}

function memo<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export function createCheckInput(
  { call, config, signature }: DiagnosisInput,
  prior: ReadonlyMap<string, PriorResult>,
): CheckInput {
  const response = memo(() => readResponse(Array.isArray(call.responseHeaders) ? call.responseHeaders : []));
  const body = memo(() => readBodyFacts(call.responseBody));
  const authorizer = memo(() => guessAuthorizer(config, response()));
  const identity = memo((): IdentityFacts | undefined => {
    if (!Array.isArray(call.requestHeaders)) return undefined;
    const lookup = findIdentityHeader(call.requestHeaders, config?.identityHeader);
    const value = lookup.header?.value;
    if (typeof value !== 'string' || value.trim() === '') return lookup;
    return { ...lookup, analysis: analyzeHeaderValue(value) };
  });
  const token = memo((): TokenFacts | undefined => {
    const analysis = identity()?.analysis;
    if (analysis?.candidate === undefined) return undefined;
    return { cleaned: analysis.problems.length > 0, result: decodeJwt(analysis.candidate) };
  });
  const issuer = memo(() => {
    const decoded = token()?.result;
    return decoded?.ok ? parseCognitoIss(ownClaim(decoded.payload, 'iss')) : undefined;
  });
  const target = memo((): CommandTarget => {
    const decoded = token()?.result;
    const payload = decoded?.ok ? decoded.payload : {};
    const clientId = ownClaim(payload, 'aud') ?? ownClaim(payload, 'client_id');
    return {
      httpApi: authorizer().kind === 'jwt',
      apiId: call.api?.apiId,
      region: call.api?.region,
      stage: call.api?.stage,
      authorizerId: config?.authorizerId ?? config?.method?.authorizerId,
      identityHeader: config?.identityHeader,
      httpMethod: typeof call.method === 'string' ? call.method.toUpperCase() : undefined,
      poolId: issuer()?.poolId ?? (config?.userPoolIds?.length === 1 ? config.userPoolIds[0] : undefined),
      clientId: typeof clientId === 'string' ? clientId : undefined,
    };
  });
  return {
    call,
    config,
    signature,
    requestSeconds: call.requestTime / 1000,
    prior,
    isPreflight: () => typeof call.method === 'string' && call.method.toUpperCase() === 'OPTIONS',
    response,
    body,
    authorizer,
    identity,
    token,
    issuer,
    target,
  };
}

/** The decoded token, only when `token.decode` passed (the `decodedToken` requirement). */
export function decodedToken(input: CheckInput): DecodedJwt | undefined {
  if (input.prior.get('token.decode')?.status !== 'pass') return undefined;
  const result = input.token()?.result;
  return result?.ok ? result : undefined;
}

export type ScopeSource = 'configuration' | 'response';

/**
 * The scopes this call's method requires: `[]` known none, undefined unknown. An HTTP API says
 * them itself in `www-authenticate: Bearer scope="…"` (`""` when the route has none, aws-facts.md
 * §4), which is what the deployed API enforces, so it beats stored configuration.
 */
export function methodScopes(input: CheckInput): { scopes: string[]; from: ScopeSource } | undefined {
  const www = input.response().wwwAuthenticate;
  if (input.authorizer().kind === 'jwt' && www !== undefined && Object.hasOwn(www.params, 'scope')) {
    return { scopes: splitScopes(www.params.scope), from: 'response' };
  }
  const configured = input.config?.methodScopes;
  return Array.isArray(configured) ? { scopes: configured, from: 'configuration' } : undefined;
}

export function splitScopes(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/\s+/).filter((scope) => scope !== '') : [];
}

/** Authorization types under which no user-pool token is read: the token rules do not apply there. */
export function methodWithoutTokenAuth(input: CheckInput): string | undefined {
  const type = input.config?.method?.authorizationType;
  if (type === undefined) return undefined;
  return type === 'COGNITO_USER_POOLS' || type === 'JWT' ? undefined : type;
}

/** Claim values safe to show as evidence: strings and numbers as they are, anything else as JSON. */
export function claimParam(value: unknown): string | number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

export function numericClaim(payload: Record<string, unknown>, name: string): number | undefined {
  const value = ownClaim(payload, name);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
