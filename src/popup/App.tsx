import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  type CaptureState,
  callsForTab,
  EMPTY_CAPTURE_STATE,
  newestCalls,
} from '../core/capture/captureStore';
import { withStageRead } from '../core/diagnosis/stageOfCall';
import { EMPTY_SIGNIN_CONFIGURATION } from '../core/signin/appClientConfig';
import { EMPTY_SIGNIN_STATE, signinRecordsForTab, signinStepsForTab } from '../core/signin/signinStore';
import { loadCaptureState, onCaptureStateChanged } from '../platform/sessionCaptureStore';
import { signinStateSource } from '../platform/sessionSigninStore';
import { signinConfigurationSource } from '../platform/signinConfigStore';
import { type TabInfo, targetTab } from '../platform/tabs';
import { askWorker } from '../platform/workerClient';
import { useStoredValue } from '../ui-shared/useStoredValue';
import { CallDetail } from './components/CallDetail';
import { CallList } from './components/CallList';
import { SigninDetail } from './components/SigninDetail';
import { SiteBanner, WatchedSites } from './components/SiteAccess';
import { useApiConfigs } from './useCallConfiguration';
import { ui } from './words';

/** How many calls of all tabs to list when the active tab has none (CHECKS.md: at least 20). */
const ALL_TABS_LIMIT = 30;

export function App({ search }: { search: string }) {
  const [tab, setTab] = useState<TabInfo | undefined>();
  const [tabResolved, setTabResolved] = useState(false);
  const [state, setState] = useState<CaptureState>(EMPTY_CAPTURE_STATE);
  const [selectedId, setSelectedId] = useState<string>();
  const [error, setError] = useState<string>();
  const configs = useApiConfigs();
  const signin = useStoredValue(signinStateSource, EMPTY_SIGNIN_STATE).value;
  const signinConfiguration = useStoredValue(signinConfigurationSource, EMPTY_SIGNIN_CONFIGURATION).value;

  useEffect(() => {
    void targetTab(search).then((found) => {
      setTab(found);
      setTabResolved(true);
    });
    void loadCaptureState()
      .then(setState)
      .catch(() => undefined);
    return onCaptureStateChanged(setState);
  }, [search]);

  const tabCalls = useMemo(() => (tab ? callsForTab(state, tab.id) : []), [state, tab]);
  const tabSigninRecords = useMemo(() => (tab ? signinRecordsForTab(signin, tab.id) : []), [signin, tab]);
  const tabSteps = useMemo(() => (tab ? signinStepsForTab(signin, tab.id) : []), [signin, tab]);
  const showingAllTabs = tabCalls.length === 0 && tabSteps.length === 0;
  const calls = showingAllTabs ? newestCalls(state, ALL_TABS_LIMIT) : tabCalls;
  // The newest entry is selected until the user picks another one that is still listed.
  const selectedStep = tabSteps.find((step) => step.id === selectedId);
  const newestIsStep = (tabSteps[0]?.requestTime ?? -1) > (calls[0]?.requestTime ?? -1);
  const selected =
    selectedStep === undefined
      ? (calls.find((call) => call.id === selectedId) ?? (newestIsStep ? undefined : calls[0]))
      : undefined;
  const shownStep = selectedStep ?? (selected === undefined && newestIsStep ? tabSteps[0] : undefined);
  // Stage and path as the response and the configuration tell (HTTP API `$default`), not as the
  // capture's URL parser guessed: everything below reads the call this way.
  const selectedRead = useMemo(
    () => (selected === undefined ? undefined : withStageRead(selected, configs)),
    [selected, configs],
  );

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
        {!showingAllTabs && (
          <button type="button" data-action="clear" title={ui.clearTitle} onClick={() => void clear()}>
            {ui.clear}
          </button>
        )}
      </header>
      {tabResolved && <SiteBanner tabUrl={tab?.url} tabKnown={tab !== undefined} />}
      {error && <p class="error">{error}</p>}
      {calls.length === 0 && tabSteps.length === 0 ? (
        <p class="empty" data-empty>
          {ui.noCalls}
        </p>
      ) : (
        <>
          <h2 class="list-title">{showingAllTabs ? ui.callsOfAllTabs : ui.callsOnTab}</h2>
          <CallList
            calls={calls}
            steps={tabSteps}
            configs={configs}
            selectedId={shownStep?.id ?? selected?.id}
            showTab={showingAllTabs}
            onSelect={setSelectedId}
          />
          {shownStep === undefined && selectedRead && (
            <CallDetail key={selectedRead.id} call={selectedRead} configs={configs} />
          )}
          {shownStep && (
            <SigninDetail
              key={shownStep.id}
              step={shownStep}
              tabRecords={tabSigninRecords}
              configuration={signinConfiguration}
            />
          )}
        </>
      )}
      <WatchedSites />
    </main>
  );
}
