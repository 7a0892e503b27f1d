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
  codes: [
    'has-scope',
    'missing-scope',
    'not-access-token',
    'scopes-unknown',
    'no-method-scopes',
    'http-api-403-scopes-unknown',
  ],
  requires: 'decodedToken',
  lambdaDecides: true,
  run: (input, token) => {
    const scopes = methodScopes(input);
    const httpApi = input.httpApi();
    // An HTTP API's 403 is what its JWT authorizer answers when the token lacks the route's scopes
    // (reported, [unverified], aws-facts.md §4): the token's scopes decide, whatever its kind.
    const http403 = input.answer() === 'http-api-403';
    if (http403 && scopes === undefined) {
      return {
        status: 'warn',
        code: 'http-api-403-scopes-unknown',
        params: {
          tokenScopes: [
            ...splitScopes(ownClaim(token.payload, 'scope')),
            ...splitScopes(ownClaim(token.payload, 'scp')),
          ],
        },
        commands: [commands.getRoutes(input.target())],
        links: ['http-api-jwt-authorizer'],
      };
    }
    if (!http403 && ownClaim(token.payload, 'token_use') !== 'access')
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
