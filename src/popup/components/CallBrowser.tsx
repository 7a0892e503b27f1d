import { useMemo, useState } from 'preact/hooks';
import { summarize } from '../../core/capture/captureStore';
import type { CapturedCall } from '../../core/capture/types';
import type { ApiConfig } from '../../core/config/model';
import { callCause } from '../../core/diagnosis/callCause';
import { withStageRead } from '../../core/diagnosis/stageOfCall';
import { EMPTY_SIGNIN_CONFIGURATION } from '../../core/signin/appClientConfig';
import { signinConfigurationSource } from '../../platform/signinConfigStore';
import { useStoredValue } from '../../ui-shared/useStoredValue';
import { useNow } from '../useNow';
import { CallDetail } from './CallDetail';
import { CallList } from './CallList';

/**
 * The popup's list and diagnosis over calls that live only in the page that shows them (a HAR
 * file, the DevTools panel): the same `CallList` and `CallDetail`, so the same `data-call`,
 * `data-check`, `data-claim` and headline. The host provides the signature source.
 */
export function CallBrowser({
  calls,
  configs,
}: {
  calls: readonly CapturedCall[];
  configs: readonly ApiConfig[];
}) {
  const [selectedId, setSelectedId] = useState<string>();
  const summaries = useMemo(() => calls.map(summarize), [calls]);
  // The imported app clients, which `token.client` reads: the rows' causes agree with the detail.
  const appClients = useStoredValue(signinConfigurationSource, EMPTY_SIGNIN_CONFIGURATION).value.clients;
  // The calls are in memory here: their causes are computed at once (the popup reads them later).
  const causes = useMemo(
    () => new Map(calls.map((call) => [call.id, callCause(call, configs, appClients)] as const)),
    [calls, configs, appClients],
  );
  const now = useNow(30_000);
  const selected = calls.find((call) => call.id === selectedId) ?? calls[0];
  const selectedRead = useMemo(
    () => (selected === undefined ? undefined : withStageRead(selected, configs)),
    [selected, configs],
  );
  return (
    <div class="call-browser">
      <CallList
        calls={summaries}
        configs={configs}
        causes={causes}
        now={now}
        selectedId={selected?.id}
        showTab={false}
        onSelect={setSelectedId}
      />
      {selectedRead && <CallDetail key={selectedRead.id} call={selectedRead} configs={configs} now={now} />}
    </div>
  );
}
