import browser from './browser';

/** Host patterns granted at install (the manifest's `host_permissions`). */
export function requiredHostPatterns(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

export async function grantedHostPatterns(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

export async function isSiteWatched(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Must run in a user gesture (a click in the popup): Chrome shows its own permission prompt. */
export async function watchSite(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export async function stopWatchingSite(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}

export function onSitePermissionsChanged(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

/**
 * Whether the user granted the extension `origin` (the button "Allow checking signatures from …"
 * asks Chrome for it, as an optional host permission). False where the permissions API is missing
 * (a DevTools panel has none): then nothing is fetched and the check says how to allow it.
 */
export async function hasKeyHostAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

/**
 * Asks Chrome for the hosts that serve a configured issuer's keys. Must run in a user gesture (the
 * signature check's "Allow checking signatures from …" button): Chrome shows its own prompt.
 */
export async function allowKeyHosts(origins: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: origins.map((origin) => `${origin}/*`) });
  } catch {
    return false;
  }
}
