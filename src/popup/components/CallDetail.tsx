import type { CapturedCall } from '../../core/capture/types';
import type { ApiConfig } from '../../core/config/model';
import { formatDateTime } from '../format';
import { useCallConfiguration } from '../useCallConfiguration';
import { useSignatureVerdict } from '../useSignatureVerdict';
import { ui } from '../words';
import { DiagnosisView } from './DiagnosisView';
import { HeaderTable } from './HeaderTable';

/**
 * `call` as `withStageRead` read it (stage and resource path); `configs` every saved configuration;
 * `now` the popup's clock for "2 min ago".
 */
export function CallDetail({
  call,
  configs,
  now,
}: {
  call: CapturedCall;
  configs: readonly ApiConfig[];
  now: number;
}) {
  const config = useCallConfiguration(call, configs);
  // The popup's way to the verdict: the worker verifies (it may fetch the pool's keys).
  const signature = useSignatureVerdict(call.id, config?.identityHeader);
  return (
    <article class="call-detail" data-call-detail={call.id}>
      <DiagnosisView call={call} config={config} signature={signature} now={now} />
      <h2>{ui.requestDetails}</h2>
      <p class="status-line">{call.statusLine}</p>
      <p class="meta">
        {ui.requestedAt} {formatDateTime(call.requestTime)}
        {call.initiator && ` · ${ui.initiator} ${call.initiator}`}
      </p>
      <details>
        <summary>{ui.requestHeaders}</summary>
        {call.requestHeaders ? (
          <HeaderTable headers={call.requestHeaders} kind="request" identityHeader={config?.identityHeader} />
        ) : (
          <p class="note">{ui.requestHeadersMissing}</p>
        )}
      </details>
      <details>
        <summary>{ui.responseHeaders}</summary>
        <HeaderTable headers={call.responseHeaders} kind="response" />
      </details>
    </article>
  );
}
