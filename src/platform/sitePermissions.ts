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
