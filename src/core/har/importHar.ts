import type { CaptureReason } from '../capture/captureRule';
import type { CapturedCall } from '../capture/types';
import type { DigestSecret } from '../signin/secretDigest';
import { EMPTY_SIGNIN_STATE, type SigninState } from '../signin/signinStore';
import { EXPORT_CREATOR_NAME } from './exportHar';
import { harEntryToCall } from './harEntryToCall';
import { HarSigninCollector } from './harSignin';
import { type HarProgress, type HarScanResult, type HarSource, scanHar } from './readHar';

/** Calls kept from one file at most: a HAR of a broken page can hold thousands of 401s. */
export const DEFAULT_MAX_IMPORTED_CALLS = 2000;

export interface ImportedCall {
  call: CapturedCall;
  reason: CaptureReason;
}

export interface HarImportResult {
  /** How reading went (`complete`, `truncated`, `not-har`…), with counts. */
  scan: HarScanResult;
  /** The calls the extension would have captured, in file order. */
  calls: ImportedCall[];
  /** Entries without a URL, method, status or start time. */
  unreadableEntries: number;
  /** Captured calls beyond `maxCalls`, left out. */
  droppedCalls: number;
  /**
   * Sign-in requests (SIGNIN.md) as the capture keeps them, oldest first: the failing steps and the
   * flow context their checks read. Empty unless `signin` was given.
   */
  signin: SigninState;
  /** Failing sign-in steps beyond the limit, left out. */
  droppedSteps: number;
  /** The file is one of our exports: its tokens have no signature, so `token.signature` cannot run. */
  signaturesRemoved: boolean;
}

export interface ImportHarOptions {
  onProgress?: (progress: HarProgress) => void;
  signal?: AbortSignal;
  maxCalls?: number;
  /**
   * Reads sign-in requests too: `digest` turns their secrets into digests (a salt for this file
   * only), `customDomains` are the sign-in domains besides Cognito's prefix domains.
   */
  signin?: { digest: DigestSecret; customDomains?: readonly string[] };
}

/**
 * Reads a HAR (a `File` from the import page, or DevTools' `getHAR()` text) and keeps only the
 * calls the extension would have captured. Keeps nothing anywhere: the result is all there is.
 */
export async function importHar(source: HarSource, options: ImportHarOptions = {}): Promise<HarImportResult> {
  const maxCalls = options.maxCalls ?? DEFAULT_MAX_IMPORTED_CALLS;
  const calls: ImportedCall[] = [];
  let unreadableEntries = 0;
  let droppedCalls = 0;
  const signin =
    options.signin && new HarSigninCollector(options.signin.digest, options.signin.customDomains ?? []);
  const scan = await scanHar(source, {
    ...(options.onProgress && { onProgress: options.onProgress }),
    ...(options.signal && { signal: options.signal }),
    onEntry: (entry, { index }) => {
      if (signin?.add(entry, index)) return;
      const verdict = harEntryToCall(entry, index);
      if (verdict.kind === 'call') {
        if (calls.length < maxCalls) calls.push({ call: verdict.call, reason: verdict.reason });
        else droppedCalls++;
      } else if (verdict.kind === 'unreadable') unreadableEntries++;
    },
  });
  const signinRead = signin ? await signin.finish() : { state: EMPTY_SIGNIN_STATE, droppedSteps: 0 };
  return {
    scan,
    calls,
    signin: signinRead.state,
    droppedSteps: signinRead.droppedSteps,
    unreadableEntries,
    droppedCalls,
    signaturesRemoved: scan.creator?.name === EXPORT_CREATOR_NAME,
  };
}
