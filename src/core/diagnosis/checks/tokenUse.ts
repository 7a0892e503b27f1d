import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import { claimParam, defineCheck, methodScopes, methodWithoutTokenAuth, restJwtIssuer } from './checkInput';

/**
 * REST Cognito authorizers take an ID token on methods without OAuth scopes and an access token on
 * methods with scopes (aws-facts.md §1 "Token type depends on the method's OAuth scopes"); the
 * access-token-without-scopes case is the most reported 401 (§8 cause 1). HTTP API JWT authorizers
 * never read `token_use` (§4).
 */
export const tokenUseCheck = defineCheck({
  id: 'token.use',
  codes: [
    'id-no-scopes',
    'access-with-scopes',
    'access-no-scopes',
    'id-with-scopes',
    'missing',
    'unknown-value',
    'http-api',
    'id-scopes-unknown',
    'access-scopes-unknown',
    'method-not-token-auth',
    'rest-jwt',
    'rest-jwt-rule-match',
    'rest-jwt-rule-mismatch',
    'lambda',
  ],
  requires: 'decodedToken',
  lambdaDecides: true,
  run: (input, token) => {
    const tokenUse = ownClaim(token.payload, 'token_use');
    const target = input.target();
    const scopes = methodScopes(input);
    const params = {
      tokenUse: claimParam(tokenUse),
      methodScopes: scopes?.scopes,
      scopesFrom: scopes?.from,
    };
    if (input.authorizer().kind === 'jwt') {
      return {
        status: 'info',
        code: 'http-api',
        params: { ...params, routeHasScopes: scopes === undefined ? undefined : scopes.scopes.length > 0 },
        links: ['http-api-jwt-authorizer'],
      };
    }
    if (input.authorizer().kind === 'lambda') return { status: 'info', code: 'lambda', params };
    // A REST JWT authorizer reads `token_use` only when an additional claim rule names it (aws-facts-2.md §2.1).
    if (input.authorizer().kind === 'rest-jwt') {
      const rule = restJwtIssuer(input, ownClaim(token.payload, 'iss'))?.additionalClaims.find(
        (entry) => entry.claimName === 'token_use',
      );
      if (rule?.expectedValues === undefined || rule.expectedValues.length === 0)
        return { status: 'info', code: 'rest-jwt', params, links: ['rest-jwt-authorizer'] };
      const match = typeof tokenUse === 'string' && rule.expectedValues.includes(tokenUse);
      return {
        status: match ? 'pass' : 'fail',
        code: match ? 'rest-jwt-rule-match' : 'rest-jwt-rule-mismatch',
        params: { ...params, expected: rule.expectedValues },
        links: ['rest-jwt-authorizer'],
      };
    }
    const unprotected = methodWithoutTokenAuth(input);
    if (unprotected !== undefined) {
      return {
        status: 'skip',
        code: 'method-not-token-auth',
        params: { ...params, authorizationType: unprotected },
        commands: [commands.getMethod(target), commands.getStages(target)],
      };
    }
    const links = ['cognito-authorizer', 'kc-cognito-401'] as const;
    if (tokenUse !== 'id' && tokenUse !== 'access') {
      return {
        status: 'fail',
        code: tokenUse === undefined ? 'missing' : 'unknown-value',
        params,
        links: ['id-token', 'access-token'],
      };
    }
    if (scopes === undefined) {
      return tokenUse === 'id'
        ? { status: 'info', code: 'id-scopes-unknown', params, links: [...links] }
        : {
            status: 'warn',
            code: 'access-scopes-unknown',
            params,
            commands: [commands.getResources(target), commands.getMethod(target)],
            links: [...links],
          };
    }
    const hasScopes = scopes.scopes.length > 0;
    if (hasScopes === (tokenUse === 'access')) {
      return { status: 'pass', code: hasScopes ? 'access-with-scopes' : 'id-no-scopes', params };
    }
    return {
      status: 'fail',
      code: hasScopes ? 'id-with-scopes' : 'access-no-scopes',
      params,
      commands: [commands.getMethod(target)],
      links: [...links],
    };
  },
});
