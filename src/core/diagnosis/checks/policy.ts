import { commands } from '../commands';
import { defineCheck, lambdaAuthorizerCommands, lambdaProtected, responseMessage } from './checkInput';

/**
 * Which denial an `AccessDeniedException` message names (aws-facts.md §2 "403 variants",
 * aws-facts-2.md §4): a Lambda authorizer's Deny says "User is not authorized to access this
 * resource with an explicit deny"; its policy not covering the method, the same without "explicit
 * deny"; an IAM or resource policy's Deny names the caller and `execute-api:Invoke`; a resource
 * policy that allows nobody like this caller says "User: anonymous is not authorized".
 */
function readMessage(
  message: string,
): 'lambda-deny' | 'lambda-no-match' | 'policy-deny' | 'anonymous' | 'explicit-deny' | 'other-message' {
  if (/User:\s*anonymous is not authorized/i.test(message)) return 'anonymous';
  const explicit = /explicit deny/i.test(message);
  if (/User is not authorized to access this resource/i.test(message))
    return explicit ? 'lambda-deny' : 'lambda-no-match';
  if (explicit && /execute-api:Invoke/i.test(message)) return 'policy-deny';
  return explicit ? 'explicit-deny' : 'other-message';
}

export const policyCheck = defineCheck({
  id: 'policy',
  codes: [
    'lambda-deny',
    'lambda-no-match',
    'policy-deny',
    'anonymous',
    'explicit-deny',
    'other-message',
    'access-denied',
    'access-denied-lambda',
    'not-access-denied',
  ],
  run: (input) => {
    if (input.answer() !== 'access-denied') return { status: 'skip', code: 'not-access-denied' };
    const target = input.target();
    const message = responseMessage(input);
    const lambda = lambdaProtected(input);
    const lambdaCommands = lambdaAuthorizerCommands(input);
    const policyCommands = [commands.getResourcePolicy(target)];
    if (message === undefined) {
      return lambda
        ? {
            status: 'fail',
            code: 'access-denied-lambda',
            commands: lambdaCommands,
            links: ['lambda-authorizer', 'kc-403'],
          }
        : {
            status: 'fail',
            code: 'access-denied',
            commands: policyCommands,
            links: ['kc-403', 'resource-policies'],
          };
    }
    let code = readMessage(message);
    // "explicit deny" alone: the configuration says which of the two wrote it.
    if (code === 'explicit-deny' && input.config?.method !== undefined)
      code = lambda ? 'lambda-deny' : 'policy-deny';
    const fromLambda = code === 'lambda-deny' || code === 'lambda-no-match';
    return {
      status: 'fail',
      code,
      params: { message, cachedTtl: fromLambda ? input.config?.lambda?.resultTtlSeconds : undefined },
      commands: fromLambda ? lambdaCommands : policyCommands,
      links: fromLambda ? ['lambda-authorizer', 'kc-403'] : ['kc-403', 'resource-policies'],
    };
  },
});
