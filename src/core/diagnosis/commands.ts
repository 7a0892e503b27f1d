import {
  CLIENT_ID_PATTERN,
  DEFAULT_STAGE,
  REGION_PATTERN,
  regionOfUserPool,
  STAGE_NAME_PATTERN,
  USER_POOL_ID_PATTERN,
} from '../awsIdentifiers';
import type { IdentitySource } from './identitySource';
import type { Command } from './types';

/**
 * What the AWS CLI commands are filled in with. Every value comes from the page's request or the
 * token, so each is checked against a strict pattern before it goes into text meant for a shell;
 * anything else becomes an `<angle-bracket>` placeholder. The token itself never goes in.
 */
export interface CommandTarget {
  /** HTTP API (`apigatewayv2`) rather than REST (`apigateway`). */
  httpApi: boolean;
  apiId?: string;
  region?: string;
  stage?: string;
  authorizerId?: string;
  identityHeader?: string;
  httpMethod?: string;
  poolId?: string;
  clientId?: string;
  origin?: string;
}

const SAFE = {
  apiId: /^[a-z0-9]{1,32}$/,
  region: REGION_PATTERN,
  stage: STAGE_NAME_PATTERN,
  authorizerId: /^[A-Za-z0-9]{1,32}$/,
  // Narrower than an HTTP header name, which may hold `$`, `|` and backticks: harmless on the wire, not in a shell.
  identityHeader: /^[A-Za-z0-9-]{1,64}$/,
  httpMethod: /^[A-Z]{1,16}$/,
  poolId: USER_POOL_ID_PATTERN,
  clientId: CLIENT_ID_PATTERN,
  origin: /^https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$/,
} as const;

/** Header and query-string names from an identity source, narrowed like `identityHeader` for the shell. */
const SAFE_SOURCE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

const PLACEHOLDER: Record<keyof typeof SAFE, string> = {
  apiId: '<api-id>',
  region: '<region>',
  stage: '<stage>',
  authorizerId: '<authorizer-id>',
  identityHeader: 'Authorization',
  httpMethod: '<http-method>',
  poolId: '<user-pool-id>',
  clientId: '<app-client-id>',
  origin: '<origin>',
};

function arg(target: CommandTarget, key: keyof typeof SAFE): string {
  const value = target[key];
  // An HTTP API's `$default` stage is a real stage name, but `$` starts a shell variable: quoted.
  if (key === 'stage' && value === DEFAULT_STAGE) return `'${DEFAULT_STAGE}'`;
  return typeof value === 'string' && SAFE[key].test(value) ? value : PLACEHOLDER[key];
}

/** The pool id's own region: `cognito-idp` calls go there, which can differ from the API's region. */
function poolRegion(target: CommandTarget): string {
  return regionOfUserPool(target.poolId ?? '') ?? arg(target, 'region');
}

function apiCommand(target: CommandTarget, kind: Command['kind'], verb: string, extra = ''): Command {
  const base = target.httpApi
    ? `aws apigatewayv2 ${verb} --api-id ${arg(target, 'apiId')}`
    : `aws apigateway ${verb} --rest-api-id ${arg(target, 'apiId')}`;
  return { kind, text: `${base}${extra} --region ${arg(target, 'region')}` };
}

export const commands = {
  getAuthorizers: (t: CommandTarget) => apiCommand(t, 'get-authorizers', 'get-authorizers'),
  getStages: (t: CommandTarget) => apiCommand(t, 'get-stages', 'get-stages'),
  createDeployment: (t: CommandTarget) =>
    apiCommand(t, 'create-deployment', 'create-deployment', ` --stage-name ${arg(t, 'stage')}`),
  /** REST only: HTTP API JWT authorizers have no test mode. ID tokens only (aws-facts.md §1 "Console test button"). */
  testInvokeAuthorizer: (t: CommandTarget): Command => ({
    kind: 'test-invoke-authorizer',
    text:
      `aws apigateway test-invoke-authorizer --rest-api-id ${arg(t, 'apiId')} --authorizer-id ${arg(t, 'authorizerId')}` +
      ` --headers ${arg(t, 'identityHeader')}=<ID token> --region ${arg(t, 'region')}`,
  }),
  describeUserPool: (t: CommandTarget): Command => ({
    kind: 'describe-user-pool',
    text: `aws cognito-idp describe-user-pool --user-pool-id ${arg(t, 'poolId')} --region ${poolRegion(t)}`,
  }),
  describeUserPoolClient: (t: CommandTarget): Command => ({
    kind: 'describe-user-pool-client',
    text:
      `aws cognito-idp describe-user-pool-client --user-pool-id ${arg(t, 'poolId')}` +
      ` --client-id ${arg(t, 'clientId')} --region ${poolRegion(t)}`,
  }),
  getResources: (t: CommandTarget) =>
    apiCommand({ ...t, httpApi: false }, 'get-resources', 'get-resources', ' --embed methods'),
  getMethod: (t: CommandTarget) =>
    apiCommand(
      { ...t, httpApi: false },
      'get-method',
      'get-method',
      ` --resource-id <resource-id> --http-method ${arg(t, 'httpMethod')}`,
    ),
  getRoutes: (t: CommandTarget) => apiCommand({ ...t, httpApi: true }, 'get-routes', 'get-routes'),
  getGatewayResponses: (t: CommandTarget) =>
    apiCommand({ ...t, httpApi: false }, 'get-gateway-responses', 'get-gateway-responses'),
  /**
   * The header value is a static mapping, so it needs its own single quotes inside the JSON
   * (aws-facts.md §3 "Fix").
   */
  putGatewayResponse: (t: CommandTarget, responseType: 'UNAUTHORIZED' | 'DEFAULT_4XX') =>
    apiCommand(
      { ...t, httpApi: false },
      'put-gateway-response',
      'put-gateway-response',
      ` --response-type ${responseType} --response-parameters` +
        ` "{\\"gatewayresponse.header.Access-Control-Allow-Origin\\":\\"'${arg(t, 'origin')}'\\"}"`,
    ),
  getCorsConfiguration: (t: CommandTarget) =>
    apiCommand({ ...t, httpApi: true }, 'get-cors-configuration', 'get-api', ' --query CorsConfiguration'),
  getAuthorizer: (t: CommandTarget) =>
    apiCommand(t, 'get-authorizer', 'get-authorizer', ` --authorizer-id ${arg(t, 'authorizerId')}`),
  /** The usage plans bound to this API and stage: an API key works only through one (aws-facts.md §2 "403 variants"). */
  getUsagePlans: (t: CommandTarget): Command => ({
    kind: 'get-usage-plans',
    text:
      `aws apigateway get-usage-plans --query "items[?apiStages[?apiId=='${arg(t, 'apiId')}' && stage=='${arg(t, 'stage')}']]"` +
      ` --region ${arg(t, 'region')}`,
  }),
  /**
   * A Lambda authorizer in test mode with the identity sources it reads (aws-facts-2.md §4): each
   * header and query string named, its value a placeholder (never the captured token).
   */
  testInvokeLambdaAuthorizer: (t: CommandTarget, sources: readonly IdentitySource[]): Command => {
    const headers = sources
      .filter((source) => source.kind === 'header')
      .map((source) => `${SAFE_SOURCE_NAME.test(source.name) ? source.name : '<header>'}=<value>`);
    const query = sources
      .filter((source) => source.kind === 'query')
      .map((source) => `${SAFE_SOURCE_NAME.test(source.name) ? source.name : '<name>'}=<value>`);
    return {
      kind: 'test-invoke-authorizer',
      text:
        `aws apigateway test-invoke-authorizer --rest-api-id ${arg(t, 'apiId')} --authorizer-id ${arg(t, 'authorizerId')}` +
        (headers.length > 0 ? ` --headers ${headers.join(',')}` : '') +
        (query.length > 0 ? ` --path-with-query-string "/?${query.join('&')}"` : '') +
        ` --region ${arg(t, 'region')}`,
    };
  },
  getResourcePolicy: (t: CommandTarget) =>
    apiCommand(
      { ...t, httpApi: false },
      'get-resource-policy',
      'get-rest-api',
      ' --query policy --output text',
    ),
};
