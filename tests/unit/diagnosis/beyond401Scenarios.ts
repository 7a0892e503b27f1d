import { describe, expect, test } from 'vitest';
import type { CallConfiguration, JwtIssuerRule, LambdaAuthorizer } from '../../../src/core/config/model';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import type { CheckId, DiagnosisInput } from '../../../src/core/diagnosis/types';
import {
  accessClaims,
  CLIENT_ID,
  httpApi401,
  idClaims,
  makeCall,
  POOL_ID,
  REQUEST_S,
  restGatewayError,
  resultOf,
  unsignedToken,
} from './tokenFactory';

/**
 * Scenarios of CHECKS.md "Beyond the 401": the 403s and 500s, the checks `route`, `policy`,
 * `api_key`, `authorizer`, `token.claims`, and the rules per authorizer kind. Registered from
 * checks.test.ts so that its meta-test sees every code they reach.
 */

type Expect = Partial<Record<CheckId, [status: string, code: string]>>;
export type Scenario = [name: string, build: () => Promise<DiagnosisInput>, expected: Expect];
type Token = (claims: Record<string, unknown>, header?: Record<string, unknown>) => Promise<string>;

const MISSING_TOKEN = restGatewayError('MissingAuthenticationTokenException');
const ACCESS_DENIED = restGatewayError('AccessDeniedException');
const FORBIDDEN = restGatewayError('ForbiddenException');
const AUTHORIZER_CONFIGURATION = restGatewayError('AuthorizerConfigurationException');
const AUTHORIZER_FAILURE = restGatewayError('AuthorizerFailureException');
/** An HTTP API's 403: its request id, no error type (aws-facts.md §4). */
const HTTP_API_403 = [
  { name: 'content-type', value: 'application/json' },
  { name: 'apigw-requestid', value: 'Abc1DefGHIjKLmn=' },
];

const ROUTES = [
  { method: 'GET', path: '/orders', authorizationType: 'COGNITO_USER_POOLS' },
  { method: 'GET', path: '/orders/{id}', authorizationType: 'COGNITO_USER_POOLS' },
  { method: 'POST', path: '/orders', authorizationType: 'COGNITO_USER_POOLS' },
  { method: 'GET', path: '/reports', authorizationType: 'AWS_IAM' },
];

const tokenAuthorizer = (overrides: Partial<LambdaAuthorizer> = {}): CallConfiguration => ({
  authorizerKind: 'lambda',
  authorizerId: 'abc123',
  identityHeader: 'Authorization',
  lambda: {
    type: 'TOKEN',
    identitySources: ['method.request.header.Authorization'],
    resultTtlSeconds: 300,
    httpApi: false,
    ...overrides,
  },
});

const requestAuthorizer = (overrides: Partial<LambdaAuthorizer> = {}): CallConfiguration => ({
  authorizerKind: 'lambda',
  authorizerId: 'abc123',
  lambda: {
    type: 'REQUEST',
    identitySources: ['method.request.header.Authorization', 'method.request.querystring.tenant'],
    resultTtlSeconds: 300,
    httpApi: false,
    ...overrides,
  },
});

const EXTERNAL_ISS = 'https://auth.example.com/';
const issuerRule = (overrides: Partial<JwtIssuerRule> = {}): JwtIssuerRule => ({
  issuer: EXTERNAL_ISS,
  audiences: ['orders-api'],
  additionalClaims: [],
  ...overrides,
});
const restJwt = (issuers: JwtIssuerRule[], defaultAlgorithms = ['RS256', 'ES256']): CallConfiguration => ({
  authorizerKind: 'rest-jwt',
  restJwt: { defaultAlgorithms, issuers },
});
const externalClaims = (overrides: Record<string, unknown> = {}) =>
  idClaims({ iss: EXTERNAL_ISS, aud: 'orders-api', token_use: 'access', ...overrides });

export function beyond401Scenarios(token: Token): Record<string, Scenario[]> {
  return {
    'source on 403s and 500s': [
      [
        'Missing Authentication Token',
        async () => ({ call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN }) }),
        { source: ['info', 'missing-authentication-token'] },
      ],
      [
        'AccessDeniedException',
        async () => ({ call: makeCall({ statusCode: 403, responseHeaders: ACCESS_DENIED }) }),
        { source: ['info', 'access-denied'] },
      ],
      [
        'ForbiddenException',
        async () => ({ call: makeCall({ statusCode: 403, responseHeaders: FORBIDDEN }) }),
        { source: ['info', 'forbidden'] },
      ],
      [
        'AuthorizerConfigurationException',
        async () => ({ call: makeCall({ statusCode: 500, responseHeaders: AUTHORIZER_CONFIGURATION }) }),
        { source: ['info', 'authorizer-configuration'] },
      ],
      [
        'AuthorizerFailureException',
        async () => ({ call: makeCall({ statusCode: 500, responseHeaders: AUTHORIZER_FAILURE }) }),
        { source: ['info', 'authorizer-failure'] },
      ],
      [
        "an HTTP API's 403",
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: HTTP_API_403,
            authorization: await token(accessClaims()),
          }),
        }),
        { source: ['info', 'http-api-403'] },
      ],
    ],
    route: [
      [
        'an authorizer 401: the gateway found the route',
        async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
        { route: ['pass', 'exists'] },
      ],
      [
        'Missing Authentication Token, nothing configured',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: MISSING_TOKEN,
            authorization: await token(idClaims()),
          }),
        }),
        { route: ['fail', 'missing-authentication-token'], 'token.expiry': ['pass', 'valid'] },
      ],
      [
        'a stage the API does not have',
        async () => ({
          call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN, path: '/dev/orders' }),
          config: { stages: ['prod', 'staging'], routes: ROUTES },
        }),
        { route: ['fail', 'unknown-stage'] },
      ],
      [
        'no stage in the URL (stages known)',
        async () => ({
          call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN, path: '/orders/42' }),
          config: { stages: ['prod'], routes: ROUTES },
        }),
        { route: ['fail', 'stage-missing'] },
      ],
      [
        'no stage in the URL (stages unknown)',
        async () => ({
          call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN, path: '/orders/42' }),
          config: { routes: ROUTES },
        }),
        { route: ['fail', 'stage-missing'] },
      ],
      [
        'a path no route matches',
        async () => ({
          call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN, path: '/prod/order' }),
          config: { stages: ['prod'], routes: ROUTES },
        }),
        { route: ['fail', 'unknown-route'] },
      ],
      [
        'an AWS_IAM method called unsigned',
        async () => ({
          call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN, path: '/prod/reports' }),
          config: {
            routes: ROUTES,
            method: { method: 'GET', path: '/reports', authorizationType: 'AWS_IAM', scopes: [] },
          },
        }),
        { route: ['fail', 'iam-unsigned'], authorizer: ['info', 'iam'] },
      ],
      [
        'a configured route the stage does not serve',
        async () => ({
          call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN, path: '/prod/orders' }),
          config: {
            authorizerKind: 'cognito',
            stages: ['prod'],
            routes: ROUTES,
            method: { method: 'GET', path: '/orders', authorizationType: 'COGNITO_USER_POOLS', scopes: [] },
          },
        }),
        { route: ['fail', 'configured-route'] },
      ],
      [
        "a backend's 401",
        async () => ({
          call: makeCall({
            authorization: await token(idClaims()),
            responseHeaders: [{ name: 'x-amzn-trace-id', value: 'Root=1-5f84c7a5-1234567890abcdef12345678' }],
          }),
        }),
        { route: ['skip', 'not-gateway'] },
      ],
    ],
    policy: [
      [
        "a Lambda authorizer's explicit Deny",
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: ACCESS_DENIED,
            responseMessage: 'User is not authorized to access this resource with an explicit deny',
          }),
        }),
        { policy: ['fail', 'lambda-deny'], route: ['pass', 'exists'] },
      ],
      [
        "a Lambda authorizer's policy not covering the method",
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: ACCESS_DENIED,
            responseMessage: 'User is not authorized to access this resource',
          }),
          config: tokenAuthorizer(),
        }),
        { policy: ['fail', 'lambda-no-match'], authorizer: ['info', 'lambda'] },
      ],
      [
        "a resource policy's explicit Deny",
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: ACCESS_DENIED,
            responseMessage:
              'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:eu-west-1:********2012:a1b2c3d4e5/prod/GET/orders with an explicit deny',
          }),
        }),
        { policy: ['fail', 'policy-deny'] },
      ],
      [
        'a resource policy that does not allow the caller',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: ACCESS_DENIED,
            responseMessage:
              'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:eu-west-1:********2012:a1b2c3d4e5/prod/GET/orders',
          }),
        }),
        { policy: ['fail', 'anonymous'] },
      ],
      [
        'an explicit deny nobody can attribute',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: ACCESS_DENIED,
            responseMessage: 'Denied: explicit deny',
          }),
        }),
        { policy: ['fail', 'explicit-deny'] },
      ],
      [
        'an explicit deny on a CUSTOM method',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: ACCESS_DENIED,
            responseMessage: 'Denied: explicit deny',
          }),
          config: { method: { method: 'GET', path: '/orders', authorizationType: 'CUSTOM', scopes: [] } },
        }),
        { policy: ['fail', 'lambda-deny'] },
      ],
      [
        'an explicit deny on a Cognito method',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: ACCESS_DENIED,
            responseMessage: 'Denied: explicit deny',
          }),
          config: {
            method: { method: 'GET', path: '/orders', authorizationType: 'COGNITO_USER_POOLS', scopes: [] },
          },
        }),
        { policy: ['fail', 'policy-deny'] },
      ],
      [
        'invalid IAM keys',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: ACCESS_DENIED,
            responseMessage: 'The security token included in the request is invalid.',
          }),
        }),
        { policy: ['fail', 'other-message'] },
      ],
      [
        'no message seen, nothing configured',
        async () => ({ call: makeCall({ statusCode: 403, responseHeaders: ACCESS_DENIED }) }),
        { policy: ['fail', 'access-denied'] },
      ],
      [
        'no message seen, a Lambda authorizer',
        async () => ({
          call: makeCall({ statusCode: 403, responseHeaders: ACCESS_DENIED }),
          config: tokenAuthorizer(),
        }),
        { policy: ['fail', 'access-denied-lambda'] },
      ],
      [
        'a 401',
        async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
        { policy: ['skip', 'not-access-denied'] },
      ],
    ],
    api_key: [
      [
        'Forbidden without x-api-key',
        async () => ({ call: makeCall({ statusCode: 403, responseHeaders: FORBIDDEN }) }),
        { api_key: ['fail', 'no-key'], route: ['pass', 'exists'] },
      ],
      [
        'Forbidden with an x-api-key',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: FORBIDDEN,
            extraRequestHeaders: [{ name: 'x-api-key', value: 'k3yV4lu3' }],
          }),
        }),
        { api_key: ['warn', 'key-rejected'] },
      ],
      [
        'Forbidden on a method that needs no key',
        async () => ({
          call: makeCall({ statusCode: 403, responseHeaders: FORBIDDEN }),
          config: {
            method: {
              method: 'GET',
              path: '/orders',
              authorizationType: 'NONE',
              scopes: [],
              apiKeyRequired: false,
            },
          },
        }),
        { api_key: ['warn', 'not-required'], authorizer: ['info', 'none'] },
      ],
      [
        'a 401',
        async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
        { api_key: ['skip', 'not-forbidden'] },
      ],
    ],
    authorizer: [
      [
        'Cognito, configured',
        async () => ({
          call: makeCall({ authorization: await token(idClaims()) }),
          config: { authorizerKind: 'cognito' },
        }),
        { authorizer: ['info', 'cognito'] },
      ],
      [
        'REST JWT, configured',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims()) }),
          config: restJwt([issuerRule()]),
        }),
        { authorizer: ['info', 'rest-jwt'] },
      ],
      [
        'HTTP API JWT, from the response',
        async () => ({
          call: makeCall({
            authorization: await token(idClaims()),
            responseHeaders: httpApi401('Bearer scope="" error="invalid_token" error_description="x"'),
          }),
        }),
        { authorizer: ['info', 'http-jwt'] },
      ],
      [
        'a REST 401 and nothing configured: Lambda and Cognito look alike',
        async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
        { authorizer: ['skip', 'unknown'] },
      ],
      [
        'Lambda TOKEN authorizer, header missing: rejected before the function ran',
        async () => ({ call: makeCall({ authorization: null }), config: tokenAuthorizer() }),
        { authorizer: ['fail', 'lambda-source-missing'], 'header.present': ['fail', 'missing'] },
      ],
      [
        'Lambda TOKEN authorizer, value fails the validation expression',
        async () => ({
          call: makeCall({ authorization: await token(idClaims()) }),
          config: tokenAuthorizer({ validationExpression: 'Bearer [-0-9a-zA-Z._]+' }),
        }),
        { authorizer: ['fail', 'lambda-validation-failed'] },
      ],
      [
        'Lambda TOKEN authorizer, value matches: the function said Unauthorized',
        async () => ({
          call: makeCall({ authorization: `Bearer ${await token(idClaims())}` }),
          config: tokenAuthorizer({ validationExpression: 'Bearer [-0-9a-zA-Z._]+' }),
        }),
        { authorizer: ['warn', 'lambda-unauthorized'], 'manual.test_authorizer': ['info', 'lambda'] },
      ],
      [
        'Lambda authorizer, settings unknown',
        async () => ({
          call: makeCall({ authorization: await token(idClaims()) }),
          config: { method: { method: 'GET', path: '/orders', authorizationType: 'CUSTOM', scopes: [] } },
        }),
        { authorizer: ['warn', 'lambda-unauthorized'] },
      ],
      [
        'Lambda REQUEST authorizer, query string missing',
        async () => ({
          call: makeCall({ authorization: await token(idClaims()) }),
          config: requestAuthorizer(),
        }),
        {
          authorizer: ['fail', 'lambda-source-missing'],
          'header.present': ['fail', 'lambda-source-missing'],
        },
      ],
      [
        'Lambda REQUEST authorizer, every source there',
        async () => ({
          call: makeCall({ authorization: await token(idClaims()), path: '/prod/orders?tenant=acme' }),
          config: requestAuthorizer(),
        }),
        { authorizer: ['warn', 'lambda-unauthorized'], 'header.present': ['pass', 'lambda-sources-present'] },
      ],
      [
        'Lambda REQUEST authorizer with caching off: sources optional',
        async () => ({
          call: makeCall({ authorization: await token(idClaims()) }),
          config: requestAuthorizer({ resultTtlSeconds: 0 }),
        }),
        {
          authorizer: ['warn', 'lambda-unauthorized'],
          'header.present': ['info', 'lambda-sources-optional'],
        },
      ],
      [
        'Lambda authorizer 500',
        async () => ({
          call: makeCall({
            statusCode: 500,
            responseHeaders: AUTHORIZER_CONFIGURATION,
            authorization: await token(idClaims()),
          }),
          config: tokenAuthorizer(),
        }),
        { authorizer: ['fail', 'lambda-configuration-error'], route: ['pass', 'exists'] },
      ],
      [
        'authorizer 500, nothing configured',
        async () => ({ call: makeCall({ statusCode: 500, responseHeaders: AUTHORIZER_CONFIGURATION }) }),
        { authorizer: ['fail', 'configuration-error'] },
      ],
      [
        'AuthorizerFailureException',
        async () => ({ call: makeCall({ statusCode: 500, responseHeaders: AUTHORIZER_FAILURE }) }),
        { authorizer: ['fail', 'authorizer-failure'] },
      ],
    ],
    'Lambda authorizer: the token informs, the function decides': [
      [
        'a non-Cognito issuer is only information',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims()) }),
          config: tokenAuthorizer(),
        }),
        {
          'token.issuer': ['info', 'not-cognito-other-authorizer'],
          'token.use': ['info', 'lambda'],
        },
      ],
      [
        'a failing token check becomes a warning',
        async () => ({
          call: makeCall({ authorization: unsignedToken({ alg: 'HS256' }, idClaims()) }),
          config: tokenAuthorizer(),
        }),
        { 'token.alg': ['warn', 'other'] },
      ],
      [
        'expiry still fails',
        async () => ({
          call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S - 60 })) }),
          config: tokenAuthorizer(),
        }),
        { 'token.expiry': ['fail', 'expired'], authorizer: ['warn', 'lambda-unauthorized'] },
      ],
    ],
    'REST JWT authorizer': [
      [
        'issuer, algorithm, audience and claims all configured and met',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims({ tenant: 'acme' })) }),
          config: restJwt([
            issuerRule({
              additionalClaims: [{ claimName: 'tenant', expectedValues: ['acme'], required: true }],
            }),
          ]),
        }),
        {
          'token.issuer': ['pass', 'issuer-configured'],
          'token.alg': ['pass', 'allowed'],
          'token.client': ['pass', 'audience-match'],
          'token.use': ['info', 'rest-jwt'],
          'token.claims': ['pass', 'claims-match'],
        },
      ],
      [
        'issuer without its trailing slash',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims({ iss: 'https://auth.example.com' })) }),
          config: restJwt([issuerRule()]),
        }),
        { 'token.issuer': ['fail', 'issuer-mismatch'], 'token.claims': ['skip', 'issuer-not-configured'] },
      ],
      [
        'an algorithm the authorizer does not allow',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims()) }),
          config: restJwt([issuerRule()], ['ES256']),
        }),
        { 'token.alg': ['fail', 'not-allowed'] },
      ],
      [
        'an audience the issuer does not list',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims({ aud: 'other-api' })) }),
          config: restJwt([issuerRule()]),
        }),
        { 'token.client': ['fail', 'audience-mismatch'] },
      ],
      [
        'a Cognito access token: no aud, client_id among the audiences (undecided)',
        async () => ({
          call: makeCall({ authorization: await token(accessClaims()) }),
          config: restJwt([
            issuerRule({
              issuer: `https://cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`,
              audiences: [CLIENT_ID],
            }),
          ]),
        }),
        { 'token.client': ['info', 'client-id-only'], 'token.issuer': ['pass', 'issuer-configured'] },
      ],
      [
        'a required claim missing',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims()) }),
          config: restJwt([issuerRule({ additionalClaims: [{ claimName: 'tenant', required: true }] })]),
        }),
        { 'token.claims': ['fail', 'claim-missing'] },
      ],
      [
        'a claim with an unexpected value; token_use named by a rule',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims({ token_use: 'id' })) }),
          config: restJwt([
            issuerRule({
              additionalClaims: [{ claimName: 'token_use', expectedValues: ['access'], required: true }],
            }),
          ]),
        }),
        { 'token.claims': ['fail', 'claim-value'], 'token.use': ['fail', 'rest-jwt-rule-mismatch'] },
      ],
      [
        'token_use allowed by a rule',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims()) }),
          config: restJwt([
            issuerRule({ additionalClaims: [{ claimName: 'token_use', expectedValues: ['access'] }] }),
          ]),
        }),
        { 'token.use': ['pass', 'rest-jwt-rule-match'], 'token.claims': ['pass', 'claims-match'] },
      ],
      [
        'an issuer with no claim rules',
        async () => ({
          call: makeCall({ authorization: await token(externalClaims()) }),
          config: restJwt([issuerRule()]),
        }),
        { 'token.claims': ['skip', 'no-rules'] },
      ],
      [
        'not a REST JWT authorizer',
        async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
        { 'token.claims': ['skip', 'not-rest-jwt'] },
      ],
    ],
    "HTTP API: the gateway's own verdict": [
      [
        'signing method invalid',
        async () => ({
          call: makeCall({
            authorization: `Bearer ${await token(idClaims())}`,
            responseHeaders: httpApi401(
              'Bearer scope="" error="invalid_token" error_description="signing method ES256 is invalid"',
            ),
          }),
        }),
        { 'token.alg': ['fail', 'gateway-says-invalid'] },
      ],
      [
        'audience invalid, nothing configured',
        async () => ({
          call: makeCall({
            authorization: `Bearer ${await token(idClaims())}`,
            responseHeaders: httpApi401(
              'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
            ),
          }),
        }),
        { 'token.client': ['fail', 'gateway-says-audience'] },
      ],
      [
        'invalid number of segments for a header that decodes here',
        async () => ({
          call: makeCall({
            authorization: `Bearer ${await token(idClaims())}`,
            responseHeaders: httpApi401(
              'Bearer scope="" error="invalid_token" error_description="token contains an invalid number of segments"',
            ),
          }),
        }),
        { 'token.decode': ['fail', 'gateway-says-malformed'] },
      ],
      [
        'a 403 and the route scopes unknown',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: HTTP_API_403,
            authorization: await token(accessClaims()),
          }),
        }),
        { 'token.scope': ['warn', 'http-api-403-scopes-unknown'], route: ['skip', 'not-gateway'] },
      ],
      [
        'a 403, route scopes known, an ID token (no scope claim)',
        async () => ({
          call: makeCall({
            statusCode: 403,
            responseHeaders: HTTP_API_403,
            authorization: await token(idClaims()),
          }),
          config: { authorizerKind: 'jwt', methodScopes: ['orders/read'] },
        }),
        { 'token.scope': ['fail', 'missing-scope'] },
      ],
    ],
  };
}

/** Tests that read more than one status: commands, params, the headline's data. */
export function beyond401Details(token: Token): void {
  describe('beyond the 401: evidence and commands', () => {
    test('route names the stages and the nearest routes, with get-stages and get-resources', async () => {
      const wrongStage = diagnose({
        call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN, path: '/dev/orders' }),
        config: { stages: ['prod', 'staging'], routes: ROUTES },
      });
      expect(resultOf(wrongStage, 'route').params).toMatchObject({
        stage: 'dev',
        stages: ['prod', 'staging'],
      });
      expect(resultOf(wrongStage, 'route').commands.map((command) => command.text)).toEqual([
        'aws apigateway get-stages --rest-api-id a1b2c3d4e5 --region eu-west-1',
        'aws apigateway get-resources --rest-api-id a1b2c3d4e5 --embed methods --region eu-west-1',
      ]);
      expect(wrongStage.headline).toEqual({ id: 'route', code: 'unknown-stage' });

      const typo = diagnose({
        call: makeCall({ statusCode: 403, responseHeaders: MISSING_TOKEN, path: '/prod/order' }),
        config: { stages: ['prod'], routes: ROUTES },
      });
      expect(resultOf(typo, 'route').params.nearest).toEqual([
        'GET /orders',
        'POST /orders',
        'GET /orders/{id}',
      ]);

      const wrongMethod = diagnose({
        call: makeCall({
          statusCode: 403,
          responseHeaders: MISSING_TOKEN,
          path: '/prod/orders/7',
          method: 'DELETE',
        }),
        config: { stages: ['prod'], routes: ROUTES },
      });
      expect((resultOf(wrongMethod, 'route').params.nearest as string[])[0]).toBe('GET /orders/{id}');
    });

    test('policy quotes the message and offers the resource policy command', () => {
      const message = 'User: anonymous is not authorized to perform: execute-api:Invoke on resource: x';
      const diagnosis = diagnose({
        call: makeCall({ statusCode: 403, responseHeaders: ACCESS_DENIED, responseMessage: message }),
      });
      expect(resultOf(diagnosis, 'policy').params.message).toBe(message);
      expect(resultOf(diagnosis, 'policy').commands.map((command) => command.text)).toEqual([
        'aws apigateway get-rest-api --rest-api-id a1b2c3d4e5 --query policy --output text --region eu-west-1',
      ]);
    });

    test('api_key offers the usage plans bound to this API and stage', () => {
      const diagnosis = diagnose({ call: makeCall({ statusCode: 403, responseHeaders: FORBIDDEN }) });
      expect(resultOf(diagnosis, 'api_key').commands.map((command) => command.text)).toEqual([
        `aws apigateway get-usage-plans --query "items[?apiStages[?apiId=='a1b2c3d4e5' && stage=='prod']]" --region eu-west-1`,
      ]);
    });

    test('a Lambda authorizer is tested with its identity sources, never with the token', async () => {
      const jwt = await token(idClaims());
      const diagnosis = diagnose({ call: makeCall({ authorization: jwt }), config: requestAuthorizer() });
      const texts = diagnosis.checks.flatMap((check) => check.commands.map((command) => command.text));
      expect(texts).toContain(
        'aws apigateway test-invoke-authorizer --rest-api-id a1b2c3d4e5 --authorizer-id abc123 --headers Authorization=<value> --path-with-query-string "/?tenant=<value>" --region eu-west-1',
      );
      expect(texts).toContain(
        'aws apigateway get-authorizer --rest-api-id a1b2c3d4e5 --authorizer-id abc123 --region eu-west-1',
      );
      expect(resultOf(diagnosis, 'authorizer').params.missing).toEqual(['method.request.querystring.tenant']);
      expect(JSON.stringify(diagnosis.checks)).not.toContain(jwt);
    });

    test('a token check that a Lambda authorizer caps says so in its params', () => {
      const diagnosis = diagnose({
        call: makeCall({ authorization: unsignedToken({ alg: 'HS256' }, idClaims()) }),
        config: tokenAuthorizer(),
      });
      expect(resultOf(diagnosis, 'token.alg')).toMatchObject({
        status: 'warn',
        params: { lambdaDecides: true },
      });
      expect(diagnosis.checks.some((check) => check.status === 'fail')).toBe(false);
    });

    test('no cause found: the headline data names what is not known', async () => {
      const unknown = diagnose({
        call: makeCall({
          authorization: await token(idClaims()),
          initiator: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
        }),
        signature: {
          kind: 'verified',
          iss: `https://cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`,
          kid: 'id-key-1',
        },
      });
      expect(unknown.headline).toBeUndefined();
      expect(unknown.unexplained).toEqual({
        noConfiguration: true,
        lambdaAuthorizer: false,
        noGatewayReason: true,
      });

      const lambda = diagnose({
        call: makeCall({ statusCode: 403, responseHeaders: FORBIDDEN, responseMessage: 'Forbidden' }),
        config: { method: { method: 'GET', path: '/orders', authorizationType: 'NONE', scopes: [] } },
      });
      expect(lambda.headline).toEqual({ id: 'api_key', code: 'no-key' });
      expect(lambda.unexplained).toBeUndefined();
    });
  });
}
