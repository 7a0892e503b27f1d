import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CapturedCall } from '../core/capture/types';
import { candidateToken } from '../core/diagnosis/candidateToken';
import type { JwksClient } from '../core/diagnosis/jwksClient';
import type { TrustedIssuer } from '../core/diagnosis/trustedIssuers';
import type { SignatureVerdict } from '../core/diagnosis/types';
import { hasRemovedSignature } from '../core/handoff/redactSecrets';
import { isSignatureAnswer } from '../core/messages';
import { onSitePermissionsChanged } from '../platform/sitePermissions';
import { askWorker } from '../platform/workerClient';

export type SignatureState =
  | { kind: 'pending' }
  | { kind: 'done'; verdict: SignatureVerdict }
  /** The worker could not be reached or could not answer. */
  | { kind: 'unavailable' }
  /** The token came from one of our HAR exports: its signature was replaced, nothing can verify it. */
  | { kind: 'removed' };

/**
 * How a host gets a call's signature verdict. The popup's calls are in session storage, so the
 * worker verifies them by id; the HAR page's and the DevTools panel's calls are stored nowhere, so
 * those pages verify the token themselves (`pageSignatureSource`). One diagnosis view, two hosts.
 */
export type SignatureSource = (
  call: CapturedCall,
  identityHeader: string | undefined,
  trusted: readonly TrustedIssuer[],
) => SignatureState;

/**
 * Counts changes of the extension's host permissions, so a verdict that waited for the user's
 * grant ("Allow checking signatures from …") is asked for again once it is given. Pages without
 * the permissions API (a DevTools panel) never count.
 */
function usePermissionEpoch(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    try {
      return onSitePermissionsChanged(() => setEpoch((value) => value + 1));
    } catch {
      return undefined;
    }
  }, []);
  return epoch;
}

/**
 * Asks the service worker to verify the signature of a stored call's token. The worker does it
 * because it may fetch the pool's JWKS; the popup sends the call's id, never the token.
 */
export const workerSignatureSource: SignatureSource = (call, identityHeader, trusted) => {
  const [state, setState] = useState<SignatureState>({ kind: 'pending' });
  const callId = call.id;
  const epoch = usePermissionEpoch();
  // A new array each render: the effect follows its content.
  const trustedKey = JSON.stringify(trusted);
  useEffect(() => {
    let live = true;
    setState({ kind: 'pending' });
    const trustedIssuers: TrustedIssuer[] = JSON.parse(trustedKey);
    const request = {
      type: 'verify-signature',
      callId,
      ...(identityHeader && { identityHeader }),
      ...(trustedIssuers.length > 0 && { trustedIssuers }),
    } as const;
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
  }, [callId, identityHeader, trustedKey, epoch]);
  return state;
};

/**
 * Verifies in the page with `client` (which fetches only public keys, a Cognito pool's or a
 * configured issuer's on a granted host, and keeps them in memory): for calls that exist only in this page, read from a HAR or DevTools. A
 * token from one of our exports has no signature left to verify.
 */
export function pageSignatureSource(client: JwksClient): SignatureSource {
  return (call, identityHeader, trusted) => {
    const token = candidateToken(call, identityHeader === undefined ? undefined : { identityHeader });
    const removed = token !== undefined && hasRemovedSignature(token);
    const [state, setState] = useState<SignatureState>(removed ? { kind: 'removed' } : { kind: 'pending' });
    const epoch = usePermissionEpoch();
    const trustedKey = JSON.stringify(trusted);
    useEffect(() => {
      if (removed) {
        setState({ kind: 'removed' });
        return undefined;
      }
      let live = true;
      setState({ kind: 'pending' });
      const verdict: Promise<SignatureVerdict> =
        token === undefined
          ? Promise.resolve({ kind: 'not-checked', reason: 'undecodable' })
          : client.verify(token, JSON.parse(trustedKey) as TrustedIssuer[]);
      verdict.then(
        (done) => live && setState({ kind: 'done', verdict: done }),
        () => live && setState({ kind: 'unavailable' }),
      );
      return () => {
        live = false;
      };
    }, [token, removed, trustedKey, epoch]);
    return state;
  };
}

export const SignatureSourceContext = createContext<SignatureSource>(workerSignatureSource);

/** The verdict for `call` from whichever source the host page provides. */
export function useSignatureVerdict(
  call: CapturedCall,
  identityHeader: string | undefined,
  trusted: readonly TrustedIssuer[],
): SignatureState {
  return useContext(SignatureSourceContext)(call, identityHeader, trusted);
}
