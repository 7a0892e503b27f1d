/**
 * What the popup's first screen needs, asked for as soon as its script runs and all at once: the
 * tab it describes, the list of captured calls, the saved configurations, the sign-in steps, and
 * (once the tab and the index are known) the call it will show first. This module and what it
 * imports are the popup's entry (`main.tsx`), kept small: the rest of the popup's code and its
 * words (`wordsLoading.ts`) load while these reads run, and the popup renders once both are in
 * (`firstScreen`), so the first render already shows the call and its checks
 * (docs/performance.md, "Popup first render").
 */

import { callsForTab, newestCalls } from '../core/capture/captureStore';
import type { CapturedCall } from '../core/capture/types';
import { signinStepsForTab } from '../core/signin/signinStore';
import { apiConfigsSource } from '../platform/configStore';
import { captureListingSource, loadCapturedCall, loadCaptureIndex } from '../platform/sessionCaptureStore';
import { signinStateSource } from '../platform/sessionSigninStore';
import { signinConfigurationSource } from '../platform/signinConfigStore';
import { type TabInfo, targetTab } from '../platform/tabs';
import { preloadStoredValue } from '../ui-shared/preloadStoredValue';
// Evaluated before this module's body: the words start loading before the reads are asked for.
import { loadSigninWords } from './wordsLoading';

// Marks for a breakdown of the first render (DevTools' Performance panel shows them; cheap).
performance.mark('popup:start');
const startSearch = location.search;
let tabFound: { tab: TabInfo | undefined } | undefined;
const startTab = targetTab(startSearch).then((tab) => {
  tabFound = { tab };
  return tab;
});

/** The tab the popup describes (read once: the popup is about one tab for its whole life). */
export function popupTab(search: string): Promise<TabInfo | undefined> {
  return search === startSearch ? startTab : targetTab(search);
}

/** The tab, when it is already known (the first render's state). */
export function knownTab(search: string): { tab: TabInfo | undefined } | undefined {
  return search === startSearch ? tabFound : undefined;
}

export const listingSource = preloadStoredValue(captureListingSource());
export const configsSource = preloadStoredValue(apiConfigsSource);
export const signinSource = preloadStoredValue(signinStateSource);
/** The imported app clients: `token.client` reads them, so the first render needs them. */
export const signinConfigSource = preloadStoredValue(signinConfigurationSource);

/**
 * The sign-in words, when the tab has a failing sign-in step to list: its row's label is on the
 * first screen. Otherwise they are never loaded by the first screen.
 */
const firstSigninWords = Promise.all([startTab, signinSource.load()]).then(([tab, state]) =>
  tab !== undefined && signinStepsForTab(state, tab.id).length > 0 ? loadSigninWords() : undefined,
);

/**
 * The call the popup selects first (the tab's newest, else the newest of all tabs, as `App`
 * does), read as soon as the tab and the index are known. A guess: if the popup selects another
 * call, this read is simply not used. Calls are written once and only ever removed, and the
 * popup follows removals through the listing, so the value read here stays right.
 */
let firstCallRead: CapturedCall | undefined;
// From the index alone, read beside the listing's own: the call is then read alongside the
// listing's summaries rather than after them (two round trips to the browser, not three).
const firstCall = Promise.all([startTab, loadCaptureIndex()]).then(([tab, index]) => {
  const id = ((tab && callsForTab(index, tab.id)[0]) ?? newestCalls(index, 1)[0])?.id;
  if (id === undefined) return undefined;
  return {
    id,
    call: loadCapturedCall(id).then((call) => {
      firstCallRead = call;
      return call;
    }),
  };
});

/** The stored call `id` as read at start; undefined when none was read for it. */
export async function firstCallFor(id: string): Promise<CapturedCall | undefined> {
  const first = await firstCall.catch(() => undefined);
  return first?.id === id ? first.call : undefined;
}

/** The call read at start, when it is `id` and already in (the first render's state). */
export function knownCall(id: string | undefined): CapturedCall | undefined {
  return id !== undefined && firstCallRead?.id === id ? firstCallRead : undefined;
}

/**
 * Settles once the first screen's reads are in, or after `FIRST_SCREEN_WAIT_MS` at most: a slow
 * read then fills in after the first render instead of holding the popup blank.
 */
const FIRST_SCREEN_WAIT_MS = 300;
export const firstScreen: Promise<void> = Promise.race([
  Promise.all([
    startTab,
    listingSource.load(),
    configsSource.load(),
    signinConfigSource.load(),
    firstCall.then((first) => first?.call),
    firstSigninWords,
  ]).then(() => {
    performance.mark('popup:reads');
  }),
  new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
]).catch(() => undefined);
