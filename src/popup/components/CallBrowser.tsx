import { useMemo, useState } from 'preact/hooks';
import { summarize } from '../../core/capture/captureStore';
import type { CapturedCall } from '../../core/capture/types';
import type { DomainConfig } from '../../core/config/domainMappings';
import type { ApiConfig } from '../../core/config/model';
import { callCause } from '../../core/diagnosis/callCause';
import { EMPTY_SIGNIN_CONFIGURATION } from '../../core/signin/appClientConfig';
import type { SigninRecord } from '../../core/signin/signinRecord';
import { isSigninStep } from '../../core/signin/signinStore';
import { apiDomainsSource } from '../../platform/domainStore';
import { signinConfigurationSource } from '../../platform/signinConfigStore';
import { useStoredValue } from '../../ui-shared/useStoredValue';
import { latestRequestTime, shownEntry, shownId } from '../entrySelection';
import { useNow } from '../useNow';
import { CallList } from './CallList';
import { EntryDetail } from './EntryDetail';
import { SigninDetail } from './SigninDetail';

const NO_RECORDS: readonly SigninRecord[] = [];
const NO_DOMAINS: DomainConfig[] = [];

/**
 * The popup's list and diagnosis over calls that live only in the page that shows them (a HAR
 * file, the DevTools panel): the same `CallList`, `CallDetail` and `SigninDetail`, so the same
 * `data-call`, `data-check`, `data-claim` and headline. The host provides the signature source.
 * `signinRecords` are the sign-in requests of the file or tab, oldest first (steps and the flow
 * context their checks read); the failing ones are listed with the calls.
 */
export function CallBrowser({
  calls,
  configs,
  signinRecords = NO_RECORDS,
}: {
  calls: readonly CapturedCall[];
  configs: readonly ApiConfig[];
  signinRecords?: readonly SigninRecord[];
}) {
  const [selectedId, setSelectedId] = useState<string>();
  const summaries = useMemo(() => calls.map(summarize), [calls]);
  const steps = useMemo(() => signinRecords.filter(isSigninStep).reverse(), [signinRecords]);
  // The imported sign-in configuration: the steps' checks read it, and so does `token.client`
  // (its app clients), so that the rows' causes agree with the detail.
  const signinConfiguration = useStoredValue(signinConfigurationSource, EMPTY_SIGNIN_CONFIGURATION).value;
  const appClients = signinConfiguration.clients;
  // Base path mappings of watched custom domains: a call on one is read through them, as in the popup.
  const domains = useStoredValue(apiDomainsSource, NO_DOMAINS).value;
  // The calls are in memory here: their causes are computed at once (the popup reads them later).
  const causes = useMemo(
    () => new Map(calls.map((call) => [call.id, callCause(call, configs, appClients, domains)] as const)),
    [calls, configs, appClients, domains],
  );
  const now = useNow(30_000);
  // The newest entry is selected until the user picks another one that is still listed. A HAR
  // file's calls come in file order, not newest first: the newest call is found by its time.
  const newestCallTime = useMemo(() => latestRequestTime(calls), [calls]);
  const shown = shownEntry(calls, steps, selectedId, newestCallTime);
  return (
    <div class="call-browser">
      <CallList
        calls={summaries}
        steps={steps}
        configs={configs}
        domains={domains}
        causes={causes}
        now={now}
        selectedId={shownId(shown)}
        showTab={false}
        onSelect={setSelectedId}
      />
      <EntryDetail
        call={shown.call}
        step={shown.step}
        configs={configs}
        domains={domains}
        signinConfiguration={signinConfiguration}
        signinRecords={signinRecords}
        now={now}
        stepDetail={SigninDetail}
      />
    </div>
  );
}
