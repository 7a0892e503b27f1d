import { useEffect, useState } from 'preact/hooks';
import type { CaptureIndex } from '../core/capture/captureStore';
import type { CapturedCall } from '../core/capture/types';
import { loadCapturedCall, loadCaptureIndex, onCaptureChanged } from '../platform/sessionCaptureStore';

/**
 * The index of captured calls (what the list and its counts need), kept current. Undefined until
 * read. A change that arrives while the first read is under way is newer than what it read.
 */
export function useCaptureIndex(): CaptureIndex | undefined {
  const [index, setIndex] = useState<CaptureIndex>();
  useEffect(() => {
    let live = true;
    let changed = false;
    const stop = onCaptureChanged((change) => {
      if (!change.index) return;
      changed = true;
      if (live) setIndex(change.index);
    });
    loadCaptureIndex().then(
      (loaded) => live && !changed && setIndex(loaded),
      () => undefined,
    );
    return () => {
      live = false;
      stop();
    };
  }, []);
  return index;
}

/**
 * One stored call, read by itself (never with the others). A call never changes once stored, so
 * only its arrival (the popup may hear of it in the same change as the index) or removal matters.
 */
export function useStoredCall(id: string | undefined): CapturedCall | undefined {
  const [call, setCall] = useState<CapturedCall>();
  useEffect(() => {
    if (id === undefined) {
      setCall(undefined);
      return;
    }
    let live = true;
    let heard = false;
    const stop = onCaptureChanged((change) => {
      if (!change.calls.has(id)) return;
      heard = true;
      if (live) setCall(change.calls.get(id));
    });
    loadCapturedCall(id).then(
      (loaded) => live && !heard && setCall(loaded),
      () => undefined,
    );
    return () => {
      live = false;
      stop();
    };
  }, [id]);
  return call?.id === id ? call : undefined;
}
