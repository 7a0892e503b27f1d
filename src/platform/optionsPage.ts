import browser from './browser';

/** The manifest's `options_page`; the build keeps the source path (crxjs). */
export const OPTIONS_PAGE_PATH = 'src/options/index.html';

/**
 * Opens the options page in a new tab, with `query` (`?call=…`, see optionsQuery.ts) naming the call.
 * `runtime.openOptionsPage()` cannot pass a query and focuses an already open options tab
 * instead, so the page is opened as an ordinary extension URL.
 */
export async function openOptionsPage(query = ''): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL(OPTIONS_PAGE_PATH)}${query}` });
}
