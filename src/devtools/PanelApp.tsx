import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CapturedCall } from '../core/capture/types';
import { addPanelCall, devtoolsEntryToCall } from '../core/har/panelCalls';
import { devtoolsNetwork, type RecordedRequest } from '../platform/devtoolsNetwork';
import { createPageJwksClient } from '../platform/pageJwks';
import { CallBrowser } from '../popup/components/CallBrowser';
import { useApiConfigs } from '../popup/useCallConfiguration';
import { pageSignatureSource, SignatureSourceContext } from '../popup/useSignatureVerdict';
import { ui } from '../popup/words';

/**
 * The DevTools panel "401 Doctor": the inspected tab's failing calls (the capture rule of
 * CHECKS.md, on any host) with their response bodies, first from what DevTools recorded before the
 * panel opened (`getHAR`), then live. Stored nowhere: the panel's state is all there is.
 */
export function PanelApp() {
  const [calls, setCalls] = useState<CapturedCall[]>([]);
  const [dropped, setDropped] = useState(0);
  const configs = useApiConfigs();
  const signatureSource = useMemo(() => pageSignatureSource(createPageJwksClient()), []);

  useEffect(() => {
    const network = devtoolsNetwork();
    if (network === undefined) return undefined;
    let live = true;
    let index = 0;
    const take = async (request: RecordedRequest) => {
      const verdict = await devtoolsEntryToCall(request.entry, index++, request.content);
      if (!live || verdict.kind !== 'call') return;
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
  }, []);

  return (
    <main>
      <header class="top">
        <h1>{ui.appTitle}</h1>
      </header>
      <p class="intro note">{ui.panel.intro}</p>
      {dropped > 0 && <p class="note">{ui.panel.dropped(dropped)}</p>}
      {calls.length === 0 ? (
        <p class="empty" data-empty>
          {ui.panel.waiting}
        </p>
      ) : (
        <SignatureSourceContext.Provider value={signatureSource}>
          <CallBrowser calls={calls} configs={configs} />
        </SignatureSourceContext.Provider>
      )}
    </main>
  );
}
