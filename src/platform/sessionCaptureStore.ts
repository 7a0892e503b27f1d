import { type CaptureState, EMPTY_CAPTURE_STATE, reviveCaptureState } from '../core/capture/captureStore';
import browser from './browser';

/** Key of the captured calls in `storage.session`. */
export const CAPTURE_STORAGE_KEY = 'captures';

/**
 * Captured calls live in `storage.session` only: in memory, never on disk, gone when the browser
 * closes, and not readable by content scripts (the default access level). A token is a credential.
 */
export async function loadCaptureState(): Promise<CaptureState> {
  const stored = await browser.storage.session.get(CAPTURE_STORAGE_KEY);
  return reviveCaptureState(stored[CAPTURE_STORAGE_KEY] ?? EMPTY_CAPTURE_STATE);
}

export async function saveCaptureState(state: CaptureState): Promise<void> {
  await browser.storage.session.set({ [CAPTURE_STORAGE_KEY]: state });
}

/** Calls `listener` whenever the stored calls change, from any extension context. */
export function onCaptureStateChanged(listener: (state: CaptureState) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[CAPTURE_STORAGE_KEY];
    if (areaName === 'session' && change) listener(reviveCaptureState(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
