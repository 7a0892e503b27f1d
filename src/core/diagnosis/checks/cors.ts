import { commands } from '../commands';
import { defineCheck } from './checkInput';

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Authorizer 401s carry no CORS headers by default, so a cross-origin app sees a CORS error and
 * never the 401 (aws-facts.md §3, §8 cause 4).
 */
export const corsCheck = defineCheck({
  id: 'cors',
  codes: ['same-origin', 'allow-origin-present', 'missing-allow-origin', 'no-initiator'],
  run: (input) => {
    const initiator = input.call.initiator;
    const apiOrigin = originOf(input.call.url);
    if (typeof initiator !== 'string' || initiator === '' || apiOrigin === undefined) {
      return { status: 'skip', code: 'no-initiator' };
    }
    if (initiator === apiOrigin)
      return { status: 'pass', code: 'same-origin', params: { origin: initiator } };
    const allowOrigin = input.response().allowOrigin;
    if (allowOrigin !== undefined) {
      return {
        status: 'pass',
        code: 'allow-origin-present',
        params: { origin: initiator, allowOrigin, apiOrigin },
      };
    }
    const target = { ...input.target(), origin: initiator };
    const httpApi = input.httpApi();
    return {
      status: 'warn',
      code: 'missing-allow-origin',
      params: { origin: initiator, apiOrigin, httpApi },
      commands: httpApi
        ? [commands.getCorsConfiguration(target)]
        : [
            commands.getGatewayResponses(target),
            commands.putGatewayResponse(target, 'UNAUTHORIZED'),
            commands.putGatewayResponse(target, 'DEFAULT_4XX'),
            commands.createDeployment(target),
          ],
      links: httpApi ? ['http-api-cors'] : ['rest-cors-console', 'gateway-response-types'],
    };
  },
});
