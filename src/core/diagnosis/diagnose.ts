import { CHECKS } from './checks';
import {
  type CheckInput,
  createCheckInput,
  lambdaProtected,
  meetRequirement,
  responseMessage,
  UNMET_CODES,
} from './checks/checkInput';
import { buildTokenView } from './claims';
import type {
  AuthorizerGuess,
  CheckOutcome,
  CheckResult,
  Diagnosis,
  DiagnosisInput,
  Headline,
  Param,
  Params,
  Unexplained,
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

/** Runs one check unless its requirement is unmet, in which case it is `skip` with the requirement's code. */
function runCheck(check: (typeof CHECKS)[number], input: CheckInput): CheckResult {
  let outcome: CheckOutcome;
  try {
    const requirement = check.requires;
    if (requirement === undefined) {
      outcome = check.run(input, undefined);
    } else {
      const provided = meetRequirement(requirement, input);
      outcome =
        provided === undefined
          ? { status: 'skip', code: UNMET_CODES[requirement] }
          : check.run(input, provided);
    }
  } catch {
    // The error text is dropped on purpose: it could quote the token.
    outcome = { status: 'skip', code: INTERNAL_ERROR };
  }
  // Under a Lambda authorizer the function decides: the token informs, it does not fail the call.
  if (outcome.status === 'fail' && check.lambdaDecides && safely(() => lambdaProtected(input)) === true) {
    outcome = { ...outcome, status: 'warn', params: { ...outcome.params, lambdaDecides: true } };
  }
  return {
    id: check.id,
    status: outcome.status,
    code: outcome.code as CheckResult['code'],
    params: cleanParams(outcome.params),
    commands: outcome.commands ?? [],
    links: outcome.links ?? [],
  };
}

/** CHECKS.md: the first `fail` in check order, else the first `warn`. */
export function pickHeadline(checks: readonly CheckResult[]): CheckResult | undefined {
  return checks.find((check) => check.status === 'fail') ?? checks.find((check) => check.status === 'warn');
}

/** The result the headline names, with its status and evidence. */
export function headlineResult(diagnosis: Pick<Diagnosis, 'checks' | 'headline'>): CheckResult | undefined {
  const headline = diagnosis.headline;
  if (headline === undefined) return undefined;
  return diagnosis.checks.find((check) => check.id === headline.id && check.code === headline.code);
}

function safely<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}

const UNEXPLAINED_UNKNOWN: Unexplained = {
  noConfiguration: true,
  lambdaAuthorizer: false,
  noGatewayReason: true,
};

/** What the extension does not know when nothing decided the cause (CHECKS.md "No cause found"). */
function unexplained(input: CheckInput): Unexplained {
  const description = input.response().wwwAuthenticate?.params.error_description;
  return {
    noConfiguration: input.config === undefined,
    lambdaAuthorizer: lambdaProtected(input),
    noGatewayReason:
      (description === undefined || description === '') && responseMessage(input) === undefined,
  };
}

/**
 * Runs every check of CHECKS.md on one captured call. Pure (no clock, no network: the signature
 * verdict comes in ready) and total: it never throws, whatever the call holds.
 */
export function diagnose(input: DiagnosisInput): Diagnosis {
  const { call } = input;
  const prior = new Map<string, CheckResult>();
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
  if (headline !== undefined)
    diagnosis.headline = { id: headline.id, code: headline.code } satisfies Headline;
  else diagnosis.unexplained = safely(() => unexplained(checkInput)) ?? UNEXPLAINED_UNKNOWN;
  const token = safely(() => checkInput.token());
  const decoded = token?.result;
  if (token !== undefined && decoded?.ok) {
    const view = safely(() => buildTokenView(decoded, token.cleaned, requestTime));
    if (view !== undefined) diagnosis.token = view;
  }
  const issuer = safely(() => checkInput.issuer());
  if (issuer !== undefined) {
    diagnosis.pool = { poolId: issuer.poolId, region: issuer.region, partition: issuer.partition };
  }
  return diagnosis;
}
