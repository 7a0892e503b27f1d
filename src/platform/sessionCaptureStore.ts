import {
  CAPTURE_INDEX_KEY,
  type CaptureIndex,
  callKey,
  isCallKey,
  reviveCapturedCall,
  reviveCaptureIndex,
} from '../core/capture/captureStore';
import type { SessionArea } from '../core/capture/captureWriter';
import type { CapturedCall } from '../core/capture/types';
import type { StoredValueSource } from '../ui-shared/useStoredValue';
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

export async function loadCaptureIndex(): Promise<CaptureIndex> {
  return reviveCaptureIndex((await session.get(CAPTURE_INDEX_KEY))[CAPTURE_INDEX_KEY]);
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
}

/**
 * Calls `listener` whenever the captured calls change, from any extension context. Chrome sends
 * each listener the keys that changed: the index and the new calls, never the whole store.
 */
export function onCaptureChanged(listener: (change: CaptureChange) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'session') return;
    const change: CaptureChange = { calls: new Map() };
    for (const [key, value] of Object.entries(changes)) {
      if (key === CAPTURE_INDEX_KEY) change.index = reviveCaptureIndex(value.newValue);
      else if (isCallKey(key))
        change.calls.set(key.slice(callKey('').length), reviveCapturedCall(value.newValue));
    }
    if (change.index || change.calls.size > 0) listener(change);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The index, as pages follow it (`useStoredValue`). */
export const captureIndexSource: StoredValueSource<CaptureIndex> = {
  load: loadCaptureIndex,
  subscribe: (listener) =>
    onCaptureChanged((change) => {
      if (change.index) listener(change.index);
    }),
};

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
