import { defineCheck, gatewaySays } from './checkInput';

/**
 * Decodes the value after an optional `Bearer `, or the cleaned value when `header.format` found
 * a blemish it could undo, so the token checks still say something (CHECKS.md `token.decode`).
 * A token cut while copying it is a known cause (aws-facts.md §8 cause 11).
 */
export const tokenDecodeCheck = defineCheck({
  id: 'token.decode',
  codes: [
    'decoded',
    'decoded-cleaned',
    'segment-count',
    'bad-base64',
    'bad-json',
    'not-object',
    'truncated',
    'no-header',
    'no-token',
    'captured-value-truncated',
    'gateway-says-malformed',
  ],
  lambdaDecides: true,
  run: (input) => {
    if (input.prior.get('header.present')?.status !== 'pass') return { status: 'skip', code: 'no-header' };
    const token = input.token();
    if (token === undefined) return { status: 'skip', code: 'no-token' };
    const { result, cleaned } = token;
    // The HTTP API read something else than what decodes here (aws-facts.md §4 error_description).
    const gateway = gatewaySays(input, /invalid number of segments/i);
    if (result.ok && gateway !== undefined) {
      return {
        status: 'fail',
        code: 'gateway-says-malformed',
        params: { gatewayDescription: gateway },
        links: ['http-api-troubleshooting-jwt'],
      };
    }
    if (result.ok) {
      return {
        status: 'pass',
        code: cleaned ? 'decoded-cleaned' : 'decoded',
        params: {
          alg: typeof result.header.alg === 'string' ? result.header.alg : undefined,
          signatureLength: result.signatureSegment.length,
        },
      };
    }
    // The capture cut the stored value: a failure may be ours, not the client's.
    if (input.identity()?.header?.truncated) return { status: 'skip', code: 'captured-value-truncated' };
    if (result.code === 'empty') return { status: 'skip', code: 'no-token' };
    const { ok: _ok, code, ...details } = result;
    return { status: 'fail', code, params: details, links: ['verifying-jwt'] };
  },
});
