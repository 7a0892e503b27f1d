import { ownClaim } from '../decodeToken';
import { claimParam, defineCheck, gatewaySays } from './checkInput';

/** User pools sign with RS256 (aws-facts.md §5 "Header"); HTTP APIs reject other families (§4 step 3). */
export const tokenAlgCheck = defineCheck({
  id: 'token.alg',
  codes: ['rs256', 'none', 'other', 'missing', 'gateway-says-invalid'],
  requires: 'decodedToken',
  run: (input, token) => {
    const alg = ownClaim(token.header, 'alg');
    if (alg === undefined) return { status: 'fail', code: 'missing', links: ['verifying-jwt'] };
    // An HTTP API that calls the signing method invalid decides, whatever `alg` says here
    // (CHECKS.md "HTTP API"; aws-facts.md §4 step 3).
    const gatewayDescription = gatewaySays(input, 'signing-method');
    if (gatewayDescription !== undefined) {
      return {
        status: 'fail',
        code: 'gateway-says-invalid',
        params: { alg: claimParam(alg), gatewayDescription },
        links: ['http-api-troubleshooting-jwt'],
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
