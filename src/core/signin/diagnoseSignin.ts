import { matchSigninConfig, type SigninConfiguration } from './appClientConfig';
import { diagnoseSigninStep, type SigninDiagnosis } from './signinChecks';
import { authorizeParam, clientIdOf, correlateFlow, signinFailureOf } from './signinFlow';
import type { SigninRecord } from './signinRecord';

/**
 * The diagnosis of one sign-in step: its failure, its place in the tab's flow, the imported
 * configuration of its pool and client, then the checks. Undefined for a request that is not a
 * failing step (flow context).
 */
export function diagnoseSignin(
  step: SigninRecord,
  tabRecords: readonly SigninRecord[],
  configuration: SigninConfiguration,
): SigninDiagnosis | undefined {
  const failure = signinFailureOf(step);
  if (failure === undefined) return undefined;
  const flow = correlateFlow(step, tabRecords);
  const clientId = clientIdOf(step) ?? authorizeParam(flow, 'client_id');
  const config = matchSigninConfig(configuration, step.domain.host, clientId);
  return diagnoseSigninStep({ step, failure, flow, config });
}
