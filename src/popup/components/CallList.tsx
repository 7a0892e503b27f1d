import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallSummary } from '../../core/capture/captureStore';
import { mapCustomDomain } from '../../core/config/customDomains';
import type { DomainConfig } from '../../core/config/domainMappings';
import type { ApiConfig } from '../../core/config/model';
import type { CallCause } from '../../core/diagnosis/callCause';
import { readStageOf } from '../../core/diagnosis/stageOfCall';
import { causeWords } from '../../core/i18n/render';
import type { SigninRecord } from '../../core/signin/signinRecord';
import { FILTER_FROM, matchesFilter, rovingTarget } from '../callListView';
import { catalog, ui, useSigninWords } from '../words';

interface Props {
  calls: readonly CallSummary[];
  /** Failing sign-in steps of the tab (SIGNIN.md), listed with the calls, newest first. */
  steps?: readonly SigninRecord[];
  /** Saved configurations: they settle which stage a call went to (`readStageOf`). */
  configs: readonly ApiConfig[];
  /** Base path mappings of watched custom domains: a call there names its API and stage through them. */
  domains?: readonly DomainConfig[];
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

/**
 * Rows of the first render; the others follow a task later. The list shows about three rows at
 * once (popup.css), and with the store full the 50 rows were half of the popup's first render
 * (docs/performance.md, "Issue 8's targets in one quiet run").
 */
const FIRST_ROWS = 10;

const STATUS_ICON = { fail: '✗', warn: '!', pass: '✓', info: 'i', skip: '–', undecided: '?' } as const;

/** A row: a captured call, or a failing sign-in step of the tab. */
type Entry = { kind: 'call'; call: CallSummary } | { kind: 'step'; step: SigninRecord };

function idOf(entry: Entry): string {
  return entry.kind === 'call' ? entry.call.id : entry.step.id;
}

/** A listed call on a custom domain, read through its base path mappings (`mapCustomDomain`). */
function withMappedApi(
  call: CallSummary,
  domains: readonly DomainConfig[],
  configs: readonly ApiConfig[],
): CallSummary {
  if (call.api.customDomain === undefined) return call;
  const api = mapCustomDomain(call.api, hostOf(call.url), domains, configs);
  return api === call.api ? call : { ...call, api };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function timeOf(entry: Entry): number {
  return entry.kind === 'call' ? entry.call.requestTime : entry.step.requestTime;
}

/**
 * The captured calls and failing sign-in steps, newest first: a call's row has its cause in a few
 * words and how long ago it was made. One Tab stop (roving tabindex): arrow keys, Home and End
 * move between rows and select, as in a listbox; a filter box appears once the list is long.
 */
export function CallList({
  calls,
  steps = [],
  configs,
  domains = [],
  causes,
  selectedId,
  showTab,
  tabTitles,
  now,
  onSelect,
}: Props) {
  const [filter, setFilter] = useState('');
  const [focusedId, setFocusedId] = useState<string>();
  const [allRows, setAllRows] = useState(false);
  useEffect(() => {
    if (allRows) return undefined;
    const timer = setTimeout(() => setAllRows(true), 0);
    return () => clearTimeout(timer);
  }, [allRows]);
  const rows = useRef<Array<HTMLDivElement | null>>([]);
  const signin = useSigninWords(steps.length > 0);
  const tabName = (tabId: number) =>
    tabId < 0 ? ui.otherGroup : (tabTitles?.get(tabId) ?? ui.tabLabel(tabId));

  const entries: Entry[] = [
    ...calls.map((call): Entry => ({ kind: 'call', call: withMappedApi(call, domains, configs) })),
    ...steps.map((step): Entry => ({ kind: 'step', step })),
  ].sort((a, b) => timeOf(b) - timeOf(a));
  // No filter typed (the usual case): no row's words to build.
  const visible =
    filter.trim() === '' ? entries : entries.filter((entry) => matchesFilter(rowWords(entry), filter));

  function rowWords(entry: Entry): string[] {
    if (entry.kind === 'step') {
      const { step } = entry;
      return [step.method, String(step.statusCode ?? ''), step.url, signin?.stepLabel ?? ''];
    }
    const { call } = entry;
    const cause = causes.get(call.id);
    return [
      call.method,
      String(call.statusCode),
      call.api.path,
      call.api.apiId,
      cause === undefined ? '' : causeWords(cause, catalog),
      showTab ? tabName(call.tabId) : '',
    ];
  }

  // The Tab stop: the row last focused, else the selected one, else the first shown.
  const indexOf = (id: string | undefined) =>
    id === undefined ? -1 : visible.findIndex((entry) => idOf(entry) === id);
  const stop = [indexOf(focusedId), indexOf(selectedId)].find((index) => index >= 0) ?? 0;
  // The first render's rows: the first ones, down to the selected row and the Tab stop at least.
  const shown = allRows ? visible : visible.slice(0, Math.max(FIRST_ROWS, indexOf(selectedId) + 1, stop + 1));

  const choose = (id: string) => {
    setFocusedId(id);
    onSelect(id);
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const entry = visible[index];
      if (entry) onSelect(idOf(entry));
      return;
    }
    const target = rovingTarget(event.key, index, visible.length);
    if (target === undefined) return;
    event.preventDefault();
    const entry = visible[target];
    if (!entry) return;
    choose(idOf(entry));
    rows.current[target]?.focus();
  };

  return (
    <>
      {entries.length >= FILTER_FROM && (
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
          {shown.map((entry, index) => {
            const id = idOf(entry);
            const selected = id === selectedId;
            const row = {
              ref: (element: HTMLDivElement | null) => {
                rows.current[index] = element;
              },
              role: 'option' as const,
              tabIndex: index === stop ? 0 : -1,
              'aria-selected': selected,
              'data-call': id,
              'data-selected': selected ? 'true' : undefined,
              class: selected ? 'call selected' : 'call',
              onClick: () => choose(id),
              onFocus: () => setFocusedId(id),
              onKeyDown: (event: KeyboardEvent) => onKeyDown(event, index),
            };
            if (entry.kind === 'step') {
              const { step } = entry;
              return (
                <div key={id} {...row} data-signin-step={step.endpoint} title={step.url}>
                  <span class="call-line">
                    <span class="method">{step.method}</span>{' '}
                    <span class="status">{step.statusCode ?? '—'}</span>{' '}
                    <span class="path">{new URL(step.url).pathname}</span>
                  </span>
                  <span class="call-meta">
                    <span class="ago">{catalog.ago((now - step.requestTime) / 1000)}</span> ·{' '}
                    {signin?.stepLabel} · {step.domain.host}
                  </span>
                </div>
              );
            }
            const { call } = entry;
            const cause = causes.get(call.id);
            const stage = readStageOf(call.api, call.apiType, configs);
            // A custom domain with no mapping yet has no API id to show: its host says where it went.
            const apiName = call.api.apiId === '' ? hostOf(call.url) : call.api.apiId;
            return (
              <div
                key={id}
                {...row}
                data-call-cause={cause === undefined ? undefined : (cause.headline?.id ?? 'undecided')}
                title={call.url}
              >
                <span class="call-line">
                  <span class="method">{call.method}</span> <span class="status">{call.statusCode}</span>{' '}
                  <span class="path">{call.api.path}</span>
                  {cause && (
                    <span class={`call-cause cause-${cause.status}`}>
                      <span aria-hidden="true">{STATUS_ICON[cause.status]}</span> {causeWords(cause, catalog)}
                    </span>
                  )}
                </span>
                <span class="call-meta">
                  <span class="ago">{catalog.ago((now - call.requestTime) / 1000)}</span> · {ui.api} {apiName}{' '}
                  · {ui.stage}{' '}
                  <span data-call-stage={stage.stage ?? ''} data-stage-basis={stage.basis}>
                    {stage.stage ?? '—'}
                    {stage.basis === 'http-api-response' && ` ${ui.stageAssumed}`}
                  </span>
                  {call.api.region !== '' && ` · ${call.api.region}`}
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
