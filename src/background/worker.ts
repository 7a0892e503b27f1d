/**
 * The service worker: wires browser events to the pure core and keeps nothing of its own worth
 * testing. Every listener is registered synchronously at the top level, so Chrome can wake a
 * stopped worker for them; state lives in `storage.session`, never in module globals alone.
 */

import { badgeFor } from '../core/capture/badgeState';
import { type CaptureIndex, failuresForTab } from '../core/capture/captureStore';
import { CaptureWriter } from '../core/capture/captureWriter';
import { RequestCorrelator } from '../core/capture/requestCorrelator';
// Imported from its own module, not the diagnosis index: the worker loads no check and no catalog.
import { createJwksClient } from '../core/diagnosis/jwksClient';
import { badgeTitle, badgeWordsFor } from '../core/i18n/badge';
import { pickLocale } from '../core/i18n/locale';
import { showBadge } from '../platform/badge';
import browser from '../platform/browser';
import { cognitoJwksFetch } from '../platform/jwksFetch';
import { preferredLanguages } from '../platform/languages';
import { listenToApiGatewayTraffic } from '../platform/networkEvents';
import { captureSessionArea } from '../platform/sessionCaptureStore';
import { createMessageHandler } from './messageHandler';

const correlator = new RequestCorrelator();
/**
 * One client for the worker's life, so each pool's keys are downloaded once (and, through
 * `cognitoJwksFetch`, read back from `storage.session` after a restart).
 */
const jwks = createJwksClient({ fetch: cognitoJwksFetch, now: Date.now });
/** The badge tooltip's words, in the browser's language (read once per worker start). */
const badgeWords = badgeWordsFor(pickLocale(preferredLanguages()));

/**
 * The captured calls: taken at once, written at most once per interval. The badge follows each
 * write, so it never counts a call that a stopped worker could still lose.
 */
const store = new CaptureWriter({
  storage: captureSessionArea,
  onWritten: (index, tabIds) => {
    for (const tabId of tabIds) if (tabId >= 0) refreshBadge(tabId, index);
  },
});

function refreshBadge(tabId: number, index: CaptureIndex): void {
  const badge = badgeFor(failuresForTab(index, tabId));
  void showBadge(tabId, badge, badgeTitle(badge.tooltip, badgeWords));
}

/** A listener must never throw: one bad event would otherwise cost the calls after it. */
function guarded<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      handler(...args);
    } catch {
      // Deliberately silent: the event's data may hold a token, which must never be logged.
    }
  };
}

function ignore(): void {}

listenToApiGatewayTraffic({
  onRequestHeaders: (event) => correlator.recordRequest(event),
  onResponseHeaders: (event) => {
    const call = correlator.resolveResponse(event);
    if (call) store.add(call);
  },
});

browser.tabs.onRemoved.addListener(
  guarded((tabId: number) => {
    store.removeTab(tabId).catch(ignore);
  }),
);

// Re-assert the badge when a tab with failed calls starts loading a page: Chrome clears a tab's
// badge when it navigates. Tabs without calls are left alone: this event fires for every load.
browser.tabs.onUpdated.addListener(
  guarded((tabId: number, changeInfo: { status?: string }) => {
    if (changeInfo.status !== 'loading') return;
    store
      .index()
      .then((index) => {
        if (failuresForTab(index, tabId) > 0) refreshBadge(tabId, index);
      })
      .catch(ignore);
  }),
);

browser.runtime.onMessage.addListener(
  createMessageHandler({
    extensionId: browser.runtime.id,
    call: (id) => store.call(id),
    removeTab: (tabId) => store.removeTab(tabId),
    verify: (token) => jwks.verify(token),
  }),
);
