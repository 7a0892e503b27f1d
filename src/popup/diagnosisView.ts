import type { CapturedCall } from '../core/capture/types';
import type { CheckStatus, Diagnosis } from '../core/diagnosis';

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
