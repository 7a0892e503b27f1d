import type { CapturedCall } from '../core/capture/types';
// Their own modules, not the diagnosis index: the worker loads no check and no catalog.
import { candidateToken } from '../core/diagnosis/candidateToken';
import type { TrustedIssuer } from '../core/diagnosis/trustedIssuers';
import type { SignatureVerdict } from '../core/diagnosis/types';
import { isWorkerRequest, type WorkerRequest, type WorkerResponse } from '../core/messages';

/** What answering the extension's pages needs from the rest of the worker. */
export interface MessageHandlerDeps {
  /** The extension's own id: only its pages may drive the worker. */
  extensionId: string;
  /** One stored call, or undefined when it is no longer stored. */
  call(id: string): Promise<CapturedCall | undefined>;
  /** Forgets a tab's calls; resolves once storage has. */
  removeTab(tabId: number): Promise<void>;
  verify(token: string, trusted: readonly TrustedIssuer[]): Promise<SignatureVerdict>;
}

/**
 * The worker's `runtime.onMessage` listener. It answers requests from the extension's pages and
 * ignores everything else (other senders, malformed messages) by returning undefined, which
 * leaves the message to other listeners. It never throws and never rejects: a failure is an
 * `{ ok: false }` answer whose words say nothing taken from the call (an error could quote the token).
 */
export function createMessageHandler(
  deps: MessageHandlerDeps,
): (message: unknown, sender: { id?: string }) => Promise<WorkerResponse> | undefined {
  function clearCalls(tabId: number): Promise<WorkerResponse<'clear-calls'>> {
    return deps.removeTab(tabId).then(
      () => ({ ok: true }),
      () => ({ ok: false, error: 'Could not update the stored calls.' }),
    );
  }

  /**
   * The popup names a stored call (and the header its authorizer reads and the issuers it trusts,
   * when configured); the token is read here and goes nowhere but into WebCrypto. The answer is the verdict alone (kid,
   * issuer, lengths), never the token or its signature.
   */
  async function verifySignature(
    callId: string,
    identityHeader: string | undefined,
    trusted: readonly TrustedIssuer[],
  ): Promise<WorkerResponse<'verify-signature'>> {
    try {
      const call = await deps.call(callId);
      if (call === undefined) return { ok: false, error: 'This call is no longer stored.' };
      const token = candidateToken(call, identityHeader === undefined ? undefined : { identityHeader });
      if (token === undefined) return { ok: true, verdict: { kind: 'not-checked', reason: 'undecodable' } };
      return { ok: true, verdict: await deps.verify(token, trusted) };
    } catch {
      return { ok: false, error: 'The signature could not be verified.' };
    }
  }

  function answer(request: WorkerRequest): Promise<WorkerResponse> {
    switch (request.type) {
      case 'clear-calls':
        return clearCalls(request.tabId);
      case 'verify-signature':
        return verifySignature(request.callId, request.identityHeader, request.trustedIssuers ?? []);
    }
  }

  return (message, sender) => {
    if (sender.id !== deps.extensionId || !isWorkerRequest(message)) return undefined;
    try {
      return answer(message).catch((): WorkerResponse => ({ ok: false, error: 'The worker failed.' }));
    } catch {
      return Promise.resolve({ ok: false, error: 'The worker failed.' });
    }
  };
}
