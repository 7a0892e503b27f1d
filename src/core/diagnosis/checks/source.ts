import { commands } from '../commands';
import { defineCheck } from './checkInput';

/**
 * Who answered: aws-facts.md §2 "how to tell sources apart" (REST gateway errors carry
 * `x-amzn-ErrorType`; backend answers carry `X-Amzn-Trace-Id` or `x-amzn-Remapped-*` instead) and
 * §4 (HTTP API JWT authorizers answer with `www-authenticate`).
 */
export const sourceCheck = defineCheck({
  id: 'source',
  codes: [
    'rest-authorizer',
    'rest-gateway-error',
    'http-api-authorizer',
    'http-api-missing-token',
    'missing-authentication-token',
    'access-denied',
    'forbidden',
    'authorizer-configuration',
    'authorizer-failure',
    'http-api-403',
    'backend',
  ],
  run: (input) => {
    const response = input.response();
    const body = input.body();
    const evidence = {
      traceId: response.traceId,
      remapped: response.remapped,
      // The body's own words where a HAR or DevTools kept it: API Gateway's `message` / `Message`
      // (aws-facts.md §2, e.g. "User is not authorized to access this resource with an explicit
      // deny"), a token endpoint's `error` (SIGNIN.md).
      bodyMessage: body.message,
      bodyError: body.error,
    };
    const answer = input.answer();
    if (response.errorType !== undefined) {
      const code =
        answer === 'authorizer-401' ? 'rest-authorizer' : answer === 'other' ? 'rest-gateway-error' : answer;
      return {
        status: 'info',
        code,
        params: { ...evidence, errorType: response.errorType },
        commands: [commands.getAuthorizers({ ...input.target(), httpApi: false })],
        links: ['gateway-response-types', 'kc-cognito-401'],
      };
    }
    const www = response.wwwAuthenticate;
    if (www !== undefined) {
      return {
        status: 'info',
        code: www.bare ? 'http-api-missing-token' : 'http-api-authorizer',
        params: {
          ...evidence,
          error: www.params.error,
          // Shown verbatim: AWS's own words are the best evidence (aws-facts.md §4).
          errorDescription: www.params.error_description,
          scope: www.params.scope,
        },
        commands: [commands.getAuthorizers({ ...input.target(), httpApi: true })],
        links: ['http-api-jwt-authorizer', 'http-api-troubleshooting-jwt'],
      };
    }
    // An HTTP API's 403 carries no error type: its JWT authorizer answers it when the token lacks the
    // route's scopes (reported, [unverified], aws-facts.md §4), and a backend may answer it too.
    if (answer === 'http-api-403') {
      return {
        status: 'info',
        code: 'http-api-403',
        params: evidence,
        commands: [commands.getRoutes(input.target())],
        links: ['http-api-jwt-authorizer', 'kc-403'],
      };
    }
    return {
      status: 'warn',
      code: 'backend',
      params: { ...evidence, httpApi: response.httpApiRequestId },
      links: ['known-issues', 'gateway-response-types'],
    };
  },
});
