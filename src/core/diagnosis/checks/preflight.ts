import { findHeader } from '../../capture/headerDisplay';
import { commands } from '../commands';
import { defineCheck } from './checkInput';

/**
 * A CORS preflight never carries credentials, so an authorizer on OPTIONS (often inherited from a
 * default authorizer or an `ANY` method/route) rejects it: aws-facts.md §3 and §8 cause 5.
 */
export const preflightCheck = defineCheck({
  id: 'preflight',
  codes: ['not-preflight', 'rejected', 'rejected-configured'],
  run: (input) => {
    if (!input.isPreflight()) return { status: 'pass', code: 'not-preflight' };
    const httpApi = input.httpApi();
    const requestedMethod = findHeader(input.call.requestHeaders, 'access-control-request-method')?.value;
    const target = input.target();
    const params = { httpApi, requestedMethod, resourcePath: input.call.api?.resourcePath };
    const links = [httpApi ? 'http-api-cors' : 'rest-cors'] as const;
    const fixCommands = httpApi
      ? [commands.getRoutes(target)]
      : [commands.getMethod(target), commands.createDeployment(target)];
    const configured = input.config?.method;
    const protectsOptions =
      configured !== undefined &&
      (configured.method === 'OPTIONS' || configured.method === 'ANY') &&
      configured.authorizationType !== 'NONE';
    if (configured && protectsOptions) {
      return {
        status: 'fail',
        code: 'rejected-configured',
        params: {
          ...params,
          configuredMethod: configured.method,
          configuredPath: configured.path,
          authorizationType: configured.authorizationType,
        },
        commands: fixCommands,
        links: [...links],
      };
    }
    return { status: 'fail', code: 'rejected', params, commands: fixCommands, links: [...links] };
  },
});
