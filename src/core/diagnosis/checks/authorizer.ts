import { findHeader } from '../../capture/headerDisplay';
import type { AuthorizerKind } from '../../config/model';
import { commands } from '../commands';
import { missingIdentitySources, parseIdentitySources } from '../identitySource';
import { type CheckInput, defineCheck, lambdaAuthorizerCommands } from './checkInput';

type Kind = AuthorizerKind | 'iam' | 'none';

/** The method's own authorization type beats the API's authorizer kind: a method may opt out. */
function effectiveKind(input: CheckInput): Kind | undefined {
  const config = input.config;
  switch (config?.method?.authorizationType) {
    case 'AWS_IAM':
      return 'iam';
    case 'NONE':
      return 'none';
    case 'CUSTOM':
      return 'lambda';
    case 'COGNITO_USER_POOLS':
      return 'cognito';
  }
  if (config?.authorizerKind !== undefined) return config.authorizerKind;
  // Only an HTTP API JWT authorizer answers with `www-authenticate` (aws-facts.md §4).
  if (input.response().wwwAuthenticate !== undefined) return 'jwt';
  return undefined;
}

/** Whole-value match, as `token.client` assumes for the Cognito regex (anchoring is [unverified]). */
function matchesExpression(expression: string, value: string): boolean | undefined {
  try {
    return new RegExp(`^(?:${expression})$`).test(value);
  } catch {
    return undefined;
  }
}

/**
 * Which authorizer answered and what that implies. A Lambda authorizer's 401 looks exactly like a
 * Cognito authorizer's on the wire (aws-facts-2.md §4), so without configuration this says nothing.
 * With it: API Gateway answers 401 without calling the function when an identity source is missing
 * or a `TOKEN` value fails the validation expression; otherwise the function threw `Unauthorized`.
 * A 500 `AuthorizerConfigurationException` is the function crashing, timing out, returning a
 * malformed policy, or not being invocable (aws-facts-2.md §4, aws-facts.md §2 gateway responses).
 */
export const authorizerCheck = defineCheck({
  id: 'authorizer',
  codes: [
    'cognito',
    'rest-jwt',
    'http-jwt',
    'iam',
    'none',
    'lambda',
    'lambda-source-missing',
    'lambda-validation-failed',
    'lambda-unauthorized',
    'lambda-configuration-error',
    'configuration-error',
    'authorizer-failure',
    'unknown',
  ],
  run: (input) => {
    const answer = input.answer();
    const kind = effectiveKind(input);
    const target = input.target();
    const basis =
      input.config?.authorizerKind !== undefined || input.config?.method !== undefined
        ? 'configuration'
        : 'response';
    if (answer === 'authorizer-configuration') {
      return kind === 'lambda'
        ? {
            status: 'fail',
            code: 'lambda-configuration-error',
            commands: lambdaAuthorizerCommands(input),
            links: ['lambda-authorizer', 'gateway-response-types'],
          }
        : {
            status: 'fail',
            code: 'configuration-error',
            commands: [commands.getAuthorizers(target)],
            links: ['lambda-authorizer', 'gateway-response-types'],
          };
    }
    if (answer === 'authorizer-failure') {
      return {
        status: 'fail',
        code: 'authorizer-failure',
        commands: kind === 'lambda' ? lambdaAuthorizerCommands(input) : [commands.getAuthorizers(target)],
        links: ['gateway-response-types'],
      };
    }
    switch (kind) {
      case undefined:
        return { status: 'skip', code: 'unknown' };
      case 'cognito':
        return {
          status: 'info',
          code: 'cognito',
          params: { basis },
          commands: [commands.getAuthorizers(target)],
        };
      case 'rest-jwt':
        return {
          status: 'info',
          code: 'rest-jwt',
          params: { issuers: input.config?.restJwt?.issuers.map((issuer) => issuer.issuer) },
          commands: [commands.getAuthorizers(target)],
          links: ['rest-jwt-authorizer'],
        };
      case 'jwt':
        return { status: 'info', code: 'http-jwt', params: { basis }, links: ['http-api-jwt-authorizer'] };
      case 'iam':
        return { status: 'info', code: 'iam', commands: [commands.getMethod(target)] };
      case 'none':
        return {
          status: 'info',
          code: 'none',
          commands: [commands.getMethod(target), commands.getStages(target)],
        };
      case 'lambda':
        return lambdaVerdict(input);
    }
  },
});

function lambdaVerdict(input: CheckInput) {
  const lambda = input.config?.lambda;
  const links = ['kc-lambda-401', 'lambda-authorizer'] as const;
  const commandList = lambdaAuthorizerCommands(input);
  const params = {
    type: lambda?.type,
    identitySources: lambda?.identitySources,
    ttl: lambda?.resultTtlSeconds,
  };
  if (input.answer() !== 'authorizer-401') {
    return {
      status: 'info' as const,
      code: 'lambda' as const,
      params,
      commands: commandList,
      links: [...links],
    };
  }
  if (lambda !== undefined) {
    const sources = parseIdentitySources(lambda.identitySources);
    const missing = missingIdentitySources(input.call, sources);
    // With caching off, a REQUEST authorizer's sources are optional (aws-facts-2.md §4, SAM PR #2105).
    const required = lambda.type === 'TOKEN' || lambda.resultTtlSeconds !== 0;
    if (missing !== undefined && missing.length > 0 && required) {
      return {
        status: 'fail' as const,
        code: 'lambda-source-missing' as const,
        params: { ...params, missing: missing.map((source) => source.source) },
        commands: commandList,
        links: [...links],
      };
    }
    const header = sources.find((source) => source.kind === 'header');
    const expression = lambda.validationExpression;
    if (lambda.type === 'TOKEN' && header !== undefined && expression !== undefined && expression !== '') {
      const value = findHeader(input.call.requestHeaders, header.kind === 'header' ? header.name : '')?.value;
      if (value !== undefined && matchesExpression(expression, value) === false) {
        return {
          status: 'fail' as const,
          code: 'lambda-validation-failed' as const,
          params: { ...params, expression, header: header.kind === 'header' ? header.name : undefined },
          commands: commandList,
          links: [...links],
        };
      }
    }
  }
  return {
    status: 'warn' as const,
    code: 'lambda-unauthorized' as const,
    params: { ...params, settingsKnown: lambda !== undefined },
    commands: commandList,
    links: [...links],
  };
}
