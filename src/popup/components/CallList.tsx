import type { CallSummary } from '../../core/capture/captureStore';
import { formatTime } from '../format';
import { ui } from '../words';

interface Props {
  calls: CallSummary[];
  selectedId: string | undefined;
  /** Show which tab each call came from (when listing the calls of all tabs). */
  showTab: boolean;
  onSelect(id: string): void;
}

export function CallList({ calls, selectedId, showTab, onSelect }: Props) {
  return (
    <ul class="call-list">
      {calls.map((call) => (
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
              {ui.api} {call.api.apiId} · {ui.stage} {call.api.stage ?? '—'} · {call.api.region} ·{' '}
              {formatTime(call.requestTime)}
              {showTab && ` · ${call.tabId < 0 ? ui.otherGroup : ui.tabLabel(call.tabId)}`}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
