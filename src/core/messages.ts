import {
  isWellFormedTrustedIssuer,
  MAX_TRUSTED_ISSUERS,
  type TrustedIssuer,
} from './diagnosis/trustedIssuers';
import type { SignatureVerdict } from './diagnosis/types';

/** Messages the popup and the options page send to the service worker. */
export type WorkerRequest =
  /** Forget the captured calls of one tab (or of the "other" group, tab -1) and clear its badge. */
  | { type: 'clear-calls'; tabId: number }
  /**
   * Verify the token of one stored call against its user pool's JWKS. The popup names the call,
   * not the token: the token never travels in a message, and the worker fetches only Cognito JWKS.
   */
  | {
      type: 'verify-signature';
      callId: string;
      /** The header the API's authorizer reads, when configured (default `Authorization`). */
      identityHeader?: string;
      /**
       * The issuers the call's configuration trusts (a JWT authorizer's): a token from one of them
       * has its keys fetched from their host, once the user allowed it (`trustedIssuers.ts`).
       */
      trustedIssuers?: TrustedIssuer[];
    };

export type WorkerRequestType = WorkerRequest['type'];

/** What each request answers when it worked. */
interface WorkerAnswers {
  'clear-calls': { ok: true };
  /** The verdict only: never the token nor its signature. */
  'verify-signature': { ok: true; verdict: SignatureVerdict };
}

export type WorkerFailure = { ok: false; error: string };

export type WorkerResponse<Type extends WorkerRequestType = WorkerRequestType> =
  | WorkerAnswers[Type]
  | WorkerFailure;

/** Capture ids (a UUID) and header names are short; anything longer is not one of ours. */
const MAX_NAME_LENGTH = 200;

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_NAME_LENGTH;
}

function areTrustedIssuers(value: unknown): value is TrustedIssuer[] {
  return (
    Array.isArray(value) && value.length <= MAX_TRUSTED_ISSUERS && value.every(isWellFormedTrustedIssuer)
  );
}

export function isWorkerRequest(message: unknown): message is WorkerRequest {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as {
    type?: unknown;
    tabId?: unknown;
    callId?: unknown;
    identityHeader?: unknown;
    trustedIssuers?: unknown;
  };
  switch (candidate.type) {
    case 'clear-calls':
      return typeof candidate.tabId === 'number';
    case 'verify-signature':
      return (
        isShortText(candidate.callId) &&
        (candidate.identityHeader === undefined || isShortText(candidate.identityHeader)) &&
        (candidate.trustedIssuers === undefined || areTrustedIssuers(candidate.trustedIssuers))
      );
    default:
      return false;
  }
}

const VERDICT_KINDS: ReadonlySet<string> = new Set<SignatureVerdict['kind']>([
  'verified',
  'bad-signature',
  'unknown-kid',
  'unsupported-alg',
  'jwks-unreachable',
  'needs-access',
  'not-cognito',
  'not-checked',
]);

/**
 * Checks the shape of the worker's answer to `verify-signature` before the popup trusts it: a
 * worker from an older version of the extension (during an update) may answer differently.
 */
export function isSignatureAnswer(answer: unknown): answer is WorkerResponse<'verify-signature'> {
  if (typeof answer !== 'object' || answer === null) return false;
  const { ok, verdict, error } = answer as { ok?: unknown; verdict?: unknown; error?: unknown };
  if (ok === false) return typeof error === 'string';
  if (ok !== true || typeof verdict !== 'object' || verdict === null) return false;
  const kind = (verdict as { kind?: unknown }).kind;
  return typeof kind === 'string' && VERDICT_KINDS.has(kind);
}
