import { defineCheck, numericClaim } from './checkInput';

/** How far `iat` / `nbf` may lie after the request before the client clock looks wrong (CHECKS.md). */
export const CLOCK_SKEW_SECONDS = 300;

/**
 * A token issued "in the future" means one of the two clocks is off. Rarely the 401 itself
 * (aws-facts.md §8 cause 15; HTTP API checks `iat`/`nbf`, §4), hence only a warning.
 */
export const tokenIssuedAtCheck = defineCheck({
  id: 'token.issued_at',
  codes: ['ok', 'iat-in-future', 'nbf-in-future'],
  requires: 'decodedToken',
  lambdaDecides: true,
  run: (input, token) => {
    const iat = numericClaim(token.payload, 'iat');
    const nbf = numericClaim(token.payload, 'nbf');
    const request = input.requestSeconds;
    const params = { iat, nbf, requestTime: request };
    if (iat !== undefined && iat - request > CLOCK_SKEW_SECONDS) {
      return { status: 'warn', code: 'iat-in-future', params: { ...params, secondsAhead: iat - request } };
    }
    if (nbf !== undefined && nbf - request > CLOCK_SKEW_SECONDS) {
      return { status: 'warn', code: 'nbf-in-future', params: { ...params, secondsAhead: nbf - request } };
    }
    return { status: 'pass', code: 'ok', params };
  },
});
