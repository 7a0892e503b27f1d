import browser from './browser';

export interface TabInfo {
  id: number;
  /** Undefined unless the extension may see it: a granted site, or after a toolbar click (`activeTab`). */
  url?: string;
}

/**
 * The tab the popup is about. The popup opened from the toolbar describes the active tab; opened
 * as a page (`popup/index.html?tab=12`, as the end-to-end tests and "open in a tab" do) it
 * describes the tab named in its URL.
 */
export async function targetTab(search: string): Promise<TabInfo | undefined> {
  const requested = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  try {
    if (Number.isInteger(requested) && requested >= 0) {
      const tab = await browser.tabs.get(requested);
      return tab.id === undefined ? undefined : { id: tab.id, ...(tab.url && { url: tab.url }) };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url && { url: tab.url }) };
  } catch {
    return undefined;
  }
}

/**
 * Titles of the given tabs, for the all-tabs list. Without the `tabs` permission Chrome gives a
 * tab's title only where the extension has host access to its page, which is every page whose
 * calls were captured (a request is reported only with access to the page that made it); a tab
 * that closed or hides its title is left out, and the list falls back to its id.
 */
export async function tabTitles(ids: readonly number[]): Promise<Map<number, string>> {
  const titles = new Map<number, string>();
  await Promise.all(
    [...new Set(ids)]
      .filter((id) => id >= 0)
      .map(async (id) => {
        try {
          const tab = await browser.tabs.get(id);
          if (tab.title) titles.set(id, tab.title);
        } catch {
          // Closed since: its calls go with it.
        }
      }),
  );
  return titles;
}
