import { newSalt } from '../core/signin/secretDigest';
import { EMPTY_SIGNIN_STATE, reviveSigninState, type SigninState } from '../core/signin/signinStore';
import type { StoredValueSource } from '../ui-shared/storedValue';
import browser from './browser';

/** Key of the sign-in records in `storage.session`. */
export const SIGNIN_STORAGE_KEY = 'signin';
/** Key of this browser session's salt for secret digests (SIGNIN.md: "salt per browser session"). */
const SALT_KEY = 'signinSalt';

/** Sign-in records live in `storage.session` only, like captured calls: memory, never disk. */
export async function loadSigninState(): Promise<SigninState> {
  const stored = await browser.storage.session.get(SIGNIN_STORAGE_KEY);
  return reviveSigninState(stored[SIGNIN_STORAGE_KEY] ?? EMPTY_SIGNIN_STATE);
}

export async function saveSigninState(state: SigninState): Promise<void> {
  await browser.storage.session.set({ [SIGNIN_STORAGE_KEY]: state });
}

/**
 * The salt, drawn on first use and kept for the browser session: digests of the same code match
 * across worker restarts, and mean nothing once the browser closes.
 */
export async function sessionSalt(): Promise<string> {
  const stored = await browser.storage.session.get(SALT_KEY);
  const salt = stored[SALT_KEY];
  if (typeof salt === 'string' && /^[0-9a-f]{64}$/.test(salt)) return salt;
  const fresh = newSalt();
  await browser.storage.session.set({ [SALT_KEY]: fresh });
  return fresh;
}

/** Calls `listener` whenever the stored sign-in records change, from any extension context. */
export function onSigninStateChanged(listener: (state: SigninState) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[SIGNIN_STORAGE_KEY];
    if (areaName === 'session' && change) listener(reviveSigninState(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The stored sign-in records as pages follow them (`useStoredValue`). */
export const signinStateSource: StoredValueSource<SigninState> = {
  load: loadSigninState,
  subscribe: onSigninStateChanged,
};
