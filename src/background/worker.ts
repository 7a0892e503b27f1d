/**
 * The service worker: wires browser events to the pure core and keeps nothing of its own worth
 * testing. Every listener is registered synchronously at the top level, so Chrome can wake a
 * stopped worker for them; state lives in `storage.session`, never in module globals alone.
 */

import type { Runtime } from 'webextension-polyfill';
import { badgeFor, badgeWordsFor } from '../core/capture/badgeState';
import { addCall, type CaptureState, countForTab, removeTab } from '../core/capture/captureStore';
import { RequestCorrelator } from '../core/capture/requestCorrelator';
import type { CapturedCall } from '../core/capture/types';
// Imported from their own modules, not the diagnosis index: the worker loads no check and no catalog.
import { candidateToken } from '../core/diagnosis/candidateToken';
import { createJwksClient } from '../core/diagnosis/jwksClient';
import { pickLocale } from '../core/i18n/locale';
import { isWorkerRequest, type WorkerRequest, type WorkerResponse } from '../core/messages';
import { createSerialQueue } from '../core/serialQueue';
import { showBadge } from '../platform/badge';
import browser from '../platform/browser';
import { cognitoJwksFetch } from '../platform/jwksFetch';
import { preferredLanguages } from '../platform/languages';
import { listenToApiGatewayTraffic } from '../platform/networkEvents';
import { loadCaptureState, saveCaptureState } from '../platform/sessionCaptureStore';

const correlator = new RequestCorrelator();
const serially = createSerialQueue();
/**
 * One client for the worker's life, so each pool's keys are downloaded once (and, through
 * `cognitoJwksFetch`, read back from `storage.session` after a restart).
 */
const jwks = createJwksClient({ fetch: cognitoJwksFetch, now: Date.now });
/** The badge tooltip's words, in the browser's language (read once per worker start). */
const badgeWords = badgeWordsFor(pickLocale(preferredLanguages()));
/** Cache of the stored state; the worker is its only writer. Undefined after a worker restart. */
let cached: CaptureState | undefined;

async function currentState(): Promise<CaptureState> {
  cached ??= await loadCaptureState();
  return cached;
}

/** Applies one change to the stored calls, then refreshes the badges of the tabs it touched. */
function updateCalls(change: (state: CaptureState) => CaptureState, tabIds: number[]): Promise<void> {
  return serially(async () => {
    const next = change(await currentState());
    cached = next;
    await saveCaptureState(next);
    await Promise.all(tabIds.filter((tabId) => tabId >= 0).map((tabId) => refreshBadge(tabId, next)));
  });
}

async function refreshBadge(tabId: number, state?: CaptureState): Promise<void> {
  const count = countForTab(state ?? (await currentState()), tabId);
  await showBadge(tabId, badgeFor(count, badgeWords));
}

function capture(call: CapturedCall): void {
  updateCalls((state) => addCall(state, call), [call.tabId]).catch(ignore);
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
  onRequestHeaders: guarded((event) => correlator.recordRequest(event)),
  onResponseHeaders: guarded((event) => {
    const call = correlator.resolveResponse(event);
    if (call) capture(call);
  }),
  onRequestEnded: guarded((requestId) => correlator.forget(requestId)),
});

browser.tabs.onRemoved.addListener(
  guarded((tabId: number) => {
    updateCalls((state) => removeTab(state, tabId), []).catch(ignore);
  }),
);

// Re-assert the badge when a tab with failed calls starts loading a page, in case the browser
// reset it. Tabs without calls are left alone: this event fires for every tab's every load.
browser.tabs.onUpdated.addListener(
  guarded((tabId: number, changeInfo: { status?: string }) => {
    if (changeInfo.status !== 'loading') return;
    currentState()
      .then((state) => (countForTab(state, tabId) > 0 ? refreshBadge(tabId, state) : undefined))
      .catch(ignore);
  }),
);

function clearCalls(tabId: number): Promise<WorkerResponse<'clear-calls'>> {
  return updateCalls((state) => removeTab(state, tabId), [tabId]).then(
    () => ({ ok: true }),
    () => ({ ok: false, error: 'Could not update the stored calls.' }),
  );
}

/**
 * The popup names a stored call (and the header its authorizer reads, when configured); the token
 * is read here and goes nowhere but into WebCrypto. The answer is the verdict alone (kid, issuer,
 * lengths), never the token or its signature.
 */
async function verifySignature(
  callId: string,
  identityHeader: string | undefined,
): Promise<WorkerResponse<'verify-signature'>> {
  try {
    const call = (await currentState()).calls.find((stored) => stored.id === callId);
    if (call === undefined) return { ok: false, error: 'This call is no longer stored.' };
    const token = candidateToken(call, identityHeader === undefined ? undefined : { identityHeader });
    if (token === undefined) return { ok: true, verdict: { kind: 'not-checked', reason: 'undecodable' } };
    return { ok: true, verdict: await jwks.verify(token) };
  } catch {
    // Nothing from the error is passed on: it could quote the token.
    return { ok: false, error: 'The signature could not be verified.' };
  }
}

function answer(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.type) {
    case 'clear-calls':
      return clearCalls(request.tabId);
    case 'verify-signature':
      return verifySignature(request.callId, request.identityHeader);
  }
}

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<WorkerResponse> | undefined => {
    // Only the extension's own pages may drive the worker.
    if (sender.id !== browser.runtime.id || !isWorkerRequest(message)) return undefined;
    return answer(message).catch((): WorkerResponse => ({ ok: false, error: 'The worker failed.' }));
  },
);
