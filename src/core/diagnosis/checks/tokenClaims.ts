import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import { claimParam, defineCheck, restJwtIssuer } from './checkInput';

/**
 * A REST JWT authorizer's `additionalClaims` (aws-facts-2.md §2.1, `JwtAdditionalClaim`): a
 * `required` claim must be there, and a claim with `expectedValues` must hold one of them (format
 * `SINGLE_STRING`). Whether a rule with expected values but no `required` flag rejects a token
 * without the claim is [unverified]: here it does not.
 */
export const tokenClaimsCheck = defineCheck({
  id: 'token.claims',
  codes: [
    'claims-match',
    'claim-missing',
    'claim-value',
    'no-rules',
    'issuer-not-configured',
    'not-rest-jwt',
  ],
  requires: 'decodedToken',
  run: (input, token) => {
    if (input.authorizer().kind !== 'rest-jwt' || input.config?.restJwt === undefined)
      return { status: 'skip', code: 'not-rest-jwt' };
    const iss = ownClaim(token.payload, 'iss');
    const entry = restJwtIssuer(input, iss);
    if (entry === undefined)
      return { status: 'skip', code: 'issuer-not-configured', params: { iss: claimParam(iss) } };
    if (entry.additionalClaims.length === 0) return { status: 'skip', code: 'no-rules' };
    const fixCommands = [commands.getAuthorizer(input.target())];
    for (const rule of entry.additionalClaims) {
      const value = ownClaim(token.payload, rule.claimName);
      if (value === undefined) {
        if (rule.required === true) {
          return {
            status: 'fail',
            code: 'claim-missing',
            params: { claim: rule.claimName, expected: rule.expectedValues },
            commands: fixCommands,
            links: ['rest-jwt-authorizer'],
          };
        }
        continue;
      }
      const expected = rule.expectedValues;
      if (
        expected !== undefined &&
        expected.length > 0 &&
        !(typeof value === 'string' && expected.includes(value))
      ) {
        return {
          status: 'fail',
          code: 'claim-value',
          params: { claim: rule.claimName, value: claimParam(value), expected },
          commands: fixCommands,
          links: ['rest-jwt-authorizer'],
        };
      }
    }
    return {
      status: 'pass',
      code: 'claims-match',
      params: { claims: entry.additionalClaims.map((rule) => rule.claimName) },
    };
  },
});
