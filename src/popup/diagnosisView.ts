import type { CapturedCall } from '../core/capture/types';
import type { CheckId, CheckResult, CheckStatus, Diagnosis } from '../core/diagnosis';

/** Failing and warning checks start open, the others folded: what is wrong is read first. */
export function expandedByDefault(status: CheckStatus): boolean {
  return status === 'fail' || status === 'warn';
}

/** Whether a value is long enough to be folded behind "show all" (folded by CSS, never cut). */
export function isLong(text: string, limit: number): boolean {
  return text.length > limit;
}

/**
 * The `error_description` of an HTTP API JWT authorizer's `www-authenticate`, verbatim: AWS's own
 * words are the best evidence (aws-facts.md §4). The `source` check found it.
 */
export function gatewayErrorDescription(diagnosis: Pick<Diagnosis, 'checks'>): string | undefined {
  const value = diagnosis.checks.find((check) => check.id === 'source')?.params.errorDescription;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The identity header's value exactly as sent, to show beside a token that did not decode. The
 * `header.present` check names the header it read (configured, else `Authorization`).
 */
export function sentIdentityValue(
  call: Pick<CapturedCall, 'requestHeaders'>,
  diagnosis: Pick<Diagnosis, 'checks'>,
): string | undefined {
  const name = diagnosis.checks.find((check) => check.id === 'header.present')?.params.headerName;
  if (typeof name !== 'string' || !Array.isArray(call.requestHeaders)) return undefined;
  const wanted = name.toLowerCase();
  return call.requestHeaders.find((header) => header.name.toLowerCase() === wanted)?.value;
}

/** Whether the token did not decode (as opposed to there being no token to decode). */
export function tokenUndecodable(diagnosis: Pick<Diagnosis, 'checks'>): boolean {
  return diagnosis.checks.find((check) => check.id === 'token.decode')?.status === 'fail';
}

/** The claim each token check reads: the one to highlight in the decoded token when it fails or warns. */
const CLAIM_OF_CHECK: Partial<Record<CheckId, (result: CheckResult) => string[]>> = {
  'token.expiry': () => ['exp'],
  'token.issued_at': (result) => [result.code === 'nbf-in-future' ? 'nbf' : 'iat'],
  'token.use': () => ['token_use'],
  'token.scope': () => ['scope'],
  // HTTP APIs compare `aud`, or `client_id` without one (aws-facts.md §4); the check names which.
  'token.client': (result) => [typeof result.params.claim === 'string' ? result.params.claim : 'aud'],
  'token.issuer': () => ['iss'],
};

export interface ClaimFlag {
  status: CheckStatus;
  checkId: CheckId;
}

/** Payload claims that a failing or warning check points at, with the first such check. */
export function flaggedClaims(diagnosis: Pick<Diagnosis, 'checks'>): Map<string, ClaimFlag> {
  const flags = new Map<string, ClaimFlag>();
  for (const result of diagnosis.checks) {
    if (result.status !== 'fail' && result.status !== 'warn') continue;
    for (const claim of CLAIM_OF_CHECK[result.id]?.(result) ?? []) {
      if (!flags.has(claim)) flags.set(claim, { status: result.status, checkId: result.id });
    }
  }
  return flags;
}
