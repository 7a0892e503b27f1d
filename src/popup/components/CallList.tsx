import { useRef, useState } from 'preact/hooks';
import type { CallSummary } from '../../core/capture/captureStore';
import type { ApiConfig } from '../../core/config/model';
import type { CallCause } from '../../core/diagnosis/callCause';
import { readStageOf } from '../../core/diagnosis/stageOfCall';
import { causeWords } from '../../core/i18n/render';
import { FILTER_FROM, matchesFilter, rovingTarget } from '../callListView';
import { catalog, ui } from '../words';

interface Props {
  calls: readonly CallSummary[];
  /** Saved configurations: they settle which stage a call went to (`readStageOf`). */
  configs: readonly ApiConfig[];
  /**
   * Each call's cause, by id, as far as it is known yet (`useCallCauses` reads the calls after the
   * list is shown): a row without one shows no cause until it comes.
   */
  causes: ReadonlyMap<string, CallCause>;
  selectedId: string | undefined;
  /** Show which tab each call came from (when listing the calls of all tabs). */
  showTab: boolean;
  /** Titles of the calls' tabs, where Chrome tells them; a tab without one shows its id. */
  tabTitles?: ReadonlyMap<number, string>;
  /** ms since epoch, for "2 min ago". */
  now: number;
  onSelect(id: string): void;
}

const STATUS_ICON = { fail: '✗', warn: '!', pass: '✓', info: 'i', skip: '–', undecided: '?' } as const;

/**
 * The captured calls, one row each with its cause in a few words and how long ago it was made.
 * One Tab stop (roving tabindex): arrow keys, Home and End move between rows and select, as in a
 * listbox; a filter box appears once the list is long.
 */
export function CallList({ calls, configs, causes, selectedId, showTab, tabTitles, now, onSelect }: Props) {
  const [filter, setFilter] = useState('');
  const [focusedId, setFocusedId] = useState<string>();
  const rows = useRef<Array<HTMLDivElement | null>>([]);
  const tabName = (tabId: number) =>
    tabId < 0 ? ui.otherGroup : (tabTitles?.get(tabId) ?? ui.tabLabel(tabId));

  const described = calls.map((call) => {
    const cause = causes.get(call.id);
    return { call, cause, words: cause === undefined ? '' : causeWords(cause, catalog) };
  });
  const visible = described.filter(({ call, words }) =>
    matchesFilter(
      [
        call.method,
        String(call.statusCode),
        call.api.path,
        call.api.apiId,
        words,
        showTab ? tabName(call.tabId) : '',
      ],
      filter,
    ),
  );
  // The Tab stop: the row last focused, else the selected one, else the first shown.
  const indexOf = (id: string | undefined) =>
    id === undefined ? -1 : visible.findIndex(({ call }) => call.id === id);
  const stop = [indexOf(focusedId), indexOf(selectedId)].find((index) => index >= 0) ?? 0;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = visible[index];
      if (row) onSelect(row.call.id);
      return;
    }
    const target = rovingTarget(event.key, index, visible.length);
    if (target === undefined) return;
    event.preventDefault();
    const row = visible[target];
    if (!row) return;
    setFocusedId(row.call.id);
    onSelect(row.call.id);
    rows.current[target]?.focus();
  };

  return (
    <>
      {calls.length >= FILTER_FROM && (
        <input
          type="search"
          class="call-filter"
          data-call-filter
          aria-label={ui.filterCalls}
          placeholder={ui.filterPlaceholder}
          value={filter}
          onInput={(event) => setFilter((event.target as HTMLInputElement).value)}
        />
      )}
      {visible.length === 0 ? (
        <p class="note" data-call-filter-empty>
          {ui.noCallMatches}
        </p>
      ) : (
        <div class="call-list" role="listbox" aria-label={ui.callListLabel}>
          {visible.map(({ call, cause, words }, index) => {
            const stage = readStageOf(call.api, call.apiType, configs);
            const selected = call.id === selectedId;
            return (
              <div
                key={call.id}
                ref={(element) => {
                  rows.current[index] = element;
                }}
                role="option"
                tabIndex={index === stop ? 0 : -1}
                aria-selected={selected}
                data-call={call.id}
                data-selected={selected ? 'true' : undefined}
                data-call-cause={cause === undefined ? undefined : (cause.headline?.id ?? 'undecided')}
                class={selected ? 'call selected' : 'call'}
                onClick={() => {
                  setFocusedId(call.id);
                  onSelect(call.id);
                }}
                onFocus={() => setFocusedId(call.id)}
                onKeyDown={(event) => onKeyDown(event, index)}
                title={call.url}
              >
                <span class="call-line">
                  <span class="method">{call.method}</span> <span class="status">{call.statusCode}</span>{' '}
                  <span class="path">{call.api.path}</span>
                  {cause && (
                    <span class={`call-cause cause-${cause.status}`}>
                      <span aria-hidden="true">{STATUS_ICON[cause.status]}</span> {words}
                    </span>
                  )}
                </span>
                <span class="call-meta">
                  <span class="ago">{catalog.ago((now - call.requestTime) / 1000)}</span> · {ui.api}{' '}
                  {call.api.apiId} · {ui.stage}{' '}
                  <span data-call-stage={stage.stage ?? ''} data-stage-basis={stage.basis}>
                    {stage.stage ?? '—'}
                    {stage.basis === 'http-api-response' && ` ${ui.stageAssumed}`}
                  </span>{' '}
                  · {call.api.region}
                  {showTab && (
                    <>
                      {' · '}
                      <span class="tab-name" data-call-tab={call.tabId}>
                        {tabName(call.tabId)}
                      </span>
                    </>
                  )}
                </span>
              </div>
            );
          })}
        </div>
      )}
    </>
  );
}
