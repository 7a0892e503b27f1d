import { useMemo, useState } from 'preact/hooks';
import { summarize } from '../../core/capture/captureStore';
import type { CapturedCall } from '../../core/capture/types';
import type { ApiConfig } from '../../core/config/model';
import { withStageRead } from '../../core/diagnosis/stageOfCall';
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
        selectedId={selected?.id}
        showTab={false}
        onSelect={setSelectedId}
      />
      {selectedRead && <CallDetail key={selectedRead.id} call={selectedRead} configs={configs} />}
    </div>
  );
}
