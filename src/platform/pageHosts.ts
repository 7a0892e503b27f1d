import browser from './browser';

/** Most hosts read from one page: its resource timing buffer holds 250 entries by default. */
const MAX_HOSTS = 50;

/**
 * Runs in the page (`scripting.executeScript`): the `https:` hosts of its fetch and XHR resource
 * timing entries, nothing else. Only host names leave the page: an entry's URL can carry a token
 * in its path or query, so no URL is ever returned.
 */
function calledHostsInPage(limit: number): string[] {
  const hosts: string[] = [];
  for (const entry of performance.getEntriesByType('resource')) {
    const type = (entry as PerformanceResourceTiming).initiatorType;
    if (type !== 'fetch' && type !== 'xmlhttprequest') continue;
    try {
      const url = new URL(entry.name);
      if (url.protocol === 'https:' && !hosts.includes(url.hostname)) hosts.push(url.hostname);
    } catch {
      // Not a URL: skipped.
    }
    if (hosts.length >= limit) break;
  }
  return hosts;
}

/**
 * The hosts the tab's page has called with fetch or XHR, from its resource timing entries. Needs
 * the `scripting` permission and access to the page: a watched site, or the toolbar click's
 * temporary `activeTab` grant. An empty list when Chrome refuses (a page the extension may not
 * script, such as the Web Store or another extension's page).
 */
export async function calledHosts(tabId: number): Promise<string[]> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: calledHostsInPage,
      args: [MAX_HOSTS],
    });
    const result: unknown = injection?.result;
    return Array.isArray(result)
      ? result.filter((host): host is string => typeof host === 'string').slice(0, MAX_HOSTS)
      : [];
  } catch {
    return [];
  }
}
