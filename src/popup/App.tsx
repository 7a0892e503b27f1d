import { useEffect, useMemo, useState } from 'preact/hooks';
import { callsForTab, failuresForTab, newestCalls } from '../core/capture/captureStore';
import type { DomainConfig } from '../core/config/domainMappings';
import { EMPTY_SIGNIN_CONFIGURATION } from '../core/signin/appClientConfig';
import { EMPTY_SIGNIN_STATE, signinRecordsForTab, signinStepsForTab } from '../core/signin/signinStore';
import { apiDomainsSource } from '../platform/domainStore';
import type { TabInfo } from '../platform/tabs';
import { askWorker } from '../platform/workerClient';
import { deferred } from '../ui-shared/deferred';
import { useStoredValue } from '../ui-shared/useStoredValue';
import { CallList } from './components/CallList';
import { EntryDetail } from './components/EntryDetail';
import { HarExportButton } from './components/HarExportButton';
import { SiteBanner, WatchedSites } from './components/SiteAccess';
import { shownEntry, shownId } from './entrySelection';
import { knownTab, popupTab, signinConfigSource, signinSource } from './startup';
import { useCallCauses } from './useCallCauses';
import { useApiConfigs } from './useCallConfiguration';
import { useCaptureIndex, useStoredCall } from './useCapturedCalls';
import { useNow } from './useNow';
import { useTabTitles } from './useTabTitles';
import { ui } from './words';

// A sign-in step's diagnosis, with the sign-in words and checks: loaded when one is shown.
const SigninDetail = deferred(() =>
  import('./components/SigninDetail').then((module) => module.SigninDetail),
);

const NO_DOMAINS: DomainConfig[] = [];

/** How many calls of all tabs to list when the active tab has none (CHECKS.md: at least 20). */
const ALL_TABS_LIMIT = 30;

export function App({ search }: { search: string }) {
  // Known at once when the popup's start-up reads are in (main.tsx waits for them).
  const [tab, setTab] = useState<TabInfo | undefined>(() => knownTab(search)?.tab);
  const [tabResolved, setTabResolved] = useState(() => knownTab(search) !== undefined);
  // Read together: the tab, and the index of stored calls (not the calls themselves).
  const index = useCaptureIndex(tab?.id);
  const [selectedId, setSelectedId] = useState<string>();
  const [error, setError] = useState<string>();
  const configs = useApiConfigs();
  // Base path mappings of watched custom domains: a call there is read through them when shown.
  const domains = useStoredValue(apiDomainsSource, NO_DOMAINS).value;
  const signin = useStoredValue(signinSource, signinSource.current()?.value ?? EMPTY_SIGNIN_STATE).value;
  const signinConfiguration = useStoredValue(
    signinConfigSource,
    signinConfigSource.current()?.value ?? EMPTY_SIGNIN_CONFIGURATION,
  ).value;

  useEffect(() => {
    void popupTab(search).then((found) => {
      setTab(found);
      setTabResolved(true);
    });
  }, [search]);

  const tabCalls = useMemo(() => (tab ? callsForTab(index, tab.id) : []), [index, tab]);
  const tabSigninRecords = useMemo(() => (tab ? signinRecordsForTab(signin, tab.id) : []), [signin, tab]);
  const tabSteps = useMemo(() => (tab ? signinStepsForTab(signin, tab.id) : []), [signin, tab]);
  const showingAllTabs = tabCalls.length === 0 && tabSteps.length === 0;
  const calls = showingAllTabs ? newestCalls(index, ALL_TABS_LIMIT) : tabCalls;
  const failures = tab && !showingAllTabs ? failuresForTab(index, tab.id) : 0;
  // The newest entry (call or sign-in step) is selected until the user picks another one that is
  // still listed (both lists are newest first); only a selected call is read from storage.
  const shown = shownEntry(calls, tabSteps, selectedId);
  const selectedCall = useStoredCall(shown.call?.id);
  const tabTitles = useTabTitles(
    calls.map((call) => call.tabId),
    showingAllTabs,
  );
  const causes = useCallCauses(calls, configs, signinConfiguration.clients, domains);
  const now = useNow(30_000);

  const clear = async () => {
    if (!tab) return;
    setError(undefined);
    const answer = await askWorker({ type: 'clear-calls', tabId: tab.id });
    if (!answer.ok) setError(ui.clearFailed);
  };

  return (
    <main>
      <header class="top">
        <h1>{ui.appTitle}</h1>
        {calls.length > 0 && <HarExportButton calls={calls} configs={configs} />}
        {!showingAllTabs && (
          <button type="button" data-action="clear" title={ui.clearTitle} onClick={() => void clear()}>
            {ui.clear}
          </button>
        )}
      </header>
      {tabResolved && <SiteBanner tabId={tab?.id} tabUrl={tab?.url} tabKnown={tab !== undefined} />}
      {error && <p class="error">{error}</p>}
      {calls.length === 0 && tabSteps.length === 0 ? (
        <p class="empty" data-empty>
          {ui.noCalls}
        </p>
      ) : (
        <>
          <h2 class="list-title">{showingAllTabs ? ui.callsOfAllTabs : ui.callsOnTab}</h2>
          {failures > calls.length && (
            <p class="note" data-dropped={failures - calls.length}>
              {ui.showingNewest(calls.length, failures)}
            </p>
          )}
          <CallList
            calls={calls}
            steps={tabSteps}
            configs={configs}
            domains={domains}
            selectedId={shownId(shown)}
            showTab={showingAllTabs}
            causes={causes}
            tabTitles={tabTitles}
            now={now}
            onSelect={setSelectedId}
          />
          <EntryDetail
            call={selectedCall}
            step={shown.step}
            configs={configs}
            domains={domains}
            signinConfiguration={signinConfiguration}
            signinRecords={tabSigninRecords}
            now={now}
            stepDetail={SigninDetail}
          />
        </>
      )}
      <WatchedSites />
      <p class="har-link">
        <a href="../har/index.html" target="_blank" rel="noopener" data-open-har-page>
          {ui.handoff.openHarPage}
        </a>
      </p>
    </main>
  );
}
