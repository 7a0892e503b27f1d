/**
 * The service worker: wires browser events to the pure core and keeps nothing of its own worth
 * testing. Every listener is registered synchronously at the top level, so Chrome can wake a
 * stopped worker for them; state lives in `storage.session`, never in module globals alone.
 */

import { badgeFor } from '../core/capture/badgeState';
import { BadgeThrottle } from '../core/capture/badgeThrottle';
import { type CaptureIndex, failuresForTab, statusCountsForTab } from '../core/capture/captureStore';
import { CaptureWriter } from '../core/capture/captureWriter';
import { RequestCorrelator } from '../core/capture/requestCorrelator';
// Imported from its own module, not the diagnosis index: the worker loads no check and no catalog.
import { createJwksClient } from '../core/diagnosis/jwksClient';
import { badgeTitle } from '../core/i18n/badge';
// The registry holds the badge words itself; its word parts are chunks the worker never loads.
import { LANGUAGES } from '../core/i18n/languages';
import { pickLocale } from '../core/i18n/locale';
import { createSerialQueue } from '../core/serialQueue';
import { type DigestSecret, secretDigester } from '../core/signin/secretDigest';
import { type AssembledHop, SigninEventAssembler } from '../core/signin/signinEventAssembler';
import { recordSigninRequest } from '../core/signin/signinRecord';
import {
  addSigninRecord,
  isSigninStep,
  removeSigninTab,
  type SigninState,
  signinStepCountForTab,
} from '../core/signin/signinStore';
import { setBadgeColours, showBadge } from '../platform/badge';
import browser from '../platform/browser';
import { loadSigninDomains, signinDomainsSource } from '../platform/domainStore';
import { jwksFetch } from '../platform/jwksFetch';
import { preferredLanguages } from '../platform/languages';
import { listenToApiGatewayTraffic } from '../platform/networkEvents';
import { captureSessionArea } from '../platform/sessionCaptureStore';
import { loadSigninState, saveSigninState, sessionSalt } from '../platform/sessionSigninStore';
import { CUSTOM_SIGNIN_FILTER, listenToSigninTraffic } from '../platform/signinEvents';
import { hasKeyHostAccess } from '../platform/sitePermissions';
import { createMessageHandler } from './messageHandler';

const correlator = new RequestCorrelator();
const signinAssembler = new SigninEventAssembler();
/** Sign-in records are written one change at a time (the worker is their only writer). */
const signinSerially = createSerialQueue();
/** Cache of the stored sign-in records (SIGNIN.md); undefined after a worker restart. */
let signinCached: SigninState | undefined;
/** The session's secret digester, keyed with the salt kept in `storage.session`. */
let digester: Promise<DigestSecret> | undefined;
/**
 * One client for the worker's life, so each pool's keys are downloaded once (and, through
 * `jwksFetch`, read back from `storage.session` after a restart). A configured issuer's host is
 * fetched only once the user allowed it (`hasKeyHostAccess`).
 */
const jwks = createJwksClient({ fetch: jwksFetch, now: Date.now, hasHostAccess: hasKeyHostAccess });
/** The badge tooltip's words, in the browser's language (read once per worker start). */
const badgeWords = LANGUAGES[pickLocale(preferredLanguages())].badge;

/**
 * A tab's badge follows its captures at once (at most once per 50 ms while a burst lasts), never
 * waiting for storage or for the pages storage notifies. A forced worker stop within 50 ms of a
 * capture can leave the badge counting a failure that storage lost (docs/architecture.md, "Capture").
 */
const badges = new BadgeThrottle({ show: (tabId) => showBadgeNow(tabId) });

/** The captured calls: taken at once, written at most once per interval. */
const store = new CaptureWriter({
  storage: captureSessionArea,
  onTaken: (_index, tabIds) => {
    for (const tabId of tabIds) if (tabId >= 0) badges.changed(tabId);
  },
});

async function currentSigninState(): Promise<SigninState> {
  signinCached ??= await loadSigninState();
  return signinCached;
}

/** Failed API calls and failing sign-in steps count alike on the tab's badge (SIGNIN.md). */
function failureCount(index: CaptureIndex, signin: SigninState, tabId: number): number {
  return failuresForTab(index, tabId) + signinStepCountForTab(signin, tabId);
}

async function failuresOnTab(tabId: number): Promise<number> {
  return failureCount(await store.index(), await currentSigninState(), tabId);
}

function showCount(tabId: number, index: CaptureIndex, signin: SigninState): Promise<void> {
  const badge = badgeFor(failureCount(index, signin, tabId), statusCountsForTab(index, tabId));
  return showBadge(tabId, badge, badgeTitle(badge.tooltip, badgeWords));
}

async function refreshBadge(tabId: number): Promise<void> {
  await showCount(tabId, await store.index(), await currentSigninState());
}

/** Without a hop when both states are in memory (always, after the worker's first capture). */
function showBadgeNow(tabId: number): void {
  const index = store.currentIndex();
  if (index !== undefined && signinCached !== undefined) showCount(tabId, index, signinCached).catch(ignore);
  else refreshBadge(tabId).catch(ignore);
}

function sessionDigester(): Promise<DigestSecret> {
  digester ??= sessionSalt().then(secretDigester);
  // A failed start (storage unavailable) is retried on the next request rather than kept.
  digester.catch(() => {
    digester = undefined;
  });
  return digester;
}

/** Applies one change to the stored sign-in records, then refreshes the badges it touched. */
function updateSignin(change: (state: SigninState) => SigninState, tabIds: number[]): Promise<void> {
  return signinSerially(async () => {
    const before = await currentSigninState();
    const next = change(before);
    if (next === before) return;
    signinCached = next;
    await saveSigninState(next);
    await Promise.all(tabIds.filter((tabId) => tabId >= 0).map((tabId) => refreshBadge(tabId)));
  });
}

/** Hops are recorded one after another, in the order Chrome reported them. */
let signinPipeline: Promise<unknown> = Promise.resolve();

/**
 * The custom sign-in domains saved on the options page, followed while the worker lives; undefined
 * until the first read is in. Events on other hosts wait for it (`whenSigninHostsKnown`) rather
 * than being judged against an empty list: the event that woke the worker may be a sign-in step.
 */
let customSigninHosts: readonly string[] | undefined;
let waitingForSigninHosts: Array<() => void> = [];

function knowSigninHosts(hosts: readonly string[]): void {
  customSigninHosts = hosts;
  const waiting = waitingForSigninHosts;
  waitingForSigninHosts = [];
  for (const run of waiting) run();
}

/** Runs `run` once the custom sign-in domains are known (at once, after the first read). */
function whenSigninHostsKnown(run: () => void): void {
  if (customSigninHosts !== undefined) run();
  // Bounded: a worker whose storage read never settles must not hold every event it sees.
  else if (waitingForSigninHosts.length < 1000) waitingForSigninHosts.push(run);
}

/** Whether a URL is on a saved custom sign-in domain (prefix domains have their own listeners). */
function onCustomSigninHost(url: string): boolean {
  if (customSigninHosts === undefined || customSigninHosts.length === 0) return false;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return !host.endsWith('.amazoncognito.com') && customSigninHosts.includes(host);
  } catch {
    return false;
  }
}

/** Secrets become digests before anything is stored; a request that is not a step or context is dropped. */
function captureSignin(hop: AssembledHop | undefined): void {
  if (hop === undefined) return;
  const customDomains = customSigninHosts ?? [];
  signinPipeline = signinPipeline
    .catch(ignore)
    .then(() => sessionDigester())
    .then((digest) => recordSigninRequest(hop.observed, hop.id, customDomains, digest))
    .then((record) => {
      if (record === undefined) return undefined;
      return updateSignin(
        (state) => addSigninRecord(state, record),
        isSigninStep(record) ? [record.tabId] : [],
      );
    })
    .catch(ignore);
}

// Once per worker start: the colours are the same for every badge. The sign-in records are read now
// so that the first capture's badge needs no read.
setBadgeColours().catch(ignore);
currentSigninState().catch(ignore);

function removeTab(tabId: number): Promise<void> {
  return Promise.all([
    store.removeTab(tabId),
    updateSignin((state) => removeSigninTab(state, tabId), []),
  ]).then(() => undefined);
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

listenToSigninTraffic({
  onStart: guarded((event) => signinAssembler.start(event)),
  onHeaders: guarded((event) => signinAssembler.headers(event)),
  onRedirect: guarded((event) => captureSignin(signinAssembler.redirect(event))),
  onResponse: guarded((event) => captureSignin(signinAssembler.response(event))),
  onEnded: guarded((requestId) => signinAssembler.forget(requestId)),
});

// Custom sign-in domains: every event is checked against the saved list first, in the order Chrome
// sent them (the ones that arrive before the list is read wait for it, in order).
// With none saved (the usual case) an event costs one comparison: these listeners see every
// https request and navigation, like the API listeners.
const onCustomSignin =
  <E extends { url: string }>(handle: (event: E) => void) =>
  (event: E) => {
    if (customSigninHosts?.length === 0) return;
    whenSigninHostsKnown(
      guarded(() => {
        if (onCustomSigninHost(event.url)) handle(event);
      }),
    );
  };
listenToSigninTraffic(
  {
    onStart: onCustomSignin((event) => signinAssembler.start(event)),
    onHeaders: onCustomSignin((event) => signinAssembler.headers(event)),
    onRedirect: onCustomSignin((event) => captureSignin(signinAssembler.redirect(event))),
    onResponse: onCustomSignin((event) => captureSignin(signinAssembler.response(event))),
    onEnded: guarded((requestId, url) => {
      if (onCustomSigninHost(url)) signinAssembler.forget(requestId);
    }),
  },
  CUSTOM_SIGNIN_FILTER,
);
signinDomainsSource.subscribe(knowSigninHosts);
loadSigninDomains().then(
  (hosts) => {
    // A change heard meanwhile is newer than this read.
    if (customSigninHosts === undefined) knowSigninHosts(hosts);
  },
  () => knowSigninHosts([]),
);

browser.tabs.onRemoved.addListener(
  guarded((tabId: number) => {
    badges.forget(tabId);
    removeTab(tabId).catch(ignore);
  }),
);

// Re-assert the badge when a tab with failures loads a page: Chrome clears a tab's badge when a
// navigation commits, and sign-in failures are navigations themselves (TOOLING.md, "More Chrome
// behaviour"). Tabs without failures are left alone: this event fires for every load.
browser.tabs.onUpdated.addListener(
  guarded((tabId: number, changeInfo: { status?: string }) => {
    if (changeInfo.status !== 'loading' && changeInfo.status !== 'complete') return;
    failuresOnTab(tabId)
      .then((count) => (count > 0 ? refreshBadge(tabId) : undefined))
      .catch(ignore);
  }),
);

browser.runtime.onMessage.addListener(
  createMessageHandler({
    extensionId: browser.runtime.id,
    call: (id) => store.call(id),
    removeTab,
    verify: (token, trusted) => jwks.verify(token, trusted),
  }),
);
