import { apiTypeFromResponse } from '../diagnosis/stageOfCall';
import type { CapturedCall } from './types';
import { cutChars, jsonTextUtf8Length, utf8Length } from './utf8';

/**
 * How captured calls are laid out in `storage.session` (a token is a credential: never
 * `storage.local`), so that adding one call writes about the same whatever is stored:
 *
 * - `capture:call:<id>` holds one whole call; it is written once and never rewritten.
 * - `capture:summary:<id>` holds what the call list shows of it (`CallSummary`, about 250 bytes),
 *   written once with the call and removed with it.
 * - `capture:index` holds only what the bounds and the badge need: the id, tab and size of each
 *   stored call, oldest first, and the number of 401s captured per tab (stored or not). It is the
 *   only key rewritten on each capture: about 45 bytes per stored call, 9 KiB at the bound (with
 *   the summaries in it, it was 50.8 KiB; docs/performance.md).
 *
 * Readers (the popup) read the index, the summaries of the calls they list and the one call they
 * show; `storage.onChanged` tells them the index and the new call's keys, never the whole list.
 *
 * Each value is stored as its JSON text (`encodeStored`), not as an object: Chrome checks and
 * converts an object passed to `storage.session.set` node by node, on the worker's thread, and
 * again into every page it notifies, while a string is one node. With the store full, one capture's
 * write cost the worker about 3× less CPU as text, `JSON.stringify` included (docs/performance.md).
 * The revivers read both forms.
 */
export const CAPTURE_INDEX_KEY = 'capture:index';
const CALL_KEY_PREFIX = 'capture:call:';
const SUMMARY_KEY_PREFIX = 'capture:summary:';

export function callKey(id: string): string {
  return `${CALL_KEY_PREFIX}${id}`;
}

export function isCallKey(key: string): boolean {
  return key.startsWith(CALL_KEY_PREFIX);
}

export function summaryKey(id: string): string {
  return `${SUMMARY_KEY_PREFIX}${id}`;
}

export function isSummaryKey(key: string): boolean {
  return key.startsWith(SUMMARY_KEY_PREFIX);
}

/** The id a call or summary key names. */
export function idOfKey(key: string): string {
  return key.slice(isCallKey(key) ? CALL_KEY_PREFIX.length : SUMMARY_KEY_PREFIX.length);
}

/** What the index keeps of a stored call: enough to enforce the bounds and count per tab. */
export interface IndexEntry {
  id: string;
  tabId: number;
  /** UTF-8 bytes the call takes in `storage.session` (its keys and JSON, summary included). */
  bytes: number;
  /**
   * The answer's status when it is not 401, for the tooltip's count per status. Absent means 401,
   * the common case (and all an index stored before statuses were kept holds): the index stays small.
   */
  statusCode?: number;
}

/** What the call list shows of a stored call, and what the store needs to enforce its bounds. */
export interface CallSummary extends IndexEntry {
  method: string;
  statusCode: number;
  requestTime: number;
  /** `https://` + host + path, cut to `SUMMARY_URL_BYTES`: the list's tooltip, never the query. */
  url: string;
  api: {
    apiId: string;
    stage?: string;
    region: string;
    path: string;
    resourcePath: string;
    /** Set for a call on a custom domain name (`ApiGatewayTarget.customDomain`). */
    customDomain?: { basePath?: string };
  };
  /** REST or HTTP API as the response told (`apiTypeFromResponse`): the list reads the stage with it. */
  apiType: 'rest' | 'http' | 'unknown';
}

/**
 * The stored calls, oldest first, and the failures per tab. Stored and kept by the worker with
 * bare `IndexEntry`s; pages list it with `CallSummary`s (the index joined with the summaries).
 */
export interface CaptureIndex<E extends IndexEntry = IndexEntry> {
  /** Stored calls, oldest first. */
  calls: E[];
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

export const EMPTY_CAPTURE_INDEX: CaptureIndex<never> = { calls: [], failures: {} };

/** URLs can be megabytes long; the list only needs enough to recognise the call. */
const SUMMARY_URL_CHARS = 300;

export function summarize(call: CapturedCall): CallSummary {
  const url = `https://${call.api.host}${call.api.path}`;
  const summary: CallSummary = {
    id: call.id,
    tabId: call.tabId,
    method: call.method,
    statusCode: call.statusCode,
    requestTime: call.requestTime,
    url: cutChars(url, SUMMARY_URL_CHARS),
    api: {
      apiId: call.api.apiId,
      ...(call.api.stage !== undefined && { stage: cutChars(call.api.stage, SUMMARY_URL_CHARS) }),
      region: call.api.region,
      path: cutChars(call.api.path, SUMMARY_URL_CHARS),
      resourcePath: cutChars(call.api.resourcePath, SUMMARY_URL_CHARS),
      ...(call.api.customDomain !== undefined && { customDomain: {} }),
    },
    apiType: apiTypeFromResponse(call),
    bytes: 0,
  };
  // What both keys take as stored (their JSON text, written as a JSON string); the summary's own
  // `bytes` digits are counted as at most 10.
  summary.bytes =
    utf8Length(callKey(call.id)) +
    jsonTextUtf8Length(call) +
    utf8Length(summaryKey(call.id)) +
    jsonTextUtf8Length(summary) +
    9;
  return summary;
}

/** How the store writes a value: its JSON text (see the layout above). */
export function encodeStored(value: unknown): string {
  return JSON.stringify(value);
}

/** A stored value as data: parsed when stored as text, as it is when stored as an object (older writes). */
function decodeStored(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** What the stored index keeps of a summary. */
export function indexEntry(summary: IndexEntry): IndexEntry {
  const entry: IndexEntry = { id: summary.id, tabId: summary.tabId, bytes: summary.bytes };
  if (typeof summary.statusCode === 'number' && summary.statusCode !== 401)
    entry.statusCode = summary.statusCode;
  return entry;
}

/** The result of a change to the index: the new index and the ids of the calls it dropped. */
export interface IndexChange<E extends IndexEntry = IndexEntry> {
  index: CaptureIndex<E>;
  dropped: string[];
}

/**
 * Adds a call (already summarised), counts the failure, and enforces the bounds, dropping the
 * oldest calls first. The call just added is never dropped: it is the one the user is looking at.
 * Pure: returns a new index.
 */
export function addToIndex<E extends IndexEntry>(
  index: CaptureIndex<E>,
  summary: E,
  limits: StoreLimits = DEFAULT_STORE_LIMITS,
): IndexChange<E> {
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
export function removeTabFromIndex<E extends IndexEntry>(
  index: CaptureIndex<E>,
  tabId: number,
): IndexChange<E> {
  const key = String(tabId);
  const { [key]: _forgotten, ...failures } = index.failures;
  return {
    index: { calls: index.calls.filter((call) => call.tabId !== tabId), failures },
    dropped: index.calls.filter((call) => call.tabId === tabId).map((call) => call.id),
  };
}

/** Drops the oldest stored call (what a quota error asks for); the failure counts stay. */
export function dropOldest<E extends IndexEntry>(index: CaptureIndex<E>): IndexChange<E> {
  const [oldest, ...rest] = index.calls;
  if (!oldest) return { index, dropped: [] };
  return { index: { calls: rest, failures: index.failures }, dropped: [oldest.id] };
}

/** Calls of one tab, newest first. */
export function callsForTab<E extends IndexEntry>(index: CaptureIndex<E>, tabId: number): E[] {
  return index.calls.filter((call) => call.tabId === tabId).reverse();
}

/** The newest calls of every tab, newest first. */
export function newestCalls<E extends IndexEntry>(index: CaptureIndex<E>, count: number): E[] {
  return index.calls.slice(-count).reverse();
}

/**
 * The stored calls of a tab counted by status, lowest status first, for the tooltip. Counted from
 * what is stored: past the per-tab bound the oldest calls are gone, and the breakdown says what is
 * left while the badge keeps the total.
 */
export function statusCountsForTab(
  index: CaptureIndex<IndexEntry>,
  tabId: number,
): Array<[status: number, count: number]> {
  const counts = new Map<number, number>();
  for (const call of index.calls) {
    const status = call.statusCode ?? 401;
    if (call.tabId === tabId) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b);
}

/** Calls captured on a tab (what the badge counts), at least the number still stored. */
export function failuresForTab(index: CaptureIndex<IndexEntry>, tabId: number): number {
  const stored = index.calls.reduce((count, call) => (call.tabId === tabId ? count + 1 : count), 0);
  return Math.max(index.failures[String(tabId)] ?? 0, stored);
}

export function storedBytes(index: CaptureIndex<IndexEntry>): number {
  return index.calls.reduce((sum, call) => sum + call.bytes, 0);
}

/**
 * Reads an index back from storage, keeping only well-formed entries: storage written by an older
 * version, or tampered with, must not break the worker or the popup.
 */
export function reviveCaptureIndex(stored: unknown): CaptureIndex {
  const raw = decodeStored(stored);
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
  return {
    calls: Array.isArray(calls) ? calls.filter(isIndexEntry).map(indexEntry) : [],
    failures: revivedFailures,
  };
}

function isIndexEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<IndexEntry>;
  return typeof entry.id === 'string' && typeof entry.tabId === 'number' && typeof entry.bytes === 'number';
}

/** Reads one stored summary back, or undefined when it is missing or malformed. */
export function reviveCallSummary(stored: unknown): CallSummary | undefined {
  const value = decodeStored(stored);
  return isCallSummary(value) ? value : undefined;
}

/**
 * The index joined with the summaries of its calls, for a page's list. A call whose summary is
 * not known is left out (it is being removed, or storage was tampered with).
 */
export function joinSummaries(
  index: CaptureIndex,
  summaries: ReadonlyMap<string, CallSummary>,
): CaptureIndex<CallSummary> {
  const calls: CallSummary[] = [];
  for (const entry of index.calls) {
    const summary = summaries.get(entry.id);
    if (summary) calls.push(summary);
  }
  return { calls, failures: index.failures };
}

function isCallSummary(value: unknown): value is CallSummary {
  if (!isIndexEntry(value)) return false;
  const summary = value as Partial<CallSummary>;
  return (
    typeof summary.method === 'string' &&
    typeof summary.statusCode === 'number' &&
    typeof summary.requestTime === 'number' &&
    typeof summary.url === 'string' &&
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
export function reviveCapturedCall(stored: unknown): CapturedCall | undefined {
  const value = decodeStored(stored);
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

/**
 * Whether a page listing `tabId`'s calls would show the same after a change: the tab lists the
 * same calls (stored calls never change) with the same count. A page showing the calls of all
 * tabs (its tab has none) always follows the change.
 */
export function sameListForTab(
  before: CaptureIndex,
  after: CaptureIndex,
  tabId: number | undefined,
): boolean {
  if (tabId === undefined || before === after) return before === after;
  const shown = callsForTab(before, tabId);
  const next = callsForTab(after, tabId);
  return (
    next.length > 0 &&
    next.length === shown.length &&
    next.every((entry, i) => entry.id === shown[i]?.id) &&
    failuresForTab(before, tabId) === failuresForTab(after, tabId)
  );
}
