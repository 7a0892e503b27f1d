import { commands } from '../commands';
import { type IdentitySource, missingIdentitySources, parseIdentitySources } from '../identitySource';
import type { CheckOutcome, DocId } from '../types';
import { type CheckInput, defineCheck } from './checkInput';

/**
 * A Lambda `REQUEST` authorizer reads headers and query strings; API Gateway answers 401 without
 * calling it when one is missing or empty, unless caching is off (aws-facts-2.md §4). A `TOKEN`
 * authorizer reads one header, the identity header, checked as for any other authorizer.
 */
function requestAuthorizerSources(
  input: CheckInput,
):
  | CheckOutcome<
      'headers-not-captured' | 'lambda-sources-present' | 'lambda-sources-optional' | 'lambda-source-missing'
    >
  | undefined {
  const lambda = input.authorizer().kind === 'lambda' ? input.config?.lambda : undefined;
  if (lambda?.type !== 'REQUEST') return undefined;
  const sources = parseIdentitySources(lambda.identitySources).filter(
    (source) => source.kind !== 'unreadable',
  );
  const names = (list: readonly IdentitySource[]) => list.map((source) => source.source);
  if (sources.length === 0) return undefined;
  const missing = missingIdentitySources(input.call, sources);
  if (missing === undefined) return { status: 'skip', code: 'headers-not-captured' };
  if (missing.length === 0)
    return { status: 'pass', code: 'lambda-sources-present', params: { sources: names(sources) } };
  const params = { sources: names(sources), missing: names(missing) };
  return lambda.resultTtlSeconds === 0
    ? { status: 'info', code: 'lambda-sources-optional', params }
    : {
        status: 'fail',
        code: 'lambda-source-missing',
        params,
        commands: [commands.getAuthorizer(input.target())],
        links: ['kc-lambda-401'],
      };
}

/**
 * The token must be in the identity-source header: `Authorization` unless the authorizer names
 * another (aws-facts.md §1 "Identity source"); sending it elsewhere is a known cause (§8 cause 8),
 * and so is sending none at all (§8 cause 10).
 */
export const headerPresentCheck = defineCheck({
  id: 'header.present',
  codes: [
    'present',
    'missing',
    'missing-token-elsewhere',
    'empty',
    'preflight',
    'headers-not-captured',
    'lambda-sources-present',
    'lambda-sources-optional',
    'lambda-source-missing',
  ],
  run: (input) => {
    if (input.isPreflight()) return { status: 'skip', code: 'preflight' };
    const lambdaSources = requestAuthorizerSources(input);
    if (lambdaSources !== undefined) return lambdaSources;
    const identity = input.identity();
    if (identity === undefined) return { status: 'skip', code: 'headers-not-captured' };
    const target = input.target();
    const params = { headerName: identity.expectedName, otherHeaders: identity.otherJwtHeaders };
    const links: DocId[] = ['invoke-with-cognito', 'kc-cognito-401'];
    if (identity.header === undefined) {
      return {
        status: 'fail',
        code: identity.otherJwtHeaders.length > 0 ? 'missing-token-elsewhere' : 'missing',
        params,
        commands: [commands.getAuthorizers(target)],
        links: [...links],
      };
    }
    if (identity.analysis === undefined) {
      return {
        status: 'fail',
        code: 'empty',
        params: { ...params, headerName: identity.header.name },
        links: [...links],
      };
    }
    return { status: 'pass', code: 'present', params: { ...params, headerName: identity.header.name } };
  },
});
