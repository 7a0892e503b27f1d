import type { CallSummary } from '../../core/capture/captureStore';
import type { ApiConfig } from '../../core/config/model';
import { readStageOf } from '../../core/diagnosis/stageOfCall';
import type { SigninRecord } from '../../core/signin/signinRecord';
import { formatTime } from '../format';
import { edition, ui } from '../words';

interface Props {
  calls: readonly CallSummary[];
  /** Failing sign-in steps of the tab (SIGNIN.md), listed with the calls, newest first. */
  steps?: readonly SigninRecord[];
  /** Saved configurations: they settle which stage a call went to (`readStage`). */
  configs: readonly ApiConfig[];
  selectedId: string | undefined;
  /** Show which tab each call came from (when listing the calls of all tabs). */
  showTab: boolean;
  onSelect(id: string): void;
}

type Entry = { kind: 'call'; call: CallSummary } | { kind: 'step'; step: SigninRecord };

function timeOf(entry: Entry): number {
  return entry.kind === 'call' ? entry.call.requestTime : entry.step.requestTime;
}

export function CallList({ calls, steps = [], configs, selectedId, showTab, onSelect }: Props) {
  const entries: Entry[] = [
    ...calls.map((call): Entry => ({ kind: 'call', call })),
    ...steps.map((step): Entry => ({ kind: 'step', step })),
  ].sort((a, b) => timeOf(b) - timeOf(a));
  return (
    <ul class="call-list">
      {entries.map((entry) => {
        if (entry.kind === 'step') {
          return (
            <SigninStepItem
              key={entry.step.id}
              step={entry.step}
              selectedId={selectedId}
              onSelect={onSelect}
            />
          );
        }
        const call = entry.call;
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
/** A failing sign-in step: method, status and the path of the request that carries the error. */
function SigninStepItem({
  step,
  selectedId,
  onSelect,
}: {
  step: SigninRecord;
  selectedId: string | undefined;
  onSelect(id: string): void;
}) {
  const selected = step.id === selectedId;
  return (
    <li>
      <button
        type="button"
        data-call={step.id}
        data-signin-step={step.endpoint}
        data-selected={selected ? 'true' : undefined}
        aria-pressed={selected}
        class={selected ? 'call selected' : 'call'}
        onClick={() => onSelect(step.id)}
        title={step.url}
      >
        <span class="call-line">
          <span class="method">{step.method}</span> <span class="status">{step.statusCode ?? '—'}</span>{' '}
          <span class="path">{new URL(step.url).pathname}</span>
        </span>
        <span class="call-meta">
          {edition.signin.stepLabel} · {step.domain.host} · {formatTime(step.requestTime)}
        </span>
      </button>
    </li>
  );
}
