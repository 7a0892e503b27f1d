import {
  EMPTY_SIGNIN_CONFIGURATION,
  reviveSigninConfiguration,
  type SigninConfiguration,
} from '../core/signin/appClientConfig';
import type { StoredValueSource } from '../ui-shared/storedValue';
import browser from './browser';

/**
 * Imported user pools and app clients, in `storage.local` under `signinConfiguration`: not
 * secret (a client secret is never part of it, only whether one exists), and kept across sessions
 * like the API configurations. Every read goes through the core's reviver.
 */
export const SIGNIN_CONFIG_KEY = 'signinConfiguration';

export async function loadSigninConfiguration(): Promise<SigninConfiguration> {
  const stored = await browser.storage.local.get(SIGNIN_CONFIG_KEY);
  return reviveSigninConfiguration(stored[SIGNIN_CONFIG_KEY] ?? EMPTY_SIGNIN_CONFIGURATION);
}

export async function saveSigninConfiguration(configuration: SigninConfiguration): Promise<void> {
  await browser.storage.local.set({ [SIGNIN_CONFIG_KEY]: reviveSigninConfiguration(configuration) });
}

export function onSigninConfigurationChanged(
  listener: (configuration: SigninConfiguration) => void,
): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[SIGNIN_CONFIG_KEY];
    if (areaName === 'local' && change) listener(reviveSigninConfiguration(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The imported sign-in configuration as pages follow it (`useStoredValue`). */
export const signinConfigurationSource: StoredValueSource<SigninConfiguration> = {
  load: loadSigninConfiguration,
  subscribe: onSigninConfigurationChanged,
};
