import { useEffect, useState } from 'preact/hooks';
import type { SignatureVerdict } from '../core/diagnosis';
import { isSignatureAnswer } from '../core/messages';
import { askWorker } from '../platform/workerClient';

export type SignatureState =
  | { kind: 'pending' }
  | { kind: 'done'; verdict: SignatureVerdict }
  /** The worker could not be reached or could not answer. */
  | { kind: 'unavailable' };

/**
 * Asks the service worker to verify the signature of a stored call's token. The worker does it
 * because it may fetch the pool's JWKS; the popup sends the call's id, never the token.
 */
export function useSignatureVerdict(callId: string, identityHeader: string | undefined): SignatureState {
  const [state, setState] = useState<SignatureState>({ kind: 'pending' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'pending' });
    const request = { type: 'verify-signature', callId, ...(identityHeader && { identityHeader }) } as const;
    void askWorker(request).then((answer) => {
      if (!live) return;
      setState(
        isSignatureAnswer(answer) && answer.ok
          ? { kind: 'done', verdict: answer.verdict }
          : { kind: 'unavailable' },
      );
    });
    return () => {
      live = false;
    };
  }, [callId, identityHeader]);
  return state;
}
