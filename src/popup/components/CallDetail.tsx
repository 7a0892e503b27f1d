import type { CapturedCall } from '../../core/capture/types';
import type { ApiConfig } from '../../core/config/model';
import { formatDateTime } from '../format';
import { useCallConfiguration } from '../useCallConfiguration';
import { ui } from '../words';
import { ConfigSource } from './ConfigSource';
import { CurlButtons } from './CurlButtons';
import { Diagnosis } from './Diagnosis';
import { HeaderTable } from './HeaderTable';

/** `call` as `withStageRead` read it (stage and resource path); `configs` every saved configuration. */
export function CallDetail({ call, configs }: { call: CapturedCall; configs: readonly ApiConfig[] }) {
  const config = useCallConfiguration(call, configs);
  return (
    <article class="call-detail" data-call-detail={call.id}>
      <p class="request-line">
        <strong>{call.method}</strong> <span class="url">{call.url}</span>
      </p>
      <p class="status-line">{call.statusLine}</p>
      <p class="meta">
        {ui.requestedAt} {formatDateTime(call.requestTime)}
        {call.initiator && ` · ${ui.initiator} ${call.initiator}`}
      </p>
      <ConfigSource call={call} config={config} />
      <Diagnosis call={call} config={config} />
      <CurlButtons
        call={call}
        {...(config?.identityHeader !== undefined && { identityHeader: config.identityHeader })}
      />
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
      {call.responseBody?.text !== undefined && (
        // Only a HAR or DevTools has bodies (webRequest reports none): the popup never shows this.
        <details data-response-body>
          <summary>
            {ui.handoff.responseBody}
            {call.responseBody.truncated && ` (${ui.handoff.responseBodyCut})`}
          </summary>
          <pre class="body-text">{call.responseBody.text}</pre>
        </details>
      )}
    </article>
  );
}
