import type { ComponentType } from 'preact';
import { useMemo } from 'preact/hooks';
import type { CapturedCall } from '../../core/capture/types';
import { withCustomDomainMapping } from '../../core/config/customDomains';
import type { DomainConfig } from '../../core/config/domainMappings';
import type { ApiConfig } from '../../core/config/model';
import { withStageRead } from '../../core/diagnosis/stageOfCall';
import type { SigninConfiguration } from '../../core/signin/appClientConfig';
import type { SigninRecord } from '../../core/signin/signinRecord';
import { CallDetail } from './CallDetail';
// A type only (erased): the step's view comes in as `stepDetail`, so the popup can load it on use.
import type { SigninDetailProps } from './SigninDetail';

/**
 * The detail of the entry a list shows (`shownEntry`): the sign-in `step` when there is one, else
 * the `call`. Shared by the popup and `CallBrowser` (the HAR page, the DevTools panel); each host
 * finds its call its own way (the popup reads it from storage, the others hold it) and gives the
 * step's view: the popup's is `deferred()`, off its first screen (docs/architecture.md, "Popup").
 * `signinRecords` are the sign-in records of the tab or file, oldest first (the step's flow).
 */
export function EntryDetail({
  call,
  step,
  configs,
  domains,
  signinConfiguration,
  signinRecords,
  now,
  stepDetail: StepDetail,
}: {
  call: CapturedCall | undefined;
  step: SigninRecord | undefined;
  configs: readonly ApiConfig[];
  domains: readonly DomainConfig[];
  signinConfiguration: SigninConfiguration;
  signinRecords: readonly SigninRecord[];
  now: number;
  stepDetail: ComponentType<SigninDetailProps>;
}) {
  // Stage and path as the response and the configuration tell (HTTP API `$default`), not as the
  // capture's URL parser guessed, and on a custom domain as its base path mapping says: the
  // detail reads the call this way.
  const read = useMemo(
    () =>
      call === undefined
        ? undefined
        : withStageRead(withCustomDomainMapping(call, domains, configs), configs),
    [call, configs, domains],
  );
  if (step !== undefined) {
    return (
      <StepDetail key={step.id} step={step} tabRecords={signinRecords} configuration={signinConfiguration} />
    );
  }
  if (read === undefined) return null;
  return (
    <CallDetail
      key={read.id}
      call={read}
      configs={configs}
      signinConfiguration={signinConfiguration}
      now={now}
    />
  );
}
