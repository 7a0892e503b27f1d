import { ownClaim } from '../decodeToken';
import { claimParam, defineCheck, gatewaySays } from './checkInput';

/**
 * User pools sign with RS256 (aws-facts.md §5 "Header"); HTTP APIs reject other families (§4 step
 * 3) and say so (`signing method ES256 is invalid`); a REST JWT authorizer takes the algorithms it
 * was configured with (`defaultAlgorithms`, aws-facts-2.md §2.1).
 */
export const tokenAlgCheck = defineCheck({
  id: 'token.alg',
  codes: ['rs256', 'none', 'other', 'missing', 'allowed', 'not-allowed', 'gateway-says-invalid'],
  requires: 'decodedToken',
  lambdaDecides: true,
  run: (input, token) => {
    const alg = ownClaim(token.header, 'alg');
    const gateway = gatewaySays(input, /signing method .* is invalid/i);
    if (gateway !== undefined) {
      return {
        status: 'fail',
        code: 'gateway-says-invalid',
        params: { alg: claimParam(alg), gatewayDescription: gateway },
        links: ['http-api-jwt-authorizer'],
      };
    }
    if (alg === undefined) return { status: 'fail', code: 'missing', links: ['verifying-jwt'] };
    const allowed =
      input.authorizer().kind === 'rest-jwt' ? input.config?.restJwt?.defaultAlgorithms : undefined;
    if (allowed !== undefined && allowed.length > 0) {
      const ok = typeof alg === 'string' && allowed.includes(alg);
      return {
        status: ok ? 'pass' : 'fail',
        code: ok ? 'allowed' : 'not-allowed',
        params: { alg: claimParam(alg), allowed },
        links: ok ? [] : ['rest-jwt-authorizer'],
      };
    }
    if (alg === 'RS256') return { status: 'pass', code: 'rs256', params: { alg } };
    return {
      status: 'fail',
      code: typeof alg === 'string' && alg.toLowerCase() === 'none' ? 'none' : 'other',
      params: { alg: claimParam(alg) },
      links: ['verifying-jwt'],
    };
  },
});
