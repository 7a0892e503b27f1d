import { useEffect, useState } from 'preact/hooks';
import type { CallSummary } from '../core/capture/captureStore';
import type { DomainConfig } from '../core/config/domainMappings';
import type { ApiConfig } from '../core/config/model';
import { type CallCause, callCause } from '../core/diagnosis/callCause';
import type { AppClientConfig } from '../core/signin/appClientConfig';
import { loadCapturedCalls } from '../platform/sessionCaptureStore';

const NO_CLIENTS: readonly AppClientConfig[] = [];
const NO_DOMAINS: readonly DomainConfig[] = [];

/** Calls read per storage request: a batch's cost stays small next to the popup's first render. */
const BATCH = 10;

/**
 * The cause of each listed call, for its row. The list itself comes from the capture index, which
 * holds no headers: the calls are read here, after the list is shown, a batch at a time, and only
 * their causes are kept (a call never changes once stored, so each is read once; again only when
 * the configurations, the imported app clients or the base path mappings change, since they
 * change the causes).
 */
export function useCallCauses(
  calls: readonly CallSummary[],
  configs: readonly ApiConfig[],
  appClients: readonly AppClientConfig[] = NO_CLIENTS,
  domains: readonly DomainConfig[] = NO_DOMAINS,
): ReadonlyMap<string, CallCause> {
  const [known, setKnown] = useState<{
    configs: readonly ApiConfig[];
    appClients: readonly AppClientConfig[];
    domains: readonly DomainConfig[];
    causes: Map<string, CallCause>;
  }>({ configs, appClients, domains, causes: new Map() });
  const current = (state: typeof known) =>
    state.configs === configs && state.appClients === appClients && state.domains === domains;
  const causes = current(known) ? known.causes : new Map<string, CallCause>();
  const missing = calls.filter((call) => !causes.has(call.id)).map((call) => call.id);
  const missingKey = missing.join(',');

  useEffect(() => {
    if (missingKey === '') return undefined;
    let live = true;
    const ids = missingKey.split(',');
    void (async () => {
      // Let the list and the selected call's diagnosis paint first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (let start = 0; start < ids.length && live; start += BATCH) {
        let loaded: Awaited<ReturnType<typeof loadCapturedCalls>>;
        try {
          loaded = await loadCapturedCalls(ids.slice(start, start + BATCH));
        } catch {
          return;
        }
        if (!live) return;
        const found = loaded.map((call) => [call.id, callCause(call, configs, appClients, domains)] as const);
        setKnown((previous) => {
          const base = current(previous) ? previous.causes : new Map<string, CallCause>();
          return { configs, appClients, domains, causes: new Map([...base, ...found]) };
        });
      }
    })();
    return () => {
      live = false;
    };
  }, [missingKey, configs, appClients, domains]);

  return causes;
}
