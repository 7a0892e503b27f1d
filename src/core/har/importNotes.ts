import { findHeader } from '../capture/headerDisplay';
import { isSigninStep } from '../signin/signinStore';
import type { HarImportResult } from './importHar';
import type { HarProgress } from './readHar';

/** What the HAR page says about a file besides its calls, as codes; the page has the words. */
export type ImportNote =
  /** One of our exports: `token.signature` cannot run (its tokens' signatures were replaced). */
  | { code: 'signatures-removed' }
  /**
   * No listed call sent `Authorization`: Chrome's default "Export HAR (sanitized)" drops that
   * header (with cookies), so the file must be exported again "with sensitive data".
   */
  | { code: 'no-authorization' }
  | { code: 'dropped'; count: number }
  /** The file was read but holds no call the capture rule keeps. */
  | { code: 'no-calls' };

/** Failing sign-in steps the import found (its sign-in records are steps and their flow context). */
export function stepCount(result: HarImportResult): number {
  return result.signin.records.filter(isSigninStep).length;
}

/** The notes for one import, most important first. */
export function importNotes(result: HarImportResult): ImportNote[] {
  const notes: ImportNote[] = [];
  const calls = result.calls.map((imported) => imported.call);
  if (result.signaturesRemoved) notes.push({ code: 'signatures-removed' });
  if (
    calls.length > 0 &&
    calls.every((call) => findHeader(call.requestHeaders, 'authorization') === undefined)
  ) {
    notes.push({ code: 'no-authorization' });
  }
  const dropped = result.droppedCalls + result.droppedSteps;
  if (dropped > 0) notes.push({ code: 'dropped', count: dropped });
  const readable = result.scan.status === 'complete' || result.scan.status === 'truncated';
  const found = calls.length + stepCount(result);
  if (found === 0 && readable) notes.push({ code: 'no-calls' });
  return notes;
}

/** Whole percent of the file read, when its size is known. */
export function percentRead(progress: HarProgress): number | undefined {
  if (progress.totalBytes === undefined || progress.totalBytes <= 0) return undefined;
  return Math.min(100, Math.floor((progress.bytesRead / progress.totalBytes) * 100));
}
