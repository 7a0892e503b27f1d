import { apiTypeFromResponse } from '../diagnosis/stageOfCall';
import type { CapturedCall } from './types';
import { utf8Length } from './utf8';

/**
 * How captured calls are laid out in `storage.session` (a token is a credential: never
 * `storage.local`), so that adding one call costs the same whatever is stored:
 *
 * - `capture:call:<id>` holds one whole call; it is written once and never rewritten.
 * - `capture:index` holds what lists and badges need: a short summary of each stored call, oldest
 *   first, and the number of 401s captured per tab (stored or not). It is the only key rewritten
 *   on each capture, and it stays small (about 200 bytes per stored call, 40 KB at the bound).
 *
 * Readers (the popup) read the index and the one call they show; `storage.onChanged` tells them
 * the index and the new call's key, never the whole list.
 */
export const CAPTURE_INDEX_KEY = 'capture:index';
const CALL_KEY_PREFIX = 'capture:call:';

export function callKey(id: string): string {
  return `${CALL_KEY_PREFIX}${id}`;
}

export function isCallKey(key: string): boolean {
  return key.startsWith(CALL_KEY_PREFIX);
}

/** What the call list shows of a stored call, and what the store needs to enforce its bounds. */
export interface CallSummary {
  id: string;
  tabId: number;
  method: string;
  statusCode: number;
  requestTime: number;
  /** `https://` + host + path, cut to `SUMMARY_URL_BYTES`: the list's tooltip, never the query. */
  url: string;
  api: { apiId: string; stage?: string; region: string; path: string; resourcePath: string };
  /** REST or HTTP API as the response told (`apiTypeFromResponse`): the list reads the stage with it. */
  apiType: 'rest' | 'http' | 'unknown';
  /** UTF-8 bytes the call takes in `storage.session` (its key and its JSON). */
  bytes: number;
}

export interface CaptureIndex {
  /** Stored calls, oldest first. */
  calls: CallSummary[];
  /**
   * 401s captured per tab (keyed by tab id) since the tab was last cleared or closed, whether or
   * not they are still stored: the badge counts failures, the store keeps only the newest.
   */
  failures: Record<string, number>;
}

export interface StoreLimits {
  /** Calls kept per tab; the oldest of that tab are dropped first. */
  perTab: number;
  /** Calls kept in all; the oldest overall are dropped first. */
  total: number;
  /**
   * UTF-8 bytes of stored calls (keys and JSON). Chrome's `storage.session` quota is 10,485,760
   * bytes for the whole extension (the JWKS cache lives there too); 4 MiB leaves room for a
   * write's new calls while the evicted ones are still being removed.
   */
  totalBytes: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = { perTab: 50, total: 200, totalBytes: 4 * 1024 * 1024 };

/** Tab id Chrome gives requests that no tab made (a page's service worker, another extension). */
export const NO_TAB = -1;

export const EMPTY_CAPTURE_INDEX: CaptureIndex = { calls: [], failures: {} };

/** URLs can be megabytes long; the list only needs enough to recognise the call. */
const SUMMARY_URL_CHARS = 300;

export function summarize(call: CapturedCall): CallSummary {
  const url = `https://${call.api.host}${call.api.path}`;
  return {
    id: call.id,
    tabId: call.tabId,
    method: call.method,
    statusCode: call.statusCode,
    requestTime: call.requestTime,
    url: url.length > SUMMARY_URL_CHARS ? url.slice(0, SUMMARY_URL_CHARS) : url,
    api: {
      apiId: call.api.apiId,
      ...(call.api.stage !== undefined && { stage: call.api.stage.slice(0, SUMMARY_URL_CHARS) }),
      region: call.api.region,
      path: call.api.path.slice(0, SUMMARY_URL_CHARS),
      resourcePath: call.api.resourcePath.slice(0, SUMMARY_URL_CHARS),
    },
    apiType: apiTypeFromResponse(call),
    bytes: utf8Length(callKey(call.id)) + utf8Length(JSON.stringify(call)),
  };
}

/** The result of a change to the index: the new index and the ids of the calls it dropped. */
export interface IndexChange {
  index: CaptureIndex;
  dropped: string[];
}

/**
 * Adds a call (already summarised), counts the failure, and enforces the bounds, dropping the
 * oldest calls first. The call just added is never dropped: it is the one the user is looking at.
 * Pure: returns a new index.
 */
export function addToIndex(
  index: CaptureIndex,
  summary: CallSummary,
  limits: StoreLimits = DEFAULT_STORE_LIMITS,
): IndexChange {
  const key = String(summary.tabId);
  const failures = { ...index.failures, [key]: (index.failures[key] ?? 0) + 1 };
  const calls = [...index.calls.filter((existing) => existing.id !== summary.id), summary];
  const drop = new Set<string>();
  // First the tab's own bound, then the total and the bytes, oldest first: a tab over its bound
  // gives up its own oldest call before any other tab's.
  let inTab = calls.reduce((count, existing) => (existing.tabId === summary.tabId ? count + 1 : count), 0);
  for (const existing of calls) {
    if (inTab <= limits.perTab || existing === summary) break;
    if (existing.tabId !== summary.tabId) continue;
    drop.add(existing.id);
    inTab--;
  }
  let count = calls.length - drop.size;
  let bytes = calls.reduce((sum, existing) => (drop.has(existing.id) ? sum : sum + existing.bytes), 0);
  for (const existing of calls) {
    if (existing === summary || (count <= limits.total && bytes <= limits.totalBytes)) break;
    if (drop.has(existing.id)) continue;
    drop.add(existing.id);
    count--;
    bytes -= existing.bytes;
  }
  return {
    index: { calls: calls.filter((existing) => !drop.has(existing.id)), failures },
    dropped: [...drop],
  };
}

/** Forgets a tab: its calls and its failure count (Clear, or the tab closed). */
export function removeTabFromIndex(index: CaptureIndex, tabId: number): IndexChange {
  const key = String(tabId);
  const { [key]: _forgotten, ...failures } = index.failures;
  return {
    index: { calls: index.calls.filter((call) => call.tabId !== tabId), failures },
    dropped: index.calls.filter((call) => call.tabId === tabId).map((call) => call.id),
  };
}

/** Drops the oldest stored call (what a quota error asks for); the failure counts stay. */
export function dropOldest(index: CaptureIndex): IndexChange {
  const [oldest, ...rest] = index.calls;
  if (!oldest) return { index, dropped: [] };
  return { index: { calls: rest, failures: index.failures }, dropped: [oldest.id] };
}

/** Calls of one tab, newest first. */
export function callsForTab(index: CaptureIndex, tabId: number): CallSummary[] {
  return index.calls.filter((call) => call.tabId === tabId).reverse();
}

/** The newest calls of every tab, newest first. */
export function newestCalls(index: CaptureIndex, count: number): CallSummary[] {
  return index.calls.slice(-count).reverse();
}

/** 401s captured on a tab (what the badge counts), at least the number still stored. */
export function failuresForTab(index: CaptureIndex, tabId: number): number {
  const stored = index.calls.reduce((count, call) => (call.tabId === tabId ? count + 1 : count), 0);
  return Math.max(index.failures[String(tabId)] ?? 0, stored);
}

export function storedBytes(index: CaptureIndex): number {
  return index.calls.reduce((sum, call) => sum + call.bytes, 0);
}

/**
 * Reads an index back from storage, keeping only well-formed entries: storage written by an older
 * version, or tampered with, must not break the worker or the popup.
 */
export function reviveCaptureIndex(raw: unknown): CaptureIndex {
  if (typeof raw !== 'object' || raw === null) return EMPTY_CAPTURE_INDEX;
  const { calls, failures } = raw as { calls?: unknown; failures?: unknown };
  const revivedFailures: Record<string, number> = {};
  if (typeof failures === 'object' && failures !== null) {
    for (const [key, value] of Object.entries(failures)) {
      if (/^-?\d+$/.test(key) && Number.isSafeInteger(value) && (value as number) > 0) {
        revivedFailures[key] = value as number;
      }
    }
  }
  return { calls: Array.isArray(calls) ? calls.filter(isCallSummary) : [], failures: revivedFailures };
}

function isCallSummary(value: unknown): value is CallSummary {
  if (typeof value !== 'object' || value === null) return false;
  const summary = value as Partial<CallSummary>;
  return (
    typeof summary.id === 'string' &&
    typeof summary.tabId === 'number' &&
    typeof summary.method === 'string' &&
    typeof summary.statusCode === 'number' &&
    typeof summary.requestTime === 'number' &&
    typeof summary.url === 'string' &&
    typeof summary.bytes === 'number' &&
    typeof summary.api === 'object' &&
    summary.api !== null &&
    typeof summary.api.path === 'string' &&
    typeof summary.api.resourcePath === 'string' &&
    (summary.apiType === 'rest' || summary.apiType === 'http' || summary.apiType === 'unknown') &&
    typeof summary.api.apiId === 'string' &&
    typeof summary.api.region === 'string'
  );
}

/** Reads one stored call back, or undefined when it is missing or malformed. */
export function reviveCapturedCall(value: unknown): CapturedCall | undefined {
  return isCapturedCall(value) ? value : undefined;
}

function isCapturedCall(value: unknown): value is CapturedCall {
  if (typeof value !== 'object' || value === null) return false;
  const call = value as Partial<CapturedCall>;
  return (
    typeof call.id === 'string' &&
    typeof call.tabId === 'number' &&
    typeof call.url === 'string' &&
    typeof call.method === 'string' &&
    typeof call.requestTime === 'number' &&
    typeof call.statusCode === 'number' &&
    Array.isArray(call.responseHeaders) &&
    typeof call.api === 'object' &&
    call.api !== null
  );
}
