import { ownClaim } from '../decodeToken';
import { VERIFIABLE_ALGORITHMS } from '../jwksClient';
import { trustedIssuers, trustedJwksSource } from '../trustedIssuers';
import type { SignatureVerdict } from '../types';
import { claimParam, defineCheck } from './checkInput';

/** A verdict about another token (a stale one from an earlier call) must not decide this one. */
function verdictIsFor(verdict: SignatureVerdict, iss: string, kid: unknown): boolean {
  if ('iss' in verdict && verdict.iss !== iss) return false;
  if ('kid' in verdict && verdict.kid !== (typeof kid === 'string' ? kid : null)) return false;
  return true;
}

/** `https://host` → `host`, for words; anything else as it is. */
function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/**
 * Maps the JWKS client's verdict (computed outside, since it may fetch) to a status. The token's
 * `iss` is attacker-controlled text (CHECKS.md `token.signature`): keys are fetched for a strict
 * Cognito issuer (RS256, aws-facts.md §5), or for an issuer the API's own configuration names
 * exactly (a JWT authorizer's, from its `jwksUri` or discovery document; CHECKS.md "REST JWT
 * authorizer"), and then only from hosts the user allowed (`needs-access` until then).
 */
export const tokenSignatureCheck = defineCheck({
  id: 'token.signature',
  codes: [
    'verified',
    'bad-signature',
    'unknown-kid',
    'jwks-unreachable',
    'needs-access',
    'not-cognito',
    'unsupported-alg',
    'not-checked',
  ],
  requires: 'decodedToken',
  lambdaDecides: true,
  run: (input, token) => {
    const rawIss = ownClaim(token.payload, 'iss');
    const alg = ownClaim(token.header, 'alg');
    const kid = ownClaim(token.header, 'kid');
    const cognito = input.issuer();
    const isCognito = cognito !== undefined && cognito.region === cognito.poolRegion;
    const configured =
      !isCognito && typeof rawIss === 'string'
        ? trustedJwksSource(trustedIssuers(input.config), rawIss)
        : undefined;
    if (!isCognito && configured === undefined) {
      return { status: 'skip', code: 'not-cognito', params: { iss: claimParam(rawIss) } };
    }
    // token.alg already fails such a token; there is nothing here to verify.
    const verifiable = isCognito
      ? alg === 'RS256'
      : typeof alg === 'string' && VERIFIABLE_ALGORITHMS.includes(alg);
    if (!verifiable) return { status: 'skip', code: 'unsupported-alg', params: { alg: claimParam(alg) } };

    const iss = isCognito ? cognito.issuer : (configured?.issuer ?? '');
    const jwksUrl = isCognito
      ? cognito.jwksUrl
      : configured !== undefined && 'jwksUri' in configured
        ? configured.jwksUri
        : configured?.discoveryUrl;
    // Without a configured jwksUri the keys' address comes from the discovery document, named instead.
    const discovered = configured !== undefined && !('jwksUri' in configured);
    const params = { iss, kid: claimParam(kid), jwksUrl, configured: !isCognito, discovered };
    const verdict = input.signature;
    if (verdict === undefined || !verdictIsFor(verdict, iss, kid)) {
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
      case 'needs-access':
        // Never a pass: the check did not run, and says which hosts to allow for it to run.
        return {
          status: 'skip',
          code: 'needs-access',
          params: { ...params, origins: verdict.origins, hosts: verdict.origins.map(hostOf) },
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
