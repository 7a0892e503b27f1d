import { type ResponseBodyFacts, readBodyFacts } from '../../capture/capturedBody';
import type { CapturedCall } from '../../capture/types';
import type { CallConfiguration, JwtIssuerRule } from '../../config/model';
import type { AppClientConfig } from '../../signin/appClientConfig';
import {
  analyzeHeaderValue,
  findIdentityHeader,
  type HeaderValueAnalysis,
  type IdentityHeaderLookup,
} from '../authorizationHeader';
import { type CognitoIss, parseCognitoIss } from '../cognitoIssuer';
import { type CommandTarget, commands } from '../commands';
import { type DecodedJwt, type DecodeResult, decodeJwt, ownClaim } from '../decodeToken';
import { parseIdentitySources } from '../identitySource';
import {
  type AccessAnswer,
  accessAnswer,
  type GatewayVerdict,
  gatewayVerdict,
  guessAuthorizer,
  type ResponseFacts,
  readResponse,
} from '../responseFacts';
import type {
  AuthorizerGuess,
  CheckOutcome,
  CheckStatus,
  Command,
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
  /** The imported app clients; empty when none was imported. */
  appClients: readonly AppClientConfig[];
  /** `call.requestTime` in epoch seconds: the clock for every time decision. */
  requestSeconds: number;
  /**
   * Results of the checks before this one, by id. Keyed by plain strings: the id type derives from
   * the list of checks, whose run functions read this, so naming it here would be circular.
   */
  prior: ReadonlyMap<string, PriorResult>;
  isPreflight(): boolean;
  response(): ResponseFacts;
  /** What the gateway said about access: which 401, 403 or 500 this is. */
  answer(): AccessAnswer;
  /**
   * What the response body says (`message`, a token endpoint's `error`), where the surface saw the
   * body: a HAR or the DevTools panel. Always empty for the worker's captures (webRequest has no
   * bodies). Attacker-controlled text, shown verbatim.
   */
  body(): ResponseBodyFacts;
  authorizer(): AuthorizerGuess;
  /** An HTTP API (`apigatewayv2`) rather than a REST API: from the configuration, else the response. */
  httpApi(): boolean;
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
  /**
   * Under a Lambda authorizer the function decides, so this check's `fail` is shown as `warn`
   * (CHECKS.md "Beyond the 401", Lambda authorizer): the token still informs.
   */
  lambdaDecides: boolean;
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
  lambdaDecides?: boolean;
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
    lambdaDecides: spec.lambdaDecides === true,
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
  { call, config, signature, appClients }: DiagnosisInput,
  prior: ReadonlyMap<string, PriorResult>,
): CheckInput {
  const response = memo(() => readResponse(Array.isArray(call.responseHeaders) ? call.responseHeaders : []));
  const body = memo(() => readBodyFacts(call.responseBody));
  const authorizer = memo(() => guessAuthorizer(config, response()));
  const answer = memo(() => accessAnswer(call.statusCode, response()));
  const httpApi = memo((): boolean => {
    const kind = authorizer().kind;
    if (kind === 'jwt') return true;
    if (kind === 'lambda' && config?.lambda !== undefined) return config.lambda.httpApi;
    if (kind === 'cognito' || kind === 'rest-jwt') return false;
    return response().httpApiRequestId || response().wwwAuthenticate !== undefined;
  });
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
      httpApi: httpApi(),
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
    appClients: Array.isArray(appClients) ? appClients : [],
    requestSeconds: call.requestTime / 1000,
    prior,
    isPreflight: () => typeof call.method === 'string' && call.method.toUpperCase() === 'OPTIONS',
    response,
    answer,
    body,
    authorizer,
    httpApi,
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

/**
 * The HTTP API's `error_description`, verbatim, when it is the verdict `wanted`: CHECKS.md "HTTP
 * API" makes it decide the check it names, with or without configuration (aws-facts.md §4).
 */
export function gatewaySays(input: CheckInput, wanted: GatewayVerdict): string | undefined {
  const description = input.response().wwwAuthenticate?.params.error_description;
  return gatewayVerdict(description) === wanted ? description : undefined;
}

/** The REST JWT authorizer's entry for this `iss`: equal exactly, trailing slash included (aws-facts-2.md §2.1). */
export function restJwtIssuer(input: CheckInput, iss: unknown): JwtIssuerRule | undefined {
  if (input.authorizer().kind !== 'rest-jwt' || typeof iss !== 'string') return undefined;
  return input.config?.restJwt?.issuers.find((entry) => entry.issuer === iss);
}

/** Pool ids given as stage variables (aws-facts.md §1 "Multiple pools") cannot be compared. */
export function comparablePoolIds(poolIds: readonly string[] | undefined): string[] {
  return (poolIds ?? []).filter((poolId) => !poolId.includes('${'));
}

/** The method is behind a Lambda authorizer, by the configuration. */
export function lambdaProtected(input: CheckInput): boolean {
  return input.config?.method?.authorizationType === 'CUSTOM' || input.authorizer().kind === 'lambda';
}

/**
 * A Lambda authorizer's settings, and on REST its test mode with the identity sources it reads
 * (aws-facts-2.md §4); HTTP APIs have no test mode.
 */
export function lambdaAuthorizerCommands(input: CheckInput): Command[] {
  const target = input.target();
  if (input.httpApi()) return [commands.getAuthorizer(target)];
  const sources = parseIdentitySources(input.config?.lambda?.identitySources ?? []);
  return [commands.getAuthorizer(target), commands.testInvokeLambdaAuthorizer(target, sources)];
}

/** The body's `message` / `Message`, where a HAR or DevTools recorded it (webRequest never does). */
export function responseMessage(input: CheckInput): string | undefined {
  return input.body().message;
}
