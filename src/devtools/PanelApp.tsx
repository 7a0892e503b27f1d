import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CapturedCall } from '../core/capture/types';
import { devtoolsSigninRecord, HarSigninReader } from '../core/har/harSignin';
import { addPanelCall, devtoolsEntryToCall } from '../core/har/panelCalls';
import { EMPTY_SIGNIN_CONFIGURATION, signinHostsOf } from '../core/signin/appClientConfig';
import { newSalt, secretDigester } from '../core/signin/secretDigest';
import {
  addSigninRecord,
  EMPTY_SIGNIN_STATE,
  isSigninStep,
  type SigninState,
} from '../core/signin/signinStore';
import { devtoolsNetwork, type RecordedRequest } from '../platform/devtoolsNetwork';
import { signinDomainsSource } from '../platform/domainStore';
import { createPageJwksClient } from '../platform/pageJwks';
import { signinConfigurationSource } from '../platform/signinConfigStore';
import { CallBrowser } from '../popup/components/CallBrowser';
import { useApiConfigs } from '../popup/useCallConfiguration';
import { pageSignatureSource, SignatureSourceContext } from '../popup/useSignatureVerdict';
import { ui } from '../popup/words';
import { useStoredValue } from '../ui-shared/useStoredValue';

const NO_HOSTS: string[] = [];

/**
 * The DevTools panel "401 Doctor": the inspected tab's failing calls (the capture rule of
 * CHECKS.md, on any host) and failing sign-in steps (SIGNIN.md) with their response bodies, first
 * from what DevTools recorded before the panel opened (`getHAR`), then live. Stored nowhere: the
 * panel's state is all there is, and sign-in secrets are digested with a salt that lives and dies
 * with the panel.
 */
export function PanelApp() {
  const [calls, setCalls] = useState<CapturedCall[]>([]);
  const [signin, setSignin] = useState<SigninState>(EMPTY_SIGNIN_STATE);
  const [dropped, setDropped] = useState(0);
  const configs = useApiConfigs();
  const signinConfiguration = useStoredValue(signinConfigurationSource, EMPTY_SIGNIN_CONFIGURATION);
  const signatureSource = useMemo(() => pageSignatureSource(createPageJwksClient()), []);
  // Custom sign-in domains must be known before the log is read: it waits for the stored value.
  // The imported pools' and those watched on the options page, as the capture reads them.
  const watchedSigninDomains = useStoredValue(signinDomainsSource, NO_HOSTS);
  const customDomains = useMemo(
    () =>
      signinConfiguration.status === 'loading' || watchedSigninDomains.status === 'loading'
        ? undefined
        : [
            ...new Set([
              ...signinConfiguration.value.pools.flatMap(signinHostsOf),
              ...watchedSigninDomains.value,
            ]),
          ],
    [
      signinConfiguration.status,
      signinConfiguration.value,
      watchedSigninDomains.status,
      watchedSigninDomains.value,
    ],
  );
  const domainsKey = customDomains?.join(' ');

  useEffect(() => {
    const network = devtoolsNetwork();
    if (network === undefined || customDomains === undefined) return undefined;
    let live = true;
    let index = 0;
    const reader = new HarSigninReader(customDomains);
    const digest = secretDigester(newSalt());
    const takeSignin = async (request: RecordedRequest, at: number) => {
      // Read at once, in the log's order: the reader ties each hop to the redirect before it.
      const observed = reader.observe(request.entry, at);
      if (observed === undefined) return false;
      const recorded = await devtoolsSigninRecord(
        request.entry,
        observed,
        String(at),
        request.content,
        await digest,
        customDomains,
      ).catch(() => undefined);
      if (!live || recorded === undefined) return true;
      // The same exchange can come twice (getHAR, then onRequestFinished): it is kept once, under an
      // id made of what was kept of it (its URL without secrets), so the first copy's chain stays.
      const record = {
        ...recorded,
        id: `devtools ${recorded.requestTime} ${recorded.method} ${recorded.statusCode ?? ''} ${recorded.url}`,
      };
      setSignin((state) =>
        state.records.some((known) => known.id === record.id) ? state : addSigninRecord(state, record),
      );
      return true;
    };
    const take = async (request: RecordedRequest) => {
      const at = index++;
      if (reader.isSigninEntry(request.entry)) {
        await takeSignin(request, at);
        return;
      }
      const verdict = await devtoolsEntryToCall(request.entry, at, request.content);
      if (!live) return;
      if (verdict.kind !== 'call') return;
      setCalls((current) => {
        const next = addPanelCall(current, verdict.call);
        if (next.dropped > 0) setDropped((count) => count + next.dropped);
        return next.added ? next.calls : current;
      });
    };
    // Listening first, then reading the log: a request that finishes in between is in one or both,
    // and `addPanelCall` keeps it once.
    const stop = network.onFinished((request) => void take(request));
    void network.recorded().then((requests) => {
      for (const request of requests) void take(request);
    });
    return () => {
      live = false;
      stop();
    };
  }, [domainsKey]);

  const empty = calls.length === 0 && !signin.records.some(isSigninStep);
  return (
    <main>
      <header class="top">
        <h1>{ui.appTitle}</h1>
      </header>
      <p class="intro note">{ui.panel.intro}</p>
      {dropped > 0 && <p class="note">{ui.panel.dropped(dropped)}</p>}
      {empty ? (
        <p class="empty" data-empty>
          {ui.panel.waiting}
        </p>
      ) : (
        <SignatureSourceContext.Provider value={signatureSource}>
          <CallBrowser calls={calls} configs={configs} signinRecords={signin.records} />
        </SignatureSourceContext.Provider>
      )}
    </main>
  );
}
