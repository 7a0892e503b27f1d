import type { CapturedCall } from '../capture/types';
import type { CallConfiguration } from '../config/model';
import type { Catalog } from '../i18n/catalog';
import { en } from '../i18n/en';
import { analyzeHeaderValue, findIdentityHeader } from './authorizationHeader';
import { CHECKS } from './checks';
import { type CheckInput, createCheckInput } from './checks/checkInput';
import { buildTokenView } from './claims';
import type {
  AuthorizerGuess,
  CheckId,
  CheckOutcome,
  CheckResult,
  Diagnosis,
  DiagnosisInput,
  Param,
  Params,
} from './types';
import { INTERNAL_ERROR } from './types';

function cleanParams(params: Record<string, Param | undefined> | undefined): Params {
  const clean: Record<string, Param> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    clean[name] = Array.isArray(value) ? [...value] : value;
  }
  return clean;
}

function runCheck(check: (typeof CHECKS)[number], input: CheckInput): CheckResult {
  let outcome: CheckOutcome;
  try {
    outcome = check.run(input);
  } catch {
    // The error text is dropped on purpose: it could quote the token.
    outcome = { status: 'skip', code: INTERNAL_ERROR };
  }
  return {
    id: check.id,
    status: outcome.status,
    code: outcome.code,
    params: cleanParams(outcome.params),
    commands: outcome.commands ?? [],
    links: outcome.links ?? [],
  };
}

/** CHECKS.md: the first `fail` in check order, else the first `warn`. */
export function pickHeadline(checks: readonly CheckResult[]): CheckResult | undefined {
  return checks.find((check) => check.status === 'fail') ?? checks.find((check) => check.status === 'warn');
}

function safely<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}

/**
 * Runs every check of CHECKS.md on one captured call. Pure (no clock, no network: the signature
 * verdict comes in ready) and total: it never throws, whatever the call holds.
 */
export function diagnose(input: DiagnosisInput & { catalog?: Catalog }): Diagnosis {
  const { call, catalog = en } = input;
  const prior = new Map<CheckId, CheckResult>();
  const checkInput = createCheckInput(input, prior);
  const checks: CheckResult[] = [];
  for (const check of CHECKS) {
    const result = runCheck(check, checkInput);
    prior.set(result.id, result);
    checks.push(result);
  }

  const requestTime = typeof call?.requestTime === 'number' ? call.requestTime / 1000 : Number.NaN;
  const authorizer: AuthorizerGuess = safely(() => checkInput.authorizer()) ?? {
    kind: 'unknown',
    basis: 'none',
  };
  const diagnosis: Diagnosis = {
    callId: typeof call?.id === 'string' ? call.id : '',
    requestTime,
    authorizer,
    checks,
  };
  const headline = pickHeadline(checks);
  if (headline !== undefined) diagnosis.headline = headline;
  const token = safely(() => checkInput.token());
  const decoded = token?.result;
  if (token !== undefined && decoded?.ok) {
    const view = safely(() => buildTokenView(decoded, token.cleaned, requestTime, catalog));
    if (view !== undefined) diagnosis.token = view;
  }
  const issuer = safely(() => checkInput.issuer());
  if (issuer !== undefined) {
    diagnosis.pool = { poolId: issuer.poolId, region: issuer.region, partition: issuer.partition };
  }
  return diagnosis;
}

/**
 * The token the client meant to send (cleaned of quotes and stray whitespace), for the JWKS
 * client to verify. Undefined when the call carries none.
 */
export function candidateToken(call: CapturedCall, config?: CallConfiguration): string | undefined {
  return safely(() => {
    if (!Array.isArray(call.requestHeaders)) return undefined;
    const value = findIdentityHeader(call.requestHeaders, config?.identityHeader).header?.value;
    return typeof value === 'string' ? analyzeHeaderValue(value).candidate : undefined;
  });
}
