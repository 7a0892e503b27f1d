import { reviveDomainConfigs, reviveHostList } from '../core/config/customDomains';
import type { DomainConfig } from '../core/config/domainMappings';
import { normalizeCustomDomain } from '../core/signin/signinDomain';
import type { StoredValueSource } from '../ui-shared/useStoredValue';
import browser from './browser';

/**
 * Watched hosts in `storage.local`: API custom domain names with their base path mappings
 * (`apiDomains`) and custom sign-in domains (`signinDomains`). Not secret, kept across sessions
 * like the API configurations; every read and write goes through the core's reviver.
 */
export const API_DOMAINS_KEY = 'apiDomains';
export const SIGNIN_DOMAINS_KEY = 'signinDomains';

function localValue<T>(key: string, revive: (value: unknown) => T) {
  const load = async (): Promise<T> => revive((await browser.storage.local.get(key))[key]);
  const save = async (value: T): Promise<void> => {
    await browser.storage.local.set({ [key]: revive(value) });
  };
  const source: StoredValueSource<T> = {
    load,
    subscribe(listener) {
      const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        const change = changes[key];
        if (areaName === 'local' && change) listener(revive(change.newValue));
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
  };
  return { load, save, source };
}

const apiDomains = localValue<DomainConfig[]>(API_DOMAINS_KEY, reviveDomainConfigs);
const signinDomains = localValue<string[]>(SIGNIN_DOMAINS_KEY, (value) =>
  reviveHostList(value, normalizeCustomDomain),
);

export const loadApiDomains = apiDomains.load;
export const saveApiDomains = apiDomains.save;
/** The saved API domains as pages follow them (`useStoredValue`). */
export const apiDomainsSource = apiDomains.source;

export const loadSigninDomains = signinDomains.load;
export const saveSigninDomains = signinDomains.save;
export const signinDomainsSource = signinDomains.source;
