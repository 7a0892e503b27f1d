import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import { defineCheck, methodScopes, splitScopes } from './checkInput';

/** What InitiateAuth / SRP access tokens carry instead of custom scopes (aws-facts.md §5). */
const SIGNIN_SCOPE = 'aws.cognito.signin.user.admin';

/**
 * Any one method scope in the token's `scope` suffices (aws-facts.md §1 "Scope matching is any one
 * of"); HTTP APIs also read `scp` (§4). Missing scopes are the second most reported cause (§8 cause 2).
 */
export const tokenScopeCheck = defineCheck({
  id: 'token.scope',
  codes: ['has-scope', 'missing-scope', 'not-access-token', 'scopes-unknown', 'no-method-scopes'],
  requires: 'decodedToken',
  run: (input, token) => {
    const scopes = methodScopes(input);
    const httpApi = input.authorizer().kind === 'jwt';
    if (ownClaim(token.payload, 'token_use') !== 'access')
      return { status: 'skip', code: 'not-access-token' };
    if (scopes === undefined) return { status: 'skip', code: 'scopes-unknown' };
    if (scopes.scopes.length === 0) return { status: 'skip', code: 'no-method-scopes' };
    const tokenScopes = [
      ...splitScopes(ownClaim(token.payload, 'scope')),
      ...(httpApi ? splitScopes(ownClaim(token.payload, 'scp')) : []),
    ];
    const matched = scopes.scopes.filter((scope) => tokenScopes.includes(scope));
    const params = { required: scopes.scopes, tokenScopes, scopesFrom: scopes.from };
    if (matched.length > 0) return { status: 'pass', code: 'has-scope', params: { ...params, matched } };
    return {
      status: 'fail',
      code: 'missing-scope',
      params: {
        ...params,
        signinOnly: tokenScopes.length > 0 && tokenScopes.every((scope) => scope === SIGNIN_SCOPE),
      },
      commands: [commands.describeUserPoolClient(input.target())],
      links: ['resource-servers', 'cognito-authorizer'],
    };
  },
});
