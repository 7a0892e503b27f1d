import type { CallSummary } from '../../core/capture/captureStore';
import type { ApiConfig } from '../../core/config/model';
import { readStageOf } from '../../core/diagnosis/stageOfCall';
import { formatTime } from '../format';
import { ui } from '../words';

interface Props {
  calls: readonly CallSummary[];
  /** Saved configurations: they settle which stage a call went to (`readStage`). */
  configs: readonly ApiConfig[];
  selectedId: string | undefined;
  /** Show which tab each call came from (when listing the calls of all tabs). */
  showTab: boolean;
  onSelect(id: string): void;
}

export function CallList({ calls, configs, selectedId, showTab, onSelect }: Props) {
  return (
    <ul class="call-list">
      {calls.map((call) => {
        const stage = readStageOf(call.api, call.apiType, configs);
        return (
          <li key={call.id}>
            <button
              type="button"
              data-call={call.id}
              data-selected={call.id === selectedId ? 'true' : undefined}
              aria-pressed={call.id === selectedId}
              class={call.id === selectedId ? 'call selected' : 'call'}
              onClick={() => onSelect(call.id)}
              title={call.url}
            >
              <span class="call-line">
                <span class="method">{call.method}</span> <span class="status">{call.statusCode}</span>{' '}
                <span class="path">{call.api.path}</span>
              </span>
              <span class="call-meta">
                {ui.api} {call.api.apiId} · {ui.stage}{' '}
                <span data-call-stage={stage.stage ?? ''} data-stage-basis={stage.basis}>
                  {stage.stage ?? '—'}
                  {stage.basis === 'http-api-response' && ` ${ui.stageAssumed}`}
                </span>{' '}
                · {call.api.region} · {formatTime(call.requestTime)}
                {showTab && ` · ${call.tabId < 0 ? ui.otherGroup : ui.tabLabel(call.tabId)}`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
