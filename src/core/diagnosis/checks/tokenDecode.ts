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
    'gateway-says-malformed',
    'captured-value-truncated',
  ],
  lambdaDecides: true,
  run: (input) => {
    if (input.prior.get('header.present')?.status !== 'pass') return { status: 'skip', code: 'no-header' };
    const gatewayDescription = gatewaySays(input, 'segments');
    const token = input.token();
    // CHECKS.md: there is a header, and what it holds (`Bearer undefined`, a SigV4 signature,
    // `Bearer` alone) decodes to no JWT: that is a failure to decode, not a check that does not apply.
    if (token === undefined) return { status: 'fail', code: 'no-token', params: { gatewayDescription } };
    const { result, cleaned } = token;
    if (result.ok && gatewayDescription !== undefined) {
      // The gateway read another value than the one captured (a proxy or the client rewrote it):
      // its verdict stands (CHECKS.md "HTTP API").
      return {
        status: 'fail',
        code: 'gateway-says-malformed',
        params: { gatewayDescription },
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
    if (result.code === 'empty') return { status: 'fail', code: 'no-token', params: { gatewayDescription } };
    const { ok: _ok, code, ...details } = result;
    return { status: 'fail', code, params: { ...details, gatewayDescription }, links: ['verifying-jwt'] };
  },
});
