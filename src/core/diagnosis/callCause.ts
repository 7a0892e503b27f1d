import type { CapturedCall } from '../capture/types';
import { withCustomDomainMapping } from '../config/customDomains';
import type { DomainConfig } from '../config/domainMappings';
import type { ApiConfig } from '../config/model';
import { resolveCallConfiguration } from '../config/resolveCallConfiguration';
import type { AppClientConfig } from '../signin/appClientConfig';
import { diagnose } from './diagnose';
import { withStageRead } from './stageOfCall';
import type { CheckStatus, Diagnosis } from './types';

/** What a call's row in the list says about it: the headline's check and status, or undecided. */
export interface CallCause extends Pick<Diagnosis, 'headline' | 'undecided'> {
  status: CheckStatus | 'undecided';
}

/**
 * The cause of one listed call, from the same checks the detail runs, with its configuration, the
 * imported app clients and its stage read as the detail reads them (through a custom domain's
 * base path mappings first). No signature verdict: verifying
 * needs the worker and the network, once per call shown, not once per row; a call whose only fault
 * is its signature reads "cause not decided" in the list until it is opened.
 */
export function callCause(
  call: CapturedCall,
  configs: readonly ApiConfig[],
  appClients: readonly AppClientConfig[] = [],
  domains: readonly DomainConfig[] = [],
): CallCause {
  const read = withStageRead(withCustomDomainMapping(call, domains, configs), configs);
  const diagnosis = diagnose({ call: read, config: resolveCallConfiguration(configs, read), appClients });
  const headline = diagnosis.checks.find(
    (check) => check.id === diagnosis.headline?.id && check.code === diagnosis.headline?.code,
  );
  const cause: CallCause = { status: headline?.status ?? 'undecided' };
  if (diagnosis.headline !== undefined) cause.headline = diagnosis.headline;
  if (diagnosis.undecided !== undefined) cause.undecided = diagnosis.undecided;
  return cause;
}
