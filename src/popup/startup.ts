/**
 * What the popup's first screen needs, asked for as soon as its script runs and all at once: the
 * tab it describes, the list of captured calls, the saved configurations, and (once the tab and
 * the list are known) the call it will show first. `main.tsx` imports this module before the
 * others, so these reads run while the language chunk loads, instead of one after another after
 * the first render (docs/performance.md, "Popup first render").
 */
import { callsForTab, newestCalls } from '../core/capture/captureStore';
import { apiConfigsSource } from '../platform/configStore';
import { captureListingSource, loadCapturedCall } from '../platform/sessionCaptureStore';
import { type TabInfo, targetTab } from '../platform/tabs';
import { preloadStoredValue } from '../ui-shared/preloadStoredValue';

const startSearch = location.search;
const startTab = targetTab(startSearch);

/** The tab the popup describes (read once: the popup is about one tab for its whole life). */
export function popupTab(search: string): Promise<TabInfo | undefined> {
  return search === startSearch ? startTab : targetTab(search);
}

export const listingSource = preloadStoredValue(captureListingSource());
export const configsSource = preloadStoredValue(apiConfigsSource);

/**
 * The call the popup selects first (the tab's newest, else the newest of all tabs, as `App`
 * does), read as soon as the tab and the list are known. A guess: if the popup selects another
 * call, this read is simply not used.
 */
const firstCall = Promise.all([startTab, listingSource.load()]).then(([tab, listing]) => {
  const id = ((tab && callsForTab(listing, tab.id)[0]) ?? newestCalls(listing, 1)[0])?.id;
  return id === undefined ? undefined : { id, call: loadCapturedCall(id) };
});
// A failure here only means the popup reads the call itself.
firstCall.catch(() => undefined);

/**
 * The stored call `id` as read at start, once; undefined when none was read for it. Calls are
 * written once and only ever removed, and the caller follows removals from when it subscribed.
 */
export async function takeFirstCall(id: string): Promise<ReturnType<typeof loadCapturedCall> | undefined> {
  const first = await firstCall.catch(() => undefined);
  if (first?.id !== id || taken) return undefined;
  taken = true;
  return first.call;
}
let taken = false;
