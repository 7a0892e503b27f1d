import type { CapturedCall } from './types';

/**
 * Every captured call, oldest first. Kept as one plain, JSON-serialisable list so it can live in
 * `storage.session` (a token is a credential: never `storage.local`) and survive the service
 * worker being stopped, which loses module globals (TOOLING.md, Chrome behaviour 6).
 */
export interface CaptureState {
  calls: CapturedCall[];
}

export interface StoreLimits {
  /** Calls kept per tab; the oldest of that tab are dropped first. */
  perTab: number;
  /** Calls kept in all; the oldest overall are dropped first. */
  total: number;
  /**
   * Rough size budget of the stored JSON, in characters. `storage.session` holds 10 MB; staying
   * well under it keeps a flood of calls carrying huge headers from making writes fail.
   */
  totalChars: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = { perTab: 50, total: 200, totalChars: 4_000_000 };

/** Tab id Chrome gives requests that no tab made (a page's service worker, another extension). */
export const NO_TAB = -1;

export const EMPTY_CAPTURE_STATE: CaptureState = { calls: [] };

/** Adds a call and enforces the bounds. Pure: returns a new state. */
export function addCall(
  state: CaptureState,
  call: CapturedCall,
  limits: StoreLimits = DEFAULT_STORE_LIMITS,
): CaptureState {
  let calls = [...state.calls.filter((existing) => existing.id !== call.id), call];
  const inTab = calls.filter((existing) => existing.tabId === call.tabId);
  if (inTab.length > limits.perTab) {
    const drop = new Set(inTab.slice(0, inTab.length - limits.perTab).map((existing) => existing.id));
    calls = calls.filter((existing) => !drop.has(existing.id));
  }
  if (calls.length > limits.total) calls = calls.slice(calls.length - limits.total);
  let chars = calls.reduce((sum, existing) => sum + approximateSize(existing), 0);
  // Never drop the call just added: it is the one the user is looking at.
  while (chars > limits.totalChars && calls.length > 1) {
    const [oldest] = calls;
    if (!oldest) break;
    chars -= approximateSize(oldest);
    calls = calls.slice(1);
  }
  return { calls };
}

export function removeTab(state: CaptureState, tabId: number): CaptureState {
  return { calls: state.calls.filter((call) => call.tabId !== tabId) };
}

/** Calls of one tab, newest first. */
export function callsForTab(state: CaptureState, tabId: number): CapturedCall[] {
  return state.calls.filter((call) => call.tabId === tabId).reverse();
}

/** The newest calls of every tab, newest first. */
export function newestCalls(state: CaptureState, count: number): CapturedCall[] {
  return state.calls.slice(-count).reverse();
}

export function countForTab(state: CaptureState, tabId: number): number {
  return state.calls.reduce((count, call) => (call.tabId === tabId ? count + 1 : count), 0);
}

/** Tabs that have calls, with their counts (the "other" group included as `NO_TAB`). */
export function countsByTab(state: CaptureState): Map<number, number> {
  const counts = new Map<number, number>();
  for (const call of state.calls) counts.set(call.tabId, (counts.get(call.tabId) ?? 0) + 1);
  return counts;
}

/**
 * Reads a state back from storage, keeping only well-formed calls: storage written by an older
 * version, or tampered with, must not break the worker or the popup.
 */
export function reviveCaptureState(raw: unknown): CaptureState {
  if (typeof raw !== 'object' || raw === null) return { calls: [] };
  const calls = (raw as { calls?: unknown }).calls;
  if (!Array.isArray(calls)) return { calls: [] };
  return { calls: calls.filter(isCapturedCall) };
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

function approximateSize(call: CapturedCall): number {
  let size = call.url.length + 256;
  for (const header of call.requestHeaders ?? []) size += header.name.length + header.value.length + 32;
  for (const header of call.responseHeaders) size += header.name.length + header.value.length + 32;
  return size;
}
