import { matchSigninConfig, type SigninConfiguration } from './appClientConfig';
import type { PostmanContext } from './postmanSettings';
import { diagnoseSigninStep, type SigninDiagnosis } from './signinChecks';
import { authorizeParam, clientIdOf, correlateFlow, signinFailureOf } from './signinFlow';
import { paramOf, type SigninRecord } from './signinRecord';

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

/**
 * What the Postman settings of a sign-in step start from: its domain and client, the imported
 * pool and client when known, and the redirect URI the app itself used.
 */
export function signinPostmanContext(
  step: SigninRecord,
  tabRecords: readonly SigninRecord[],
  configuration: SigninConfiguration,
): PostmanContext {
  const flow = correlateFlow(step, tabRecords);
  const clientId = clientIdOf(step) ?? authorizeParam(flow, 'client_id');
  const { pool, client } = matchSigninConfig(configuration, step.domain.host, clientId);
  const redirectUri = paramOf(step, 'redirect_uri') ?? authorizeParam(flow, 'redirect_uri');
  const region = step.domain.region ?? pool?.region;
  return {
    domainHost: step.domain.host,
    ...(region !== undefined ? { region } : {}),
    ...(clientId !== undefined ? { clientId } : {}),
    ...(client !== undefined ? { client } : {}),
    ...(pool !== undefined ? { pool } : {}),
    ...(redirectUri !== undefined ? { appRedirectUri: redirectUri } : {}),
  };
}
