import { HEADER_PROBLEM_CODES } from '../authorizationHeader';
import { defineCheck } from './checkInput';

/**
 * A clean value is the raw JWT or `Bearer <jwt>`: both work on REST and HTTP API authorizers
 * (aws-facts.md §1 "`Bearer ` prefix", §4 step 1). What breaks calls is everything else:
 * whitespace and quotes (§1, KC "no additional spaces"), doubled prefixes, placeholders, SigV4
 * (§8 cause 9) and malformed copies (§8 cause 11).
 */
export const headerFormatCheck = defineCheck({
  id: 'header.format',
  codes: ['raw', 'bearer', ...HEADER_PROBLEM_CODES, 'no-header'],
  run: (input) => {
    const analysis = input.identity()?.analysis;
    if (input.prior.get('header.present')?.status !== 'pass' || analysis === undefined) {
      return { status: 'skip', code: 'no-header' };
    }
    const [primary] = analysis.problems;
    const common = {
      scheme: analysis.schemeAsSent ?? (analysis.scheme === 'bearer' ? 'Bearer' : undefined),
      problems: analysis.problems.map((problem) => problem.code),
      recoverable: analysis.candidate !== undefined,
    };
    if (primary === undefined) {
      return { status: 'pass', code: analysis.scheme === 'bearer' ? 'bearer' : 'raw', params: common };
    }
    return {
      status: 'fail',
      code: primary.code,
      params: {
        ...common,
        position: primary.position,
        character: primary.character,
        placeholder: analysis.placeholder,
      },
      links: ['kc-cognito-401', 'http-api-jwt-authorizer'],
    };
  },
});
