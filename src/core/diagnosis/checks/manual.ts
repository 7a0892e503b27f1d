import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import { decodedToken, defineCheck, lambdaAuthorizerCommands } from './checkInput';

/**
 * Authorizer and method changes reach callers only after a deployment (aws-facts.md §1 "Redeploy
 * needed", §8 cause 7). Configuration that calls the method unprotected, while a 401 came back,
 * points the same way: the stage runs something older or newer than what is known.
 */
export const manualDeployedCheck = defineCheck({
  id: 'manual.deployed',
  codes: ['rest', 'http-api', 'config-says-unprotected'],
  run: (input) => {
    const target = input.target();
    const fixCommands = [commands.getStages(target), commands.createDeployment(target)];
    const authorizationType = input.config?.method?.authorizationType;
    if (authorizationType === 'NONE') {
      return {
        status: 'info',
        code: 'config-says-unprotected',
        params: { authorizationType, stage: input.call.api?.stage },
        commands: fixCommands,
        links: ['cognito-authorizer'],
      };
    }
    return {
      status: 'info',
      code: target.httpApi ? 'http-api' : 'rest',
      params: { stage: input.call.api?.stage },
      commands: fixCommands,
      links: [target.httpApi ? 'http-api-jwt-authorizer' : 'cognito-authorizer', 'kc-cognito-401'],
    };
  },
});

/** The console / CLI test mode takes ID tokens only (aws-facts.md §1 "Console test button"). */
export const manualTestAuthorizerCheck = defineCheck({
  id: 'manual.test_authorizer',
  codes: ['rest', 'rest-access-token', 'http-api', 'lambda'],
  run: (input) => {
    const target = input.target();
    if (target.httpApi) {
      return { status: 'info', code: 'http-api', commands: [commands.getAuthorizers(target)] };
    }
    // A Lambda authorizer is tested with the identity sources it reads (aws-facts-2.md §4).
    if (input.authorizer().kind === 'lambda' || input.config?.method?.authorizationType === 'CUSTOM') {
      const lambda = input.config?.lambda;
      return {
        status: 'info',
        code: 'lambda',
        params: {
          authorizerKnown: target.authorizerId !== undefined,
          identitySources: lambda?.identitySources,
        },
        commands: lambdaAuthorizerCommands(input),
        links: ['kc-lambda-401'],
      };
    }
    const token = decodedToken(input);
    const isAccess = token !== undefined && ownClaim(token.payload, 'token_use') === 'access';
    return {
      status: 'info',
      code: isAccess ? 'rest-access-token' : 'rest',
      params: { authorizerKnown: target.authorizerId !== undefined },
      commands: [commands.getAuthorizers(target), commands.testInvokeAuthorizer(target)],
      links: ['kc-cognito-401'],
    };
  },
});

/** A resource-policy denial is a 403 `AccessDeniedException`, never a 401 (aws-facts.md §2 "403 variants"). */
export const manualResourcePolicyCheck = defineCheck({
  id: 'manual.resource_policy',
  codes: ['rest', 'http-api'],
  run: (input) => {
    const target = input.target();
    if (target.httpApi) return { status: 'info', code: 'http-api', links: ['kc-403'] };
    return {
      status: 'info',
      code: 'rest',
      commands: [commands.getResourcePolicy(target)],
      links: ['kc-403'],
    };
  },
});
