import { ownClaim } from '../decodeToken';
import type { SignatureVerdict } from '../types';
import { claimParam, defineCheck } from './checkInput';

/** A verdict about another token (a stale one from an earlier call) must not decide this one. */
function verdictIsFor(verdict: SignatureVerdict, iss: string, kid: unknown): boolean {
  if ('iss' in verdict && verdict.iss !== iss) return false;
  if ('kid' in verdict && verdict.kid !== (typeof kid === 'string' ? kid : null)) return false;
  return true;
}

/**
 * Maps the JWKS client's verdict (computed outside, since it may fetch) to a status. Only
 * Cognito issuers are ever fetched: `iss` is attacker-controlled text (CHECKS.md `token.signature`).
 * Cognito's JWKS holds RSA keys and tokens are RS256 (aws-facts.md §5).
 */
export const tokenSignatureCheck = defineCheck({
  id: 'token.signature',
  codes: [
    'verified',
    'bad-signature',
    'unknown-kid',
    'jwks-unreachable',
    'not-cognito',
    'unsupported-alg',
    'not-checked',
  ],
  requires: 'decodedToken',
  lambdaDecides: true,
  run: (input, token) => {
    const issuer = input.issuer();
    const alg = ownClaim(token.header, 'alg');
    const kid = ownClaim(token.header, 'kid');
    if (issuer === undefined || issuer.region !== issuer.poolRegion) {
      return {
        status: 'skip',
        code: 'not-cognito',
        params: { iss: claimParam(ownClaim(token.payload, 'iss')) },
      };
    }
    // token.alg already fails such a token; there is nothing here to verify.
    if (alg !== 'RS256') return { status: 'skip', code: 'unsupported-alg', params: { alg: claimParam(alg) } };

    const verdict = input.signature;
    const params = { iss: issuer.issuer, kid: claimParam(kid), jwksUrl: issuer.jwksUrl };
    if (verdict === undefined || !verdictIsFor(verdict, issuer.issuer, kid)) {
      return { status: 'skip', code: 'not-checked', params };
    }
    const links = ['verifying-jwt', 'kc-cognito-401'] as const;
    switch (verdict.kind) {
      case 'verified':
        return { status: 'pass', code: 'verified', params };
      case 'bad-signature':
        return {
          status: 'fail',
          code: 'bad-signature',
          params: {
            ...params,
            signatureBytes: verdict.signatureBytes,
            expectedBytes: verdict.expectedBytes,
            shortSignature: verdict.signatureBytes < verdict.expectedBytes,
          },
          links: [...links],
        };
      case 'unknown-kid':
        return {
          status: 'fail',
          code: 'unknown-kid',
          params: { ...params, knownKids: verdict.knownKids, refetched: verdict.refetched },
          links: [...links],
        };
      case 'jwks-unreachable':
        return {
          status: 'skip',
          code: 'jwks-unreachable',
          params: { ...params, reason: verdict.reason, httpStatus: verdict.httpStatus },
        };
      case 'unsupported-alg':
        return {
          status: 'skip',
          code: 'unsupported-alg',
          params: { ...params, alg: verdict.alg ?? undefined },
        };
      case 'not-cognito':
        return { status: 'skip', code: 'not-cognito', params };
      default:
        return { status: 'skip', code: 'not-checked', params };
    }
  },
});
