import { defineCheck, numericClaim } from './checkInput';

/** Seconds before `exp` in which a token counts as about to expire (CHECKS.md `token.expiry`). */
export const ABOUT_TO_EXPIRE_SECONDS = 60;

/**
 * `exp` against the request time, never the popup's clock. Expiry is the third most reported
 * cause (aws-facts.md §8 cause 3); API Gateway allows no grace period that is documented.
 */
export const tokenExpiryCheck = defineCheck({
  id: 'token.expiry',
  codes: ['valid', 'about-to-expire', 'gateway-says-expired', 'expired', 'no-exp'],
  requires: 'decodedToken',
  run: (input, token) => {
    const exp = numericClaim(token.payload, 'exp');
    const request = input.requestSeconds;
    const gatewayDescription = input.response().wwwAuthenticate?.params.error_description;
    const iat = numericClaim(token.payload, 'iat');
    const authTime = numericClaim(token.payload, 'auth_time');
    const fromRequest = (time: number | undefined) => (time === undefined ? undefined : time - request);
    // CHECKS.md: always show exp, iat and auth_time, each also relative to the request.
    const params = {
      exp,
      iat,
      authTime,
      expFromRequest: fromRequest(exp),
      iatFromRequest: fromRequest(iat),
      authTimeFromRequest: fromRequest(authTime),
      requestTime: request,
      gatewayDescription,
    };
    const links = ['kc-cognito-401', 'id-token'] as const;
    if (exp === undefined) return { status: 'fail', code: 'no-exp', params, links: [...links] };
    const secondsLeft = exp - request;
    if (secondsLeft <= 0) {
      return {
        status: 'fail',
        code: 'expired',
        params: { ...params, secondsBefore: -secondsLeft },
        links: [...links],
      };
    }
    // An HTTP API that says "expired" about a token this machine's clock calls valid: its verdict
    // decides (CHECKS.md "Beyond the 401", HTTP API); the clock here is behind, since the request
    // time comes from it (aws-facts.md §4 error_description).
    if (gatewayDescription !== undefined && /expired/i.test(gatewayDescription)) {
      return {
        status: 'fail',
        code: 'gateway-says-expired',
        params: { ...params, secondsLeft },
        links: [...links],
      };
    }
    if (secondsLeft < ABOUT_TO_EXPIRE_SECONDS) {
      return {
        status: 'warn',
        code: 'about-to-expire',
        params: { ...params, secondsLeft },
        links: [...links],
      };
    }
    return { status: 'pass', code: 'valid', params: { ...params, secondsLeft } };
  },
});
