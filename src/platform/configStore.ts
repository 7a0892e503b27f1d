import type { ApiConfig } from '../core/config/model';
import { reviveApiConfigs } from '../core/config/storedConfigs';
import type { StoredValueSource } from '../ui-shared/storedValue';
import browser from './browser';

/**
 * Key of the API configurations in `storage.local`. They are not secret and outlive the browser
 * session; they never hold a token (only the sanitiser's known fields are written or read back).
 */
export const CONFIG_STORAGE_KEY = 'apiConfigs';

export async function loadApiConfigs(): Promise<ApiConfig[]> {
  const stored = await browser.storage.local.get(CONFIG_STORAGE_KEY);
  return reviveApiConfigs(stored[CONFIG_STORAGE_KEY]);
}

/** Replaces the whole list; what is written is what `loadApiConfigs` would read back. */
export async function saveApiConfigs(configs: readonly ApiConfig[]): Promise<void> {
  await browser.storage.local.set({ [CONFIG_STORAGE_KEY]: reviveApiConfigs(configs) });
}

/** Calls `listener` with the new list whenever any extension page or the worker saves one. */
export function onApiConfigsChanged(listener: (configs: ApiConfig[]) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[CONFIG_STORAGE_KEY];
    if (areaName === 'local' && change) listener(reviveApiConfigs(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The saved list as pages follow it (`useStoredValue`). */
export const apiConfigsSource: StoredValueSource<ApiConfig[]> = {
  load: loadApiConfigs,
  subscribe: onApiConfigsChanged,
};
