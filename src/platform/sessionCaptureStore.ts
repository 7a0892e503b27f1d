import {
  CAPTURE_INDEX_KEY,
  type CallSummary,
  type CaptureIndex,
  callKey,
  idOfKey,
  isCallKey,
  isSummaryKey,
  joinSummaries,
  reviveCallSummary,
  reviveCapturedCall,
  reviveCaptureIndex,
  summaryKey,
} from '../core/capture/captureStore';
import type { SessionArea } from '../core/capture/captureWriter';
import type { CapturedCall } from '../core/capture/types';
import type { StoredValueSource } from '../ui-shared/storedValue';
import browser from './browser';

/**
 * Captured calls live in `storage.session` only: in memory, never on disk, gone when the browser
 * closes, and not readable by content scripts (the default access level). A token is a credential.
 * The layout (one key per call and a small index) is described in `core/capture/captureStore.ts`.
 */
const session = browser.storage.session as typeof browser.storage.session & {
  getKeys?: () => Promise<string[]>;
};

/** `storage.session` as the worker's `CaptureWriter` uses it. */
export const captureSessionArea: SessionArea = {
  get: (keys) => session.get(keys),
  set: (items) => session.set(items),
  remove: (keys) => session.remove(keys),
  ...(typeof session.getKeys === 'function' && { getKeys: () => session.getKeys?.() ?? Promise.resolve([]) }),
};

/**
 * The index joined with the summaries of the calls it lists (what a page's list needs): two reads,
 * neither of which holds a whole call.
 */
export async function loadCaptureListing(): Promise<CaptureIndex<CallSummary>> {
  const index = await loadCaptureIndex();
  return joinSummaries(index, await loadSummaries(index.calls.map((entry) => entry.id)));
}

/** The index alone (ids, tabs, sizes): one small read, enough to choose which call to read. */
export async function loadCaptureIndex(): Promise<CaptureIndex> {
  return reviveCaptureIndex((await session.get(CAPTURE_INDEX_KEY))[CAPTURE_INDEX_KEY]);
}

async function loadSummaries(ids: string[]): Promise<Map<string, CallSummary>> {
  const found = new Map<string, CallSummary>();
  if (ids.length === 0) return found;
  const stored = await session.get(ids.map(summaryKey));
  for (const id of ids) {
    const summary = reviveCallSummary(stored[summaryKey(id)]);
    if (summary?.id === id) found.set(id, summary);
  }
  return found;
}

/** One stored call; undefined when it is no longer stored. */
export async function loadCapturedCall(id: string): Promise<CapturedCall | undefined> {
  const key = callKey(id);
  return reviveCapturedCall((await session.get(key))[key]);
}

/** What one storage change says about the captured calls. */
export interface CaptureChange {
  /** The new index, when it changed. */
  index?: CaptureIndex;
  /** Calls written (or removed: undefined) by this change, by id. */
  calls: Map<string, CapturedCall | undefined>;
  /** Summaries written (or removed: undefined) by this change, by id. */
  summaries: Map<string, CallSummary | undefined>;
}

/**
 * Calls `listener` whenever the captured calls change, from any extension context. Chrome sends
 * each listener the keys that changed: the index and the new calls, never the whole store.
 */
export function onCaptureChanged(listener: (change: CaptureChange) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'session') return;
    const change: CaptureChange = { calls: new Map(), summaries: new Map() };
    for (const [key, value] of Object.entries(changes)) {
      if (key === CAPTURE_INDEX_KEY) change.index = reviveCaptureIndex(value.newValue);
      else if (isCallKey(key)) change.calls.set(idOfKey(key), reviveCapturedCall(value.newValue));
      else if (isSummaryKey(key)) change.summaries.set(idOfKey(key), reviveCallSummary(value.newValue));
    }
    if (change.index || change.calls.size > 0 || change.summaries.size > 0) listener(change);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/**
 * The index with its summaries, as pages follow it (`useStoredValue`). A change brings the new
 * index and the summaries of the calls it adds (the worker writes them in one `set`); summaries
 * already known are kept here, so a change costs a page what changed, not a read of the list.
 */
export function captureListingSource(): StoredValueSource<CaptureIndex<CallSummary>> {
  const known = new Map<string, CallSummary>();
  const remember = (listing: CaptureIndex<CallSummary>) => {
    for (const summary of listing.calls) known.set(summary.id, summary);
    // Forget removed calls now and then, not at each change: a summary sent with a change still
    // queued must not be forgotten before its index is applied.
    if (known.size > 2 * listing.calls.length + 64) {
      const listed = new Set(listing.calls.map((summary) => summary.id));
      for (const id of known.keys()) if (!listed.has(id)) known.delete(id);
    }
    return listing;
  };
  return {
    load: async () => remember(await loadCaptureListing()),
    subscribe: (listener) => {
      // Changes are applied in order even when one must read summaries it was not sent.
      let last: Promise<void> = Promise.resolve();
      return onCaptureChanged((change) => {
        for (const [id, summary] of change.summaries) if (summary) known.set(id, summary);
        const index = change.index;
        if (!index) return;
        last = last.then(async () => {
          const missing = index.calls.map((entry) => entry.id).filter((id) => !known.has(id));
          if (missing.length > 0)
            for (const [id, summary] of await loadSummaries(missing)) known.set(id, summary);
          listener(remember(joinSummaries(index, known)));
        });
        last = last.catch(() => undefined);
      });
    },
  };
}

/** One stored call, as a page follows it: it arrives (perhaps after the index naming it) or goes. */
export function storedCallSource(id: string): StoredValueSource<CapturedCall | undefined> {
  return {
    load: () => loadCapturedCall(id),
    subscribe: (listener) =>
      onCaptureChanged((change) => {
        if (change.calls.has(id)) listener(change.calls.get(id));
      }),
  };
}

/** Several stored calls in one read; calls no longer stored are left out. */
export async function loadCapturedCalls(ids: readonly string[]): Promise<CapturedCall[]> {
  if (ids.length === 0) return [];
  const stored = await session.get(ids.map(callKey));
  return ids.flatMap((id) => {
    const call = reviveCapturedCall(stored[callKey(id)]);
    return call === undefined ? [] : [call];
  });
}
