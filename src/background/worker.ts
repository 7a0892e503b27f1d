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
import { showBadge } from '../platform/badge';
import browser from '../platform/browser';
import { cognitoJwksFetch } from '../platform/jwksFetch';
import { preferredLanguages } from '../platform/languages';
import { listenToApiGatewayTraffic } from '../platform/networkEvents';
import { loadCaptureState, saveCaptureState } from '../platform/sessionCaptureStore';
import { loadSigninState, saveSigninState, sessionSalt } from '../platform/sessionSigninStore';
import { listenToSigninTraffic } from '../platform/signinEvents';

const correlator = new RequestCorrelator();
const signinAssembler = new SigninEventAssembler();
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
/** Cache of the stored sign-in records (SIGNIN.md), written only here too. */
let signinCached: SigninState | undefined;
/** The session's secret digester, keyed with the salt kept in `storage.session`. */
let digester: Promise<DigestSecret> | undefined;

async function currentState(): Promise<CaptureState> {
  cached ??= await loadCaptureState();
  return cached;
}

async function currentSigninState(): Promise<SigninState> {
  signinCached ??= await loadSigninState();
  return signinCached;
}

function sessionDigester(): Promise<DigestSecret> {
  digester ??= sessionSalt().then(secretDigester);
  // A failed start (storage unavailable) is retried on the next request rather than kept.
  digester.catch(() => {
    digester = undefined;
  });
  return digester;
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

/** Failed API calls and failing sign-in steps count alike on the tab's badge (SIGNIN.md). */
async function failuresOnTab(tabId: number, state?: CaptureState): Promise<number> {
  return (
    countForTab(state ?? (await currentState()), tabId) +
    signinStepCountForTab(await currentSigninState(), tabId)
  );
}

async function refreshBadge(tabId: number, state?: CaptureState): Promise<void> {
  await showBadge(tabId, badgeFor(await failuresOnTab(tabId, state), badgeWords));
}

/** Applies one change to the stored sign-in records, then refreshes the badges it touched. */
function updateSignin(change: (state: SigninState) => SigninState, tabIds: number[]): Promise<void> {
  return serially(async () => {
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

/** Secrets become digests before anything is stored; a request that is not a step or context is dropped. */
function captureSignin(hop: AssembledHop | undefined): void {
  if (hop === undefined) return;
  signinPipeline = signinPipeline
    .catch(ignore)
    .then(() => sessionDigester())
    .then((digest) => recordSigninRequest(hop.observed, hop.id, [], digest))
    .then((record) => {
      if (record === undefined) return undefined;
      return updateSignin(
        (state) => addSigninRecord(state, record),
        isSigninStep(record) ? [record.tabId] : [],
      );
    })
    .catch(ignore);
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

listenToSigninTraffic({
  onStart: guarded((event) => signinAssembler.start(event)),
  onHeaders: guarded((event) => signinAssembler.headers(event)),
  onRedirect: guarded((event) => captureSignin(signinAssembler.redirect(event))),
  onResponse: guarded((event) => captureSignin(signinAssembler.response(event))),
  onEnded: guarded((requestId) => signinAssembler.forget(requestId)),
});

browser.tabs.onRemoved.addListener(
  guarded((tabId: number) => {
    updateCalls((state) => removeTab(state, tabId), []).catch(ignore);
    updateSignin((state) => removeSigninTab(state, tabId), []).catch(ignore);
  }),
);

// Re-assert the badge when a tab with failed calls starts loading a page, in case the browser
// reset it. Tabs without calls are left alone: this event fires for every tab's every load.
browser.tabs.onUpdated.addListener(
  guarded((tabId: number, changeInfo: { status?: string }) => {
    // Sign-in failures are navigations: Chrome clears a tab's badge when a navigation commits
    // (TOOLING.md, "More Chrome behaviour"), so the badge is set again once it has.
    if (changeInfo.status !== 'loading' && changeInfo.status !== 'complete') return;
    failuresOnTab(tabId)
      .then((count) => (count > 0 ? refreshBadge(tabId) : undefined))
      .catch(ignore);
  }),
);

function clearCalls(tabId: number): Promise<WorkerResponse<'clear-calls'>> {
  return Promise.all([
    updateSignin((state) => removeSigninTab(state, tabId), []),
    updateCalls((state) => removeTab(state, tabId), [tabId]),
  ]).then(
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
