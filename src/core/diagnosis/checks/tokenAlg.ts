import { ownClaim } from '../decodeToken';
import { claimParam, decodedToken, defineCheck } from './checkInput';

/** User pools sign with RS256 (aws-facts.md §5 "Header"); HTTP APIs reject other families (§4 step 3). */
export const tokenAlgCheck = defineCheck('token.alg', (input) => {
  const token = decodedToken(input);
  if (token === undefined) return { status: 'skip', code: 'not-decoded' };
  const alg = ownClaim(token.header, 'alg');
  if (alg === undefined) return { status: 'fail', code: 'missing', links: ['verifying-jwt'] };
  if (alg === 'RS256') return { status: 'pass', code: 'rs256', params: { alg } };
  return {
    status: 'fail',
    code: typeof alg === 'string' && alg.toLowerCase() === 'none' ? 'none' : 'other',
    params: { alg: claimParam(alg) },
    links: ['verifying-jwt'],
  };
});
