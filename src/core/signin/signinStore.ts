import { isFlowContext, signinFailureOf } from './signinFlow';
import type { SigninRecord } from './signinRecord';

/**
 * Sign-in requests kept in `storage.session` (key `signin`), oldest first: the failing steps,
 * which count on the badge like failed API calls, and the flow context later steps need (SIGNIN.md
 * "What is watched"), bounded separately so that a busy sign-in page cannot push steps out.
 */
export interface SigninState {
  records: SigninRecord[];
}

export interface SigninStoreLimits {
  stepsPerTab: number;
  contextPerTab: number;
  total: number;
}

export const DEFAULT_SIGNIN_LIMITS: SigninStoreLimits = { stepsPerTab: 50, contextPerTab: 20, total: 300 };

export const EMPTY_SIGNIN_STATE: SigninState = { records: [] };

export function isSigninStep(record: SigninRecord): boolean {
  return signinFailureOf(record) !== undefined;
}

/** Keeps a record when it is a step or flow context; returns the state unchanged otherwise. Pure. */
export function addSigninRecord(
  state: SigninState,
  record: SigninRecord,
  limits: SigninStoreLimits = DEFAULT_SIGNIN_LIMITS,
): SigninState {
  const step = isSigninStep(record);
  if (!step && !isFlowContext(record)) return state;
  // Kept in request order: hops are digested asynchronously and may arrive out of order.
  const others = state.records.filter((existing) => existing.id !== record.id);
  let at = others.length;
  while (at > 0 && (others[at - 1]?.requestTime ?? 0) > record.requestTime) at -= 1;
  let records = [...others.slice(0, at), record, ...others.slice(at)];
  const sameKind = records.filter(
    (existing) => existing.tabId === record.tabId && isSigninStep(existing) === step,
  );
  const limit = step ? limits.stepsPerTab : limits.contextPerTab;
  if (sameKind.length > limit) {
    const drop = new Set(sameKind.slice(0, sameKind.length - limit).map((existing) => existing.id));
    records = records.filter((existing) => !drop.has(existing.id));
  }
  if (records.length > limits.total) records = records.slice(records.length - limits.total);
  return { records };
}

export function removeSigninTab(state: SigninState, tabId: number): SigninState {
  return { records: state.records.filter((record) => record.tabId !== tabId) };
}

/** A tab's records, oldest first: the input of `correlateFlow`. */
export function signinRecordsForTab(state: SigninState, tabId: number): SigninRecord[] {
  return state.records.filter((record) => record.tabId === tabId);
}

/** A tab's failing steps, newest first, as the popup lists them. */
export function signinStepsForTab(state: SigninState, tabId: number): SigninRecord[] {
  return signinRecordsForTab(state, tabId).filter(isSigninStep).reverse();
}

/** Failing steps of one tab: they count on its badge like failed API calls (SIGNIN.md). */
export function signinStepCountForTab(state: SigninState, tabId: number): number {
  let count = 0;
  for (const record of state.records) if (record.tabId === tabId && isSigninStep(record)) count += 1;
  return count;
}

/** Failing steps per tab, for the badge. */
export function signinStepCounts(state: SigninState): Map<number, number> {
  const counts = new Map<number, number>();
  for (const record of state.records) {
    if (isSigninStep(record)) counts.set(record.tabId, (counts.get(record.tabId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Reads the state back from storage, keeping only records with the fields every reader relies on
 * (storage written by another version must not break the worker or the popup).
 */
export function reviveSigninState(raw: unknown): SigninState {
  if (typeof raw !== 'object' || raw === null) return { records: [] };
  const records = (raw as { records?: unknown }).records;
  if (!Array.isArray(records)) return { records: [] };
  return { records: records.filter(isSigninRecord) };
}

function isSigninRecord(value: unknown): value is SigninRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<SigninRecord>;
  return (
    typeof record.id === 'string' &&
    typeof record.requestId === 'string' &&
    typeof record.tabId === 'number' &&
    typeof record.requestTime === 'number' &&
    typeof record.method === 'string' &&
    typeof record.url === 'string' &&
    typeof record.endpoint === 'string' &&
    typeof record.domain === 'object' &&
    record.domain !== null &&
    typeof record.params === 'object' &&
    record.params !== null &&
    Array.isArray(record.secrets)
  );
}
