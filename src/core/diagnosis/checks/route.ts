import { ANY_METHOD } from '../../awsIdentifiers';
import { findHeader } from '../../capture/headerDisplay';
import { matchResourcePath } from '../../config/matchRoute';
import { commands } from '../commands';
import { nearestRoutes } from '../nearestRoutes';
import { type CheckInput, defineCheck } from './checkInput';

function routeMatches(input: CheckInput, path: string): boolean {
  const verb = String(input.call.method).toUpperCase();
  return (input.config?.routes ?? []).some(
    (route) =>
      (route.method.toUpperCase() === verb || route.method.toUpperCase() === ANY_METHOD) &&
      matchResourcePath(route.path, path),
  );
}

/** A SigV4-signed request carries `Authorization: AWS4-HMAC-SHA256 …` (aws-facts.md §2 "403 variants"). */
function isSigned(input: CheckInput): boolean {
  const value = findHeader(input.call.requestHeaders, 'authorization')?.value;
  return typeof value === 'string' && /^\s*AWS4-HMAC-SHA256\b/.test(value);
}

/**
 * REST APIs answer 403 `MissingAuthenticationTokenException` for a stage, path or method that does
 * not exist, and for an `AWS_IAM` method called unsigned (aws-facts.md §2 "403 variants",
 * `MISSING_AUTHENTICATION_TOKEN` also covers "an unsupported API method or resource"). Any other
 * gateway answer about access means the gateway found the route and applied its rules.
 */
export const routeCheck = defineCheck({
  id: 'route',
  codes: [
    'exists',
    'missing-authentication-token',
    'unknown-stage',
    'stage-missing',
    'unknown-route',
    'iam-unsigned',
    'configured-route',
    'not-gateway',
  ],
  run: (input) => {
    const answer = input.answer();
    if (answer === 'other' || answer === 'http-api-403') return { status: 'skip', code: 'not-gateway' };
    if (answer !== 'missing-authentication-token') return { status: 'pass', code: 'exists' };

    const api = input.call.api;
    const method = String(input.call.method).toUpperCase();
    const target = input.target();
    const config = input.config;
    const stages = config?.stages !== undefined && config.stages.length > 0 ? config.stages : undefined;
    const routesKnown = config?.routes !== undefined && config.routes.length > 0;
    const params = { stage: api?.stage, method, resourcePath: api?.resourcePath, path: api?.path, stages };
    const fixCommands = [commands.getStages(target), commands.getResources(target)];
    const links = ['kc-403', 'gateway-response-types'] as const;
    const fail = (
      code: 'unknown-stage' | 'stage-missing' | 'unknown-route' | 'missing-authentication-token',
      extra = {},
    ) => ({
      status: 'fail' as const,
      code,
      params: { ...params, ...extra },
      commands: fixCommands,
      links: [...links],
    });

    // The first segment is taken for the stage; when the whole path is a configured route, the URL has no stage.
    const wholePathIsRoute = routesKnown && typeof api?.path === 'string' && routeMatches(input, api.path);
    if (stages !== undefined && api?.stage !== undefined && !stages.includes(api.stage)) {
      return fail(wholePathIsRoute ? 'stage-missing' : 'unknown-stage');
    }
    if (routesKnown && config?.method === undefined) {
      if (stages === undefined && wholePathIsRoute) return fail('stage-missing');
      return fail('unknown-route', {
        nearest: nearestRoutes(config?.routes ?? [], method, api?.resourcePath ?? '/'),
      });
    }
    const matched = config?.method;
    if (matched !== undefined && matched.authorizationType === 'AWS_IAM' && !isSigned(input)) {
      return {
        status: 'fail',
        code: 'iam-unsigned',
        params: { ...params, configuredMethod: matched.method, configuredPath: matched.path },
        commands: [commands.getMethod(target)],
        links: [...links],
      };
    }
    if (matched !== undefined) {
      // Known to the configuration, unknown to the stage: the stage runs an older deployment.
      return {
        status: 'fail',
        code: 'configured-route',
        params: { ...params, configuredMethod: matched.method, configuredPath: matched.path },
        commands: [commands.getStages(target), commands.createDeployment(target)],
        links: [...links],
      };
    }
    return fail('missing-authentication-token');
  },
});
