import { useEffect, useState } from 'preact/hooks';
import {
  type CallSummary,
  type CaptureIndex,
  EMPTY_CAPTURE_INDEX,
  sameListForTab,
} from '../core/capture/captureStore';
import type { CapturedCall } from '../core/capture/types';
import { loadCapturedCall, storedCallSource } from '../platform/sessionCaptureStore';
import { followStoredValue } from '../ui-shared/useStoredValue';
import { firstCallFor, knownCall, listingSource } from './startup';

/**
 * The captured calls with their summaries (what the list and its counts need), kept current. A
 * change that leaves `tabId`'s list as it was (a call in another tab) does not re-render the
 * popup: with a popup open, every capture in any tab changes the index.
 */
export function useCaptureIndex(tabId: number | undefined): CaptureIndex<CallSummary> {
  const [index, setIndex] = useState<CaptureIndex<CallSummary>>(
    () => listingSource.current()?.value ?? EMPTY_CAPTURE_INDEX,
  );
  useEffect(
    () =>
      followStoredValue(listingSource, {
        value: (next) => setIndex((shown) => (sameListForTab(shown, next, tabId) ? shown : next)),
        settled: () => undefined,
      }),
    [tabId],
  );
  return index;
}

/**
 * One stored call, read by itself (never with the others), and followed: the popup may hear of a
 * call in the same change as the index that lists it, or see it removed. The first call shown was
 * usually read at start (`startup.ts`).
 */
export function useStoredCall(id: string | undefined): CapturedCall | undefined {
  const [call, setCall] = useState<CapturedCall | undefined>(() => knownCall(id));
  useEffect(() => {
    // Another call: forget the one shown (unless it is already this one, read at start).
    setCall((shown) => (shown?.id === id ? shown : undefined));
    if (id === undefined) return;
    const source = storedCallSource(id);
    const load = async () => (await firstCallFor(id)) ?? loadCapturedCall(id);
    return followStoredValue({ ...source, load }, { value: setCall, settled: () => undefined });
  }, [id]);
  return call?.id === id ? call : undefined;
}
