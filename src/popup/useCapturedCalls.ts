import { useEffect, useState } from 'preact/hooks';
import { type CaptureIndex, EMPTY_CAPTURE_INDEX } from '../core/capture/captureStore';
import type { CapturedCall } from '../core/capture/types';
import { captureIndexSource, storedCallSource } from '../platform/sessionCaptureStore';
import { followStoredValue, useStoredValue } from '../ui-shared/useStoredValue';

/** The index of captured calls (what the list and its counts need), kept current. */
export function useCaptureIndex(): CaptureIndex {
  return useStoredValue(captureIndexSource, EMPTY_CAPTURE_INDEX).value;
}

/**
 * One stored call, read by itself (never with the others), and followed: the popup may hear of a
 * call in the same change as the index that lists it, or see it removed.
 */
export function useStoredCall(id: string | undefined): CapturedCall | undefined {
  const [call, setCall] = useState<CapturedCall>();
  useEffect(() => {
    setCall(undefined);
    if (id === undefined) return;
    return followStoredValue(storedCallSource(id), { value: setCall, settled: () => undefined });
  }, [id]);
  return call?.id === id ? call : undefined;
}
