import { ownClaim } from '../decodeToken';
import { claimParam, defineCheck } from './checkInput';

/** User pools sign with RS256 (aws-facts.md §5 "Header"); HTTP APIs reject other families (§4 step 3). */
export const tokenAlgCheck = defineCheck({
  id: 'token.alg',
  codes: ['rs256', 'none', 'other', 'missing'],
  requires: 'decodedToken',
  run: (_input, token) => {
    const alg = ownClaim(token.header, 'alg');
    if (alg === undefined) return { status: 'fail', code: 'missing', links: ['verifying-jwt'] };
    if (alg === 'RS256') return { status: 'pass', code: 'rs256', params: { alg } };
    return {
      status: 'fail',
      code: typeof alg === 'string' && alg.toLowerCase() === 'none' ? 'none' : 'other',
      params: { alg: claimParam(alg) },
      links: ['verifying-jwt'],
    };
  },
});
