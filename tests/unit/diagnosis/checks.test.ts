import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { CallConfiguration } from '../../../src/core/config/model';
import { CHECK_CODES, CHECK_IDS, CHECKS } from '../../../src/core/diagnosis/checks';
import { diagnose, headlineResult } from '../../../src/core/diagnosis/diagnose';
import type { CheckId, DiagnosisInput, SignatureVerdict } from '../../../src/core/diagnosis/types';
import { en } from '../../../src/core/i18n/en';
import { renderCheck } from '../../../src/core/i18n/render';
import type { AppClientConfig } from '../../../src/core/signin/appClientConfig';
import { beyond401Details, beyond401Scenarios } from './beyond401Scenarios';
import {
  API_HOST,
  API_ID,
  accessClaims,
  BACKEND_401,
  CLIENT_ID,
  createTestKey,
  httpApi401,
  ISS,
  idClaims,
  makeCall,
  POOL_ID,
  REQUEST_S,
  REST_AUTHORIZER_401,
  resultOf,
  signToken,
  type TestKey,
  unsignedToken,
} from './tokenFactory';

let key: TestKey;
beforeAll(async () => {
  key = await createTestKey('id-key-1');
});

const token = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
  signToken(key, claims, header);
const verified: SignatureVerdict = { kind: 'verified', iss: ISS, kid: 'id-key-1' };
const restConfig = (overrides: CallConfiguration = {}): CallConfiguration => ({
  authorizerKind: 'cognito',
  userPoolIds: [POOL_ID],
  ...overrides,
});

type Expect = Partial<Record<CheckId, [status: string, code: string]>>;
type Scenario = [name: string, build: () => Promise<DiagnosisInput>, expected: Expect];

/** Every id/status/code the tables below produce: the meta-test at the end wants them all. */
const reached = new Set<string>();

async function statusOf(build: () => Promise<DiagnosisInput>) {
  const diagnosis = diagnose(await build());
  expect(diagnosis.checks.map((check) => check.id)).toEqual(CHECK_IDS);
  for (const check of diagnosis.checks) reached.add(`${check.id} ${check.code}`);
  return Object.fromEntries(diagnosis.checks.map((check) => [check.id, [check.status, check.code]]));
}

function table(scenarios: Scenario[]) {
  test.each(scenarios)('%s', async (_name, build, expected) => {
    expect(await statusOf(build)).toMatchObject(expected);
  });
}

describe('source', () => {
  table([
    [
      'REST authorizer',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      { source: ['info', 'rest-authorizer'] },
    ],
    [
      'REST gateway error of another type',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims()),
          responseHeaders: [
            {
              name: 'x-amzn-ErrorType',
              value: 'InvalidSignatureException:http://internal.amazon.com/coral/',
            },
          ],
        }),
      }),
      { source: ['info', 'rest-gateway-error'] },
    ],
    [
      'HTTP API with error_description',
      async () => ({
        call: makeCall({
          authorization: `Bearer ${await token(idClaims())}`,
          responseHeaders: httpApi401(
            'Bearer scope="" error="invalid_token" error_description="the token has expired"',
          ),
        }),
      }),
      { source: ['info', 'http-api-authorizer'] },
    ],
    [
      'HTTP API without a token',
      async () => ({ call: makeCall({ authorization: null, responseHeaders: httpApi401('Bearer') }) }),
      { source: ['info', 'http-api-missing-token'], 'header.present': ['fail', 'missing'] },
    ],
    [
      'backend 401 with X-Amzn-Trace-Id',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()), responseHeaders: BACKEND_401 }),
      }),
      { source: ['warn', 'backend'] },
    ],
    [
      'backend 401 through an HTTP integration (remapped headers)',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims()),
          responseHeaders: [
            { name: 'x-amzn-RequestId', value: 'r' },
            { name: 'x-amzn-Remapped-WWW-Authenticate', value: 'Bearer realm="app"' },
            { name: 'x-amzn-Remapped-Server', value: 'nginx' },
          ],
        }),
      }),
      { source: ['warn', 'backend'] },
    ],
  ]);

  test('quotes the response body as evidence where a HAR or DevTools kept it, and only a whole JSON body', async () => {
    const deny = '{"Message":"User is not authorized to access this resource with an explicit deny"}';
    const withBody = async (text: string, truncated = false) =>
      diagnose({
        call: {
          ...makeCall({
            authorization: await token(idClaims()),
            responseHeaders: [{ name: 'x-amzn-ErrorType', value: 'AccessDeniedException' }],
          }),
          statusCode: 403,
          responseBody: { mimeType: 'application/json', text, ...(truncated && { truncated }) },
        },
      });
    const said = resultOf(await withBody(deny), 'source');
    // CHECKS.md "Beyond the 401": source names the gateway's answer.
    expect(said).toMatchObject({ code: 'access-denied' });
    expect(said.params.bodyMessage).toBe(
      'User is not authorized to access this resource with an explicit deny',
    );
    const rendered = renderCheck(said, en)
      .explanation.segments.map((segment) => segment.text)
      .join('');
    expect(rendered).toContain('User is not authorized to access this resource with an explicit deny');
    const tokenEndpoint = resultOf(await withBody('{"error":"invalid_grant"}'), 'source');
    expect(tokenEndpoint.params).toMatchObject({ bodyError: 'invalid_grant' });
    expect(tokenEndpoint.params.bodyMessage).toBeUndefined();
    // A cut body is not parsed; a call without a body (the worker's captures) says nothing more.
    expect(resultOf(await withBody(deny, true), 'source').params.bodyMessage).toBeUndefined();
    const plain = diagnose({ call: makeCall({ authorization: await token(idClaims()) }) });
    expect(resultOf(plain, 'source').params.bodyMessage).toBeUndefined();
  });

  test('shows the HTTP API error_description verbatim and the evidence of a backend answer', async () => {
    const http = diagnose({
      call: makeCall({
        authorization: `Bearer ${await token(idClaims())}`,
        responseHeaders: httpApi401(
          'Bearer scope="orders/read orders/write" error="invalid_token" error_description="the token does not have a valid audience"',
        ),
      }),
    });
    expect(resultOf(http, 'source').params).toMatchObject({
      error: 'invalid_token',
      errorDescription: 'the token does not have a valid audience',
      scope: 'orders/read orders/write',
    });
    expect(http.authorizer).toEqual({ kind: 'jwt', basis: 'response' });
    const backend = diagnose({
      call: makeCall({
        authorization: await token(idClaims()),
        responseHeaders: [{ name: 'x-amzn-Remapped-Date', value: 'x' }, ...BACKEND_401],
      }),
    });
    expect(resultOf(backend, 'source').params).toMatchObject({
      traceId: true,
      remapped: ['x-amzn-Remapped-Date'],
    });
  });
});

describe('preflight and cors', () => {
  table([
    [
      'not a preflight',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      { preflight: ['pass', 'not-preflight'] },
    ],
    [
      'preflight rejected',
      async () => ({
        call: makeCall({
          method: 'OPTIONS',
          authorization: null,
          extraRequestHeaders: [{ name: 'access-control-request-method', value: 'GET' }],
        }),
      }),
      {
        preflight: ['fail', 'rejected'],
        'header.present': ['skip', 'preflight'],
        'header.format': ['skip', 'no-header'],
        'token.decode': ['skip', 'no-header'],
        'token.expiry': ['skip', 'not-decoded'],
      },
    ],
    [
      'preflight rejected, configured ANY method as evidence',
      async () => ({
        call: makeCall({ method: 'OPTIONS', authorization: null }),
        config: restConfig({
          method: { method: 'ANY', path: '/{proxy+}', authorizationType: 'COGNITO_USER_POOLS', scopes: [] },
          methodScopes: [],
        }),
      }),
      { preflight: ['fail', 'rejected-configured'] },
    ],
    [
      'preflight rejected although configuration leaves OPTIONS open',
      async () => ({
        call: makeCall({ method: 'OPTIONS', authorization: null }),
        config: restConfig({
          method: { method: 'OPTIONS', path: '/orders', authorizationType: 'NONE', scopes: [] },
        }),
      }),
      { preflight: ['fail', 'rejected'], 'manual.deployed': ['info', 'config-says-unprotected'] },
    ],
    [
      'same origin',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims()),
          initiator: `https://${API_ID}.execute-api.eu-west-1.amazonaws.com`,
        }),
      }),
      { cors: ['pass', 'same-origin'] },
    ],
    [
      'cross origin, 401 with Access-Control-Allow-Origin',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims()),
          responseHeaders: [...REST_AUTHORIZER_401, { name: 'Access-Control-Allow-Origin', value: '*' }],
        }),
      }),
      { cors: ['pass', 'allow-origin-present'] },
    ],
    [
      'cross origin, CORS-less 401',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      { cors: ['warn', 'missing-allow-origin'] },
    ],
    [
      'initiator unknown',
      async () => {
        const call = makeCall({ authorization: await token(idClaims()) });
        delete call.initiator;
        return { call };
      },
      { cors: ['skip', 'no-initiator'] },
    ],
  ]);

  test('the configured method is the preflight evidence', async () => {
    const diagnosis = diagnose({
      call: makeCall({ method: 'OPTIONS', authorization: null }),
      config: restConfig({
        method: { method: 'ANY', path: '/{proxy+}', authorizationType: 'COGNITO_USER_POOLS', scopes: [] },
      }),
    });
    expect(resultOf(diagnosis, 'preflight').params).toMatchObject({
      configuredMethod: 'ANY',
      configuredPath: '/{proxy+}',
      authorizationType: 'COGNITO_USER_POOLS',
    });
  });

  test('the CORS fix adds the header to the gateway responses of this API', async () => {
    const diagnosis = diagnose({ call: makeCall({ authorization: await token(idClaims()) }) });
    const cors = diagnosis.checks.find((check) => check.id === 'cors');
    expect(cors?.commands.map((command) => command.text)).toEqual([
      'aws apigateway get-gateway-responses --rest-api-id a1b2c3d4e5 --region eu-west-1',
      `aws apigateway put-gateway-response --rest-api-id a1b2c3d4e5 --response-type UNAUTHORIZED --response-parameters "{\\"gatewayresponse.header.Access-Control-Allow-Origin\\":\\"'https://app.example.com'\\"}" --region eu-west-1`,
      `aws apigateway put-gateway-response --rest-api-id a1b2c3d4e5 --response-type DEFAULT_4XX --response-parameters "{\\"gatewayresponse.header.Access-Control-Allow-Origin\\":\\"'https://app.example.com'\\"}" --region eu-west-1`,
      'aws apigateway create-deployment --rest-api-id a1b2c3d4e5 --stage-name prod --region eu-west-1',
    ]);
  });
});

describe('header.present, header.format, token.decode', () => {
  table([
    [
      'Authorization present',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      {
        'header.present': ['pass', 'present'],
        'header.format': ['pass', 'raw'],
        'token.decode': ['pass', 'decoded'],
      },
    ],
    [
      'Bearer token',
      async () => ({ call: makeCall({ authorization: `Bearer ${await token(idClaims())}` }) }),
      { 'header.format': ['pass', 'bearer'], 'token.decode': ['pass', 'decoded'] },
    ],
    [
      'no Authorization header',
      async () => ({ call: makeCall({ authorization: null }) }),
      {
        'header.present': ['fail', 'missing'],
        'header.format': ['skip', 'no-header'],
        'token.decode': ['skip', 'no-header'],
        'token.alg': ['skip', 'not-decoded'],
      },
    ],
    [
      'token sent in x-auth',
      async () => ({
        call: makeCall({
          authorization: null,
          extraRequestHeaders: [{ name: 'x-auth', value: await token(idClaims()) }],
        }),
      }),
      { 'header.present': ['fail', 'missing-token-elsewhere'] },
    ],
    [
      'configured identity header X-Auth',
      async () => ({
        call: makeCall({
          authorization: null,
          extraRequestHeaders: [{ name: 'x-auth', value: await token(idClaims()) }],
        }),
        config: restConfig({ identityHeader: 'X-Auth' }),
      }),
      { 'header.present': ['pass', 'present'], 'token.decode': ['pass', 'decoded'] },
    ],
    [
      'empty Authorization',
      async () => ({ call: makeCall({ authorization: '   ' }) }),
      { 'header.present': ['fail', 'empty'], 'header.format': ['skip', 'no-header'] },
    ],
    [
      'headers never captured',
      async () => ({ call: makeCall({ headersMissing: true }) }),
      {
        'header.present': ['skip', 'headers-not-captured'],
        'header.format': ['skip', 'no-header'],
        'token.decode': ['skip', 'no-header'],
      },
    ],
    [
      'Bearer undefined',
      async () => ({ call: makeCall({ authorization: 'Bearer undefined' }) }),
      {
        'header.format': ['fail', 'placeholder'],
        'token.decode': ['fail', 'no-token'],
        'token.alg': ['skip', 'not-decoded'],
      },
    ],
    [
      'Bearer null',
      async () => ({ call: makeCall({ authorization: 'Bearer null' }) }),
      { 'header.format': ['fail', 'placeholder'] },
    ],
    [
      '[object Object]',
      async () => ({ call: makeCall({ authorization: '[object Object]' }) }),
      { 'header.format': ['fail', 'placeholder'] },
    ],
    [
      'quoted token',
      async () => ({ call: makeCall({ authorization: `"${await token(idClaims())}"` }) }),
      {
        'header.format': ['fail', 'quotes'],
        'token.decode': ['pass', 'decoded-cleaned'],
        'token.expiry': ['pass', 'valid'],
      },
    ],
    [
      'double space',
      async () => ({ call: makeCall({ authorization: `Bearer  ${await token(idClaims())}` }) }),
      { 'header.format': ['fail', 'doubled-whitespace'], 'token.decode': ['pass', 'decoded-cleaned'] },
    ],
    [
      'space inside the token',
      async () => {
        const value = await token(idClaims());
        return { call: makeCall({ authorization: `Bearer ${value.slice(0, 50)} ${value.slice(50)}` }) };
      },
      { 'header.format': ['fail', 'space-in-token'], 'token.decode': ['pass', 'decoded-cleaned'] },
    ],
    [
      'SigV4',
      async () => ({
        call: makeCall({
          authorization:
            'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261120/eu-west-1/execute-api/aws4_request, SignedHeaders=host, Signature=abcdef',
        }),
      }),
      {
        'header.format': ['fail', 'sigv4'],
        'token.decode': ['fail', 'no-token'],
        'token.alg': ['skip', 'not-decoded'],
      },
    ],
    [
      'Basic',
      async () => ({ call: makeCall({ authorization: 'Basic dXNlcjpwYXNz' }) }),
      {
        'header.format': ['fail', 'basic'],
        'token.decode': ['fail', 'no-token'],
        'token.alg': ['skip', 'not-decoded'],
      },
    ],
    [
      'Bearer Bearer',
      async () => ({ call: makeCall({ authorization: `Bearer Bearer ${await token(idClaims())}` }) }),
      { 'header.format': ['fail', 'bearer-bearer'], 'token.decode': ['pass', 'decoded-cleaned'] },
    ],
    [
      'bare Bearer',
      async () => ({ call: makeCall({ authorization: 'Bearer' }) }),
      {
        'header.format': ['fail', 'bearer-only'],
        'token.decode': ['fail', 'no-token'],
        'token.alg': ['skip', 'not-decoded'],
      },
    ],
    [
      'tab',
      async () => ({ call: makeCall({ authorization: `Bearer\t${await token(idClaims())}` }) }),
      { 'header.format': ['fail', 'tab'], 'token.decode': ['pass', 'decoded-cleaned'] },
    ],
    [
      'newline',
      async () => ({ call: makeCall({ authorization: `${await token(idClaims())}\n` }) }),
      { 'header.format': ['fail', 'newline'] },
    ],
    [
      'control character',
      async () => ({ call: makeCall({ authorization: `Bearer ab\u0001cd` }) }),
      { 'header.format': ['fail', 'control-character'] },
    ],
    [
      'leading space',
      async () => ({ call: makeCall({ authorization: ` ${await token(idClaims())}` }) }),
      { 'header.format': ['fail', 'leading-whitespace'] },
    ],
    [
      'trailing space',
      async () => ({ call: makeCall({ authorization: `${await token(idClaims())} ` }) }),
      { 'header.format': ['fail', 'trailing-whitespace'] },
    ],
    [
      'other scheme',
      async () => ({ call: makeCall({ authorization: `JWT ${await token(idClaims())}` }) }),
      { 'header.format': ['fail', 'other-scheme'], 'token.decode': ['pass', 'decoded-cleaned'] },
    ],
    [
      'two segments',
      async () => ({
        call: makeCall({ authorization: (await token(idClaims())).split('.').slice(0, 2).join('.') }),
      }),
      {
        'header.format': ['pass', 'raw'],
        'token.decode': ['fail', 'segment-count'],
        'token.alg': ['skip', 'not-decoded'],
      },
    ],
    [
      'not base64',
      async () => ({ call: makeCall({ authorization: 'Bearer a$b.c.d' }) }),
      { 'token.decode': ['fail', 'bad-base64'] },
    ],
    [
      'non-JSON payload',
      async () => ({ call: makeCall({ authorization: unsignedToken({ alg: 'RS256' }, 'hello') }) }),
      { 'token.decode': ['fail', 'bad-json'] },
    ],
    [
      'array payload',
      async () => ({ call: makeCall({ authorization: unsignedToken({ alg: 'RS256' }, ['a', 'b']) }) }),
      { 'token.decode': ['fail', 'not-object'], 'token.expiry': ['skip', 'not-decoded'] },
    ],
    [
      'token cut in the payload',
      async () => {
        const [header, payload] = (await token(idClaims())).split('.');
        return { call: makeCall({ authorization: `${header}.${payload?.slice(0, 60)}` }) };
      },
      { 'token.decode': ['fail', 'truncated'] },
    ],
    [
      'value cut by the capture',
      async () => {
        const call = makeCall({ authorization: (await token(idClaims())).slice(0, 100) });
        const header = call.requestHeaders?.find((entry) => entry.name === 'authorization');
        if (header) header.truncated = true;
        return { call };
      },
      { 'token.decode': ['skip', 'captured-value-truncated'] },
    ],
    [
      'unicode garbage',
      async () => ({ call: makeCall({ authorization: 'Bearer 日本語.🙂.x' }) }),
      { 'header.format': ['pass', 'bearer'], 'token.decode': ['fail', 'bad-base64'] },
    ],
    [
      'a megabyte of garbage',
      async () => ({ call: makeCall({ authorization: `Bearer ${'x'.repeat(1_048_576)}` }) }),
      { 'header.format': ['pass', 'bearer'], 'token.decode': ['fail', 'segment-count'] },
    ],
  ]);

  test('header.format gives the problem and its position', async () => {
    const value = await token(idClaims());
    const diagnosis = diagnose({
      call: makeCall({ authorization: `Bearer ${value.slice(0, 50)} ${value.slice(50)}` }),
    });
    expect(resultOf(diagnosis, 'header.format').params).toEqual({
      scheme: 'Bearer',
      problems: ['space-in-token'],
      recoverable: true,
      position: 58,
      character: 'U+0020',
    });
    expect(resultOf(diagnosis, 'header.present').params).toEqual({
      headerName: 'authorization',
      otherHeaders: [],
    });
  });

  test('header.present names the headers that carry a JWT', async () => {
    const diagnosis = diagnose({
      call: makeCall({
        authorization: null,
        extraRequestHeaders: [{ name: 'authorizationToken', value: await token(idClaims()) }],
      }),
    });
    expect(resultOf(diagnosis, 'header.present').params).toEqual({
      headerName: 'Authorization',
      otherHeaders: ['authorizationToken'],
    });
    expect(resultOf(diagnosis, 'header.present').commands[0]?.text).toBe(
      'aws apigateway get-authorizers --rest-api-id a1b2c3d4e5 --region eu-west-1',
    );
  });

  test('token.decode says which segment failed', async () => {
    const diagnosis = diagnose({ call: makeCall({ authorization: unsignedToken({ alg: 'RS256' }, [1]) }) });
    expect(resultOf(diagnosis, 'token.decode').params).toEqual({ segment: 'payload', jsonKind: 'array' });
  });
});

describe('token.alg and token.issuer', () => {
  table([
    [
      'RS256',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      { 'token.alg': ['pass', 'rs256'] },
    ],
    [
      'alg none',
      async () => ({ call: makeCall({ authorization: unsignedToken({ alg: 'none' }, idClaims(), '') }) }),
      { 'token.alg': ['fail', 'none'], 'token.signature': ['skip', 'unsupported-alg'] },
    ],
    [
      'HS256',
      async () => ({ call: makeCall({ authorization: await token(idClaims(), { alg: 'HS256' }) }) }),
      { 'token.alg': ['fail', 'other'] },
    ],
    [
      'ES256',
      async () => ({ call: makeCall({ authorization: await token(idClaims(), { alg: 'ES256' }) }) }),
      { 'token.alg': ['fail', 'other'] },
    ],
    [
      'no alg',
      async () => ({ call: makeCall({ authorization: unsignedToken({ typ: 'JWT' }, idClaims()) }) }),
      { 'token.alg': ['fail', 'missing'] },
    ],
    [
      'Cognito issuer',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      { 'token.issuer': ['pass', 'cognito'] },
    ],
    [
      'configured pool',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }), config: restConfig() }),
      { 'token.issuer': ['pass', 'pool-configured'] },
    ],
    [
      'pool not configured',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig({ userPoolIds: ['eu-west-1_Prod000'] }),
      }),
      { 'token.issuer': ['fail', 'pool-not-configured'] },
    ],
    [
      'pool list given as a stage variable only',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        // biome-ignore lint/suspicious/noTemplateCurlyInString: an API Gateway stage variable, literally
        config: restConfig({ userPoolIds: ['${stageVariables.pool}'] }),
      }),
      { 'token.issuer': ['pass', 'cognito'] },
    ],
    [
      'no iss',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ iss: undefined })) }) }),
      { 'token.issuer': ['fail', 'missing'] },
    ],
    [
      'foreign issuer on REST',
      async () => ({
        call: makeCall({ authorization: await token(idClaims({ iss: 'https://login.example.com/' })) }),
      }),
      { 'token.issuer': ['fail', 'not-cognito'], 'token.signature': ['skip', 'not-cognito'] },
    ],
    [
      'foreign issuer on an HTTP API',
      async () => ({
        call: makeCall({
          authorization: `Bearer ${await token(idClaims({ iss: 'https://login.example.com/' }))}`,
          responseHeaders: httpApi401(
            'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
          ),
        }),
      }),
      { 'token.issuer': ['info', 'not-cognito-http-api'] },
    ],
    [
      'foreign issuer, authorizer unknown',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims({ iss: 'https://login.example.com/' })),
          responseHeaders: [{ name: 'content-type', value: 'text/plain' }],
        }),
      }),
      { 'token.issuer': ['info', 'not-cognito-unknown-authorizer'], source: ['warn', 'backend'] },
    ],
    [
      'regions in iss disagree',
      async () => ({
        call: makeCall({
          authorization: await token(
            idClaims({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/eu-west-1_AbC123xyz' }),
          ),
        }),
      }),
      { 'token.issuer': ['fail', 'region-mismatch'], 'token.signature': ['skip', 'not-cognito'] },
    ],
    [
      'HTTP API issuer matches exactly',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims()),
          responseHeaders: httpApi401('Bearer error="invalid_token"'),
        }),
        config: { authorizerKind: 'jwt', issuer: ISS },
      }),
      { 'token.issuer': ['pass', 'issuer-configured'] },
    ],
    [
      'HTTP API issuer differs by a trailing slash',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims()),
          responseHeaders: httpApi401('Bearer error="invalid_token"'),
        }),
        config: { authorizerKind: 'jwt', issuer: `${ISS}/` },
      }),
      { 'token.issuer': ['fail', 'issuer-mismatch'] },
    ],
  ]);

  test('issuer evidence: pool, region, configured pools, describe-user-pool command', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims()) }),
      config: restConfig({ userPoolIds: ['eu-west-1_Prod000', 'eu-west-1_Prod001'] }),
    });
    const issuer = resultOf(diagnosis, 'token.issuer');
    expect(issuer.params).toEqual({
      iss: ISS,
      poolId: POOL_ID,
      region: 'eu-west-1',
      configuredPoolIds: ['eu-west-1_Prod000', 'eu-west-1_Prod001'],
    });
    expect(issuer?.commands.map((command) => command.text)).toContain(
      `aws cognito-idp describe-user-pool --user-pool-id ${POOL_ID} --region eu-west-1`,
    );
    expect(diagnosis.pool).toEqual({ poolId: POOL_ID, region: 'eu-west-1', partition: 'aws' });
  });

  test('a trailing-slash mismatch is pointed out', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims()), responseHeaders: httpApi401('Bearer') }),
      config: { authorizerKind: 'jwt', issuer: `${ISS}/` },
    });
    expect(resultOf(diagnosis, 'token.issuer').params).toMatchObject({
      trailingSlash: true,
      configuredIssuer: `${ISS}/`,
    });
  });
});

describe('token.expiry and token.issued_at', () => {
  table([
    [
      'valid for 30 minutes',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      { 'token.expiry': ['pass', 'valid'], 'token.issued_at': ['pass', 'ok'] },
    ],
    [
      'expired 12 minutes before',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S - 720 })) }) }),
      { 'token.expiry': ['fail', 'expired'] },
    ],
    [
      'expires exactly at the request',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S })) }) }),
      { 'token.expiry': ['fail', 'expired'] },
    ],
    [
      'about to expire',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S + 30 })) }) }),
      { 'token.expiry': ['warn', 'about-to-expire'] },
    ],
    [
      'no exp',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ exp: undefined })) }) }),
      { 'token.expiry': ['fail', 'no-exp'] },
    ],
    [
      'exp as a string',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ exp: '1790000000' })) }) }),
      { 'token.expiry': ['fail', 'no-exp'] },
    ],
    [
      'HTTP API says expired, local clock disagrees',
      async () => ({
        call: makeCall({
          authorization: `Bearer ${await token(idClaims({ exp: REQUEST_S + 200 }))}`,
          responseHeaders: httpApi401(
            'Bearer scope="" error="invalid_token" error_description="the token has expired"',
          ),
        }),
      }),
      // The gateway's own verdict decides (CHECKS.md "Beyond the 401", HTTP API).
      { 'token.expiry': ['fail', 'gateway-says-expired'] },
    ],
    [
      'iat in the future',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ iat: REQUEST_S + 600 })) }) }),
      { 'token.issued_at': ['warn', 'iat-in-future'] },
    ],
    [
      'iat slightly ahead',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ iat: REQUEST_S + 299 })) }) }),
      { 'token.issued_at': ['pass', 'ok'] },
    ],
    [
      'nbf in the future',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ nbf: REQUEST_S + 3600 })) }) }),
      { 'token.issued_at': ['warn', 'nbf-in-future'] },
    ],
  ]);

  test('expiry always exposes exp, iat and auth_time, relative to the request', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S - 720 })) }),
    });
    expect(resultOf(diagnosis, 'token.expiry').params).toEqual({
      exp: REQUEST_S - 720,
      iat: REQUEST_S - 1800,
      authTime: REQUEST_S - 7200,
      expFromRequest: -720,
      iatFromRequest: -1800,
      authTimeFromRequest: -7200,
      requestTime: REQUEST_S,
      secondsBefore: 720,
    });
  });

  test('decides by the request time, never by the clock of the machine', async () => {
    const value = await token(idClaims());
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
      expect(await statusOf(async () => ({ call: makeCall({ authorization: value }) }))).toMatchObject({
        'token.expiry': ['pass', 'valid'],
      });
      vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
      expect(await statusOf(async () => ({ call: makeCall({ authorization: value }) }))).toMatchObject({
        'token.issued_at': ['pass', 'ok'],
      });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('token.use, token.scope, token.client', () => {
  const withScopes = (scopes: string[] | undefined) => restConfig({ methodScopes: scopes });
  table([
    [
      'ID token, no scopes',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }), config: withScopes([]) }),
      { 'token.use': ['pass', 'id-no-scopes'], 'token.scope': ['skip', 'not-access-token'] },
    ],
    [
      'access token, no scopes',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()) }),
        config: withScopes([]),
      }),
      { 'token.use': ['fail', 'access-no-scopes'], 'token.scope': ['skip', 'no-method-scopes'] },
    ],
    [
      'access token with the scope',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims({ scope: 'openid orders/read' })) }),
        config: withScopes(['orders/read', 'orders/admin']),
      }),
      { 'token.use': ['pass', 'access-with-scopes'], 'token.scope': ['pass', 'has-scope'] },
    ],
    [
      'access token without the scope',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()) }),
        config: withScopes(['orders/read']),
      }),
      { 'token.use': ['pass', 'access-with-scopes'], 'token.scope': ['fail', 'missing-scope'] },
    ],
    [
      'ID token on a method with scopes',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: withScopes(['orders/read']),
      }),
      { 'token.use': ['fail', 'id-with-scopes'], 'token.scope': ['skip', 'not-access-token'] },
    ],
    [
      'ID token, scopes unknown',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      { 'token.use': ['info', 'id-scopes-unknown'], 'token.scope': ['skip', 'not-access-token'] },
    ],
    [
      'access token, scopes unknown',
      async () => ({ call: makeCall({ authorization: await token(accessClaims()) }) }),
      { 'token.use': ['warn', 'access-scopes-unknown'], 'token.scope': ['skip', 'scopes-unknown'] },
    ],
    [
      'no token_use',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ token_use: undefined })) }) }),
      { 'token.use': ['fail', 'missing'] },
    ],
    [
      'token_use refresh',
      async () => ({ call: makeCall({ authorization: await token(idClaims({ token_use: 'refresh' })) }) }),
      { 'token.use': ['fail', 'unknown-value'] },
    ],
    [
      'HTTP API ignores token_use',
      async () => ({
        call: makeCall({
          authorization: await token(accessClaims()),
          responseHeaders: httpApi401('Bearer scope="" error="invalid_token"'),
        }),
      }),
      { 'token.use': ['info', 'http-api'], 'token.scope': ['skip', 'no-method-scopes'] },
    ],
    [
      'HTTP API route scopes from www-authenticate',
      async () => ({
        call: makeCall({
          authorization: await token(accessClaims()),
          responseHeaders: httpApi401('Bearer scope="orders/read" error="insufficient_scope"'),
        }),
      }),
      { 'token.use': ['info', 'http-api'], 'token.scope': ['fail', 'missing-scope'] },
    ],
    [
      'method configured with authorization NONE',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()) }),
        config: restConfig({
          method: { method: 'GET', path: '/orders', authorizationType: 'NONE', scopes: [] },
          methodScopes: [],
        }),
      }),
      {
        'token.use': ['skip', 'method-not-token-auth'],
        'manual.deployed': ['info', 'config-says-unprotected'],
      },
    ],
    [
      'client unknown',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      { 'token.client': ['skip', 'unknown-audience'] },
    ],
    [
      'HTTP API audience matches aud',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()), responseHeaders: httpApi401('Bearer') }),
        config: { authorizerKind: 'jwt', clientIds: ['6hkmkdf2j11ft5potp0paoqo1p'] },
      }),
      { 'token.client': ['pass', 'audience-match'] },
    ],
    [
      'HTTP API audience matches client_id of an access token',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()), responseHeaders: httpApi401('Bearer') }),
        config: { authorizerKind: 'jwt', clientIds: ['6hkmkdf2j11ft5potp0paoqo1p'] },
      }),
      { 'token.client': ['pass', 'audience-match'] },
    ],
    [
      'HTTP API audience mismatch',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()), responseHeaders: httpApi401('Bearer') }),
        config: { authorizerKind: 'jwt', clientIds: ['otherclient'] },
      }),
      { 'token.client': ['fail', 'audience-mismatch'] },
    ],
    [
      'HTTP API checks aud, not client_id, when both are present',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims({ aud: 'webclient', client_id: 'apiclient' })),
          responseHeaders: httpApi401('Bearer'),
        }),
        config: { authorizerKind: 'jwt', clientIds: ['apiclient'] },
      }),
      { 'token.client': ['fail', 'audience-mismatch'] },
    ],
    [
      'REST regex matches aud',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig({ tokenValidationRegex: '6hkm[a-z0-9]+' }),
      }),
      { 'token.client': ['pass', 'regex-match'] },
    ],
    [
      'REST regex does not match',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig({ tokenValidationRegex: 'abc.*' }),
      }),
      { 'token.client': ['fail', 'regex-mismatch'] },
    ],
    [
      'REST regex and an access token',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()) }),
        config: restConfig({ tokenValidationRegex: '.*' }),
      }),
      { 'token.client': ['fail', 'regex-no-aud'] },
    ],
    [
      'REST regex that does not compile',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig({ tokenValidationRegex: '(' }),
      }),
      { 'token.client': ['skip', 'invalid-regex'] },
    ],
    [
      'REST regex that backtracks without end, e.g. (a|aa)+: not run, the popup stays responsive',
      async () => ({
        call: makeCall({ authorization: await token({ ...idClaims(), aud: `${'a'.repeat(40)}b` }) }),
        config: restConfig({ tokenValidationRegex: '(a|aa)+' }),
      }),
      { 'token.client': ['skip', 'regex-not-run'] },
    ],
    [
      'REST app client ids are not checked',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig({ clientIds: ['otherclient'] }),
      }),
      { 'token.client': ['skip', 'unknown-audience'] },
    ],
  ]);

  test('token.scope names both lists and the InitiateAuth note', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(accessClaims()) }),
      config: restConfig({ methodScopes: ['orders/read'] }),
    });
    expect(resultOf(diagnosis, 'token.scope').params).toEqual({
      required: ['orders/read'],
      tokenScopes: ['aws.cognito.signin.user.admin'],
      scopesFrom: 'configuration',
      signinOnly: true,
    });
  });

  test('unknown scopes offer the commands that list them', async () => {
    const diagnosis = diagnose({ call: makeCall({ authorization: await token(accessClaims()) }) });
    expect(resultOf(diagnosis, 'token.use').commands.map((command) => command.text)).toEqual([
      'aws apigateway get-resources --rest-api-id a1b2c3d4e5 --embed methods --region eu-west-1',
      'aws apigateway get-method --rest-api-id a1b2c3d4e5 --resource-id <resource-id> --http-method GET --region eu-west-1',
    ]);
  });
});

/** An app client as the options page imports it from `describe-user-pool-client`. */
const appClient = (overrides: Partial<AppClientConfig> = {}): AppClientConfig => ({
  userPoolId: POOL_ID,
  clientId: CLIENT_ID,
  clientName: 'web-app',
  callbackUrls: ['https://app.example.com/callback'],
  logoutUrls: [],
  allowedOAuthFlows: ['code'],
  allowedOAuthScopes: ['openid', 'email'],
  oauthEnabled: true,
  supportedIdentityProviders: ['COGNITO'],
  explicitAuthFlows: [],
  hasSecret: false,
  ...overrides,
});
const OTHER_POOL = 'eu-west-1_OtHeR9876';

describe('token.client with the imported app clients (SIGNIN.md "App client configuration")', () => {
  table([
    [
      "REST Cognito authorizer: the token's client is an imported client of the authorizer's pool",
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig(),
        appClients: [appClient()],
      }),
      { 'token.client': ['pass', 'client-of-authorizer-pool'] },
    ],
    [
      'no API configuration: an imported client is named, nothing decided',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }), appClients: [appClient()] }),
      { 'token.client': ['info', 'known-client'] },
    ],
    [
      'an HTTP API whose audience is unknown: an imported client is named, nothing decided',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()), responseHeaders: httpApi401('Bearer') }),
        appClients: [appClient()],
      }),
      { 'token.client': ['info', 'known-client'] },
    ],
    [
      'the imported client belongs to another pool than the token names',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        appClients: [appClient({ userPoolId: OTHER_POOL })],
      }),
      { 'token.client': ['warn', 'client-pool-mismatch'] },
    ],
    [
      "the token's client is of a pool the authorizer does not take",
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig({ userPoolIds: [OTHER_POOL] }),
        appClients: [appClient()],
      }),
      { 'token.issuer': ['fail', 'pool-not-configured'], 'token.client': ['fail', 'client-of-other-pool'] },
    ],
    [
      'an HTTP API JWT authorizer whose issuer is another pool: the client is of a pool it does not take',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()), responseHeaders: httpApi401('Bearer') }),
        config: {
          authorizerKind: 'jwt',
          issuer: `https://cognito-idp.eu-west-1.amazonaws.com/${OTHER_POOL}`,
        },
        appClients: [appClient()],
      }),
      { 'token.client': ['fail', 'client-of-other-pool'] },
    ],
    [
      'the method requires a scope the client may not request, and the token lacks it',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()) }),
        config: restConfig({ methodScopes: ['orders/read'] }),
        appClients: [appClient()],
      }),
      { 'token.scope': ['fail', 'missing-scope'], 'token.client': ['warn', 'client-lacks-scopes'] },
    ],
    [
      'the client may request the scope: the token only lacks it, token.scope says so',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()) }),
        config: restConfig({ methodScopes: ['orders/read'] }),
        appClients: [appClient({ allowedOAuthScopes: ['openid', 'orders/read'] })],
      }),
      { 'token.scope': ['fail', 'missing-scope'], 'token.client': ['pass', 'client-of-authorizer-pool'] },
    ],
    [
      'a scope added by a trigger: the token carries a scope the client does not allow, no fault',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims({ scope: 'orders/read' })) }),
        config: restConfig({ methodScopes: ['orders/read'] }),
        appClients: [appClient()],
      }),
      { 'token.scope': ['pass', 'has-scope'], 'token.client': ['pass', 'client-of-authorizer-pool'] },
    ],
    [
      "a REST Cognito authorizer and a client not imported for the token's pool: said, not a fault",
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig(),
        appClients: [appClient({ clientId: 'anotherclient0123456789ab' })],
      }),
      { 'token.client': ['info', 'client-not-imported'] },
    ],
    [
      "an HTTP API (audience unknown) and a client not imported for the token's pool: a warning",
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()), responseHeaders: httpApi401('Bearer') }),
        appClients: [appClient({ clientId: 'anotherclient0123456789ab' })],
      }),
      { 'token.client': ['warn', 'client-not-imported'] },
    ],
    [
      "only clients of other pools are imported: nothing is known of the token's pool",
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        appClients: [appClient({ clientId: 'anotherclient0123456789ab', userPoolId: OTHER_POOL })],
      }),
      { 'token.client': ['skip', 'unknown-audience'] },
    ],
    [
      "the HTTP API's configured audience decides, an imported client or not",
      async () => ({
        call: makeCall({ authorization: await token(idClaims()), responseHeaders: httpApi401('Bearer') }),
        config: { authorizerKind: 'jwt', clientIds: ['otherclient'] },
        appClients: [appClient()],
      }),
      { 'token.client': ['fail', 'audience-mismatch'] },
    ],
    [
      'the REST token-validation regex decides, an imported client of the pool or not',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()) }),
        config: restConfig({ tokenValidationRegex: 'abc.*' }),
        appClients: [appClient()],
      }),
      { 'token.client': ['fail', 'regex-mismatch'] },
    ],
    [
      "the HTTP API's own words decide, an imported client or not",
      async () => ({
        call: makeCall({
          authorization: await token(idClaims()),
          responseHeaders: httpApi401(
            'Bearer error="invalid_token" error_description="the token does not have a valid audience"',
          ),
        }),
        appClients: [appClient()],
      }),
      { 'token.client': ['fail', 'gateway-says-audience'] },
    ],
  ]);

  test('the evidence names the client, its pool and what is imported; commands are filled in', async () => {
    const known = diagnose({
      call: makeCall({ authorization: await token(idClaims()) }),
      config: restConfig({ userPoolIds: [OTHER_POOL] }),
      appClients: [appClient()],
    });
    const result = resultOf(known, 'token.client');
    expect(result.params).toMatchObject({
      client: CLIENT_ID,
      clientName: 'web-app',
      clientPool: POOL_ID,
      authorizerPools: [OTHER_POOL],
    });
    expect(result.commands.map((command) => command.text)).toContain(
      `aws cognito-idp describe-user-pool-client --user-pool-id ${POOL_ID} --client-id ${CLIENT_ID} --region eu-west-1`,
    );
    const rendered = renderCheck(result, en);
    expect(rendered.explanation.text).toContain('`web-app` (`6hkmkdf2j11ft5potp0paoqo1p`)');
    expect(rendered.fix.text).toContain(POOL_ID);

    const unknown = diagnose({
      call: makeCall({ authorization: await token(accessClaims()), responseHeaders: httpApi401('Bearer') }),
      appClients: [
        appClient({ clientId: 'anotherclient0123456789ab' }),
        appClient({ clientId: 'x1', clientName: undefined }),
      ],
    });
    const notImported = resultOf(unknown, 'token.client');
    expect(notImported.params).toMatchObject({
      client: CLIENT_ID,
      tokenPool: POOL_ID,
      importedClients: ['web-app (anotherclient0123456789ab)', 'x1'],
    });
    expect(renderCheck(notImported, en).explanation.text).toContain('refused');

    const unnamed = diagnose({
      call: makeCall({ authorization: await token(idClaims()) }),
      appClients: [appClient({ clientName: undefined })],
    });
    const title = renderCheck(resultOf(unnamed, 'token.client'), en).title.text;
    expect(title).toBe(`App client \`${CLIENT_ID}\` of pool \`${POOL_ID}\``);
  });

  test("where the configuration decides, the imported client's name is evidence only", async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims()), responseHeaders: httpApi401('Bearer') }),
      config: { authorizerKind: 'jwt', clientIds: ['otherclient'] },
      appClients: [appClient()],
    });
    const result = resultOf(diagnosis, 'token.client');
    expect(result.params.clientName).toBe('web-app');
    expect(renderCheck(result, en).explanation.text).toContain(
      "The token's app client is `web-app`, as imported.",
    );
    // Without imports the same words, without that sentence.
    const plain = diagnose({
      call: makeCall({ authorization: await token(idClaims()), responseHeaders: httpApi401('Bearer') }),
      config: { authorizerKind: 'jwt', clientIds: ['otherclient'] },
    });
    expect(renderCheck(resultOf(plain, 'token.client'), en).explanation.text).not.toContain('as imported');
  });

  test('appClients that are not a list are ignored, never a crash', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims()) }),
      appClients: 'nonsense' as unknown as AppClientConfig[],
    });
    expect(resultOf(diagnosis, 'token.client')).toMatchObject({ status: 'skip', code: 'unknown-audience' });
  });
});

describe('token.signature maps the verdict', () => {
  const call = async () => makeCall({ authorization: await token(idClaims()) });
  table([
    [
      'verified',
      async () => ({ call: await call(), signature: verified }),
      { 'token.signature': ['pass', 'verified'] },
    ],
    [
      'bad signature',
      async () => ({
        call: await call(),
        signature: {
          kind: 'bad-signature',
          iss: ISS,
          kid: 'id-key-1',
          signatureBytes: 256,
          expectedBytes: 256,
        },
      }),
      { 'token.signature': ['fail', 'bad-signature'] },
    ],
    [
      'unknown kid',
      async () => ({
        call: await call(),
        signature: { kind: 'unknown-kid', iss: ISS, kid: 'id-key-1', knownKids: ['a', 'b'], refetched: true },
      }),
      { 'token.signature': ['fail', 'unknown-kid'] },
    ],
    [
      'JWKS unreachable',
      async () => ({
        call: await call(),
        signature: { kind: 'jwks-unreachable', iss: ISS, reason: 'http-status', httpStatus: 500 },
      }),
      { 'token.signature': ['skip', 'jwks-unreachable'] },
    ],
    [
      'not yet checked',
      async () => ({ call: await call(), signature: { kind: 'not-checked', reason: 'pending' } }),
      { 'token.signature': ['skip', 'not-checked'] },
    ],
    ['no verdict', async () => ({ call: await call() }), { 'token.signature': ['skip', 'not-checked'] }],
    [
      'a verdict about another token',
      async () => ({ call: await call(), signature: { kind: 'verified', iss: ISS, kid: 'another-kid' } }),
      { 'token.signature': ['skip', 'not-checked'] },
    ],
    [
      'verdict says not Cognito',
      async () => ({ call: await call(), signature: { kind: 'not-cognito' } }),
      { 'token.signature': ['skip', 'not-cognito'] },
    ],
    [
      'verdict says unsupported alg',
      async () => ({ call: await call(), signature: { kind: 'unsupported-alg', alg: 'HS256' } }),
      { 'token.signature': ['skip', 'unsupported-alg'] },
    ],
    [
      'not decoded',
      async () => ({ call: makeCall({ authorization: 'nope' }), signature: verified }),
      { 'token.signature': ['skip', 'not-decoded'] },
    ],
  ]);

  test('a cut signature is flagged as short', async () => {
    const diagnosis = diagnose({
      call: await call(),
      signature: {
        kind: 'bad-signature',
        iss: ISS,
        kid: 'id-key-1',
        signatureBytes: 200,
        expectedBytes: 256,
      },
    });
    expect(resultOf(diagnosis, 'token.signature').params).toMatchObject({
      shortSignature: true,
      signatureBytes: 200,
    });
  });
});

describe('manual checks', () => {
  table([
    [
      'REST',
      async () => ({ call: makeCall({ authorization: await token(idClaims()) }) }),
      {
        'manual.deployed': ['info', 'rest'],
        'manual.test_authorizer': ['info', 'rest'],
        'manual.resource_policy': ['info', 'rest'],
      },
    ],
    [
      'REST with an access token',
      async () => ({ call: makeCall({ authorization: await token(accessClaims()) }) }),
      { 'manual.test_authorizer': ['info', 'rest-access-token'] },
    ],
    [
      'HTTP API',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()), responseHeaders: httpApi401('Bearer') }),
      }),
      {
        'manual.deployed': ['info', 'http-api'],
        'manual.test_authorizer': ['info', 'http-api'],
        'manual.resource_policy': ['info', 'http-api'],
      },
    ],
  ]);

  test('commands are filled in with the call, never with the token', async () => {
    const value = await token(idClaims());
    const withId = diagnose({
      call: makeCall({ authorization: value }),
      config: restConfig({ authorizerId: 'x7y8z9' }),
    });
    const texts = withId.checks.flatMap((check) => check.commands.map((command) => command.text));
    expect(texts).toContain(
      'aws apigateway test-invoke-authorizer --rest-api-id a1b2c3d4e5 --authorizer-id x7y8z9 --headers Authorization=<ID token> --region eu-west-1',
    );
    expect(texts).toContain('aws apigateway get-stages --rest-api-id a1b2c3d4e5 --region eu-west-1');
    expect(texts).toContain(
      'aws apigateway create-deployment --rest-api-id a1b2c3d4e5 --stage-name prod --region eu-west-1',
    );
    expect(texts).toContain(
      'aws apigateway get-rest-api --rest-api-id a1b2c3d4e5 --query policy --output text --region eu-west-1',
    );
    for (const text of texts) {
      expect(text).not.toContain(value.split('.')[1]);
      expect(text).not.toContain(value.split('.')[2]);
    }
    const withoutId = diagnose({ call: makeCall({ authorization: value }) });
    expect(resultOf(withoutId, 'manual.test_authorizer').commands[1]?.text).toContain(
      '--authorizer-id <authorizer-id>',
    );
    const http = diagnose({
      call: makeCall({ authorization: value, responseHeaders: httpApi401('Bearer') }),
    });
    expect(resultOf(http, 'manual.test_authorizer').commands[0]?.text).toBe(
      'aws apigatewayv2 get-authorizers --api-id a1b2c3d4e5 --region eu-west-1',
    );
    expect(resultOf(http, 'manual.deployed').commands[1]?.text).toBe(
      'aws apigatewayv2 create-deployment --api-id a1b2c3d4e5 --stage-name prod --region eu-west-1',
    );
  });

  test('values that are not safe in a shell become placeholders', async () => {
    const call = makeCall({ authorization: await token(idClaims()), path: '/$(touch pwned)/orders' });
    const diagnosis = diagnose({
      call,
      config: restConfig({ authorizerId: 'a;b', identityHeader: 'X Auth' }),
    });
    const texts = diagnosis.checks.flatMap((check) => check.commands.map((command) => command.text));
    expect(texts).toContain(
      'aws apigateway create-deployment --rest-api-id a1b2c3d4e5 --stage-name <stage> --region eu-west-1',
    );
    expect(texts.join('\n')).not.toMatch(/\$\(|;b/);
  });
});

describe('the HTTP API\'s error_description decides the check it names (CHECKS.md "HTTP API")', () => {
  const said = (description: string) =>
    httpApi401(`Bearer scope="" error="invalid_token" error_description="${description}"`);
  table([
    [
      'audience, without configuration',
      async () => ({
        call: makeCall({
          authorization: `Bearer ${await token(idClaims())}`,
          responseHeaders: said('token does not have a valid audience'),
        }),
      }),
      { 'token.client': ['fail', 'gateway-says-audience'] },
    ],
    [
      'audience, even where the configuration would accept it',
      async () => ({
        call: makeCall({
          authorization: `Bearer ${await token(idClaims())}`,
          responseHeaders: said('token does not have a valid audience'),
        }),
        config: { authorizerKind: 'jwt', clientIds: [String(idClaims().aud)] },
      }),
      { 'token.client': ['fail', 'gateway-says-audience'] },
    ],
    [
      'invalid number of segments, about a value that decodes here',
      async () => ({
        call: makeCall({
          authorization: `Bearer ${await token(idClaims())}`,
          responseHeaders: said('token contains an invalid number of segments'),
        }),
      }),
      { 'token.decode': ['fail', 'gateway-says-malformed'], 'token.expiry': ['skip', 'not-decoded'] },
    ],
    [
      'invalid number of segments, about Bearer undefined',
      async () => ({
        call: makeCall({
          authorization: 'Bearer undefined',
          responseHeaders: said('token contains an invalid number of segments'),
        }),
      }),
      { 'header.format': ['fail', 'placeholder'], 'token.decode': ['fail', 'no-token'] },
    ],
    [
      'signing method',
      async () => ({
        call: makeCall({
          authorization: `Bearer ${await token(idClaims())}`,
          responseHeaders: said('signing method RS256 is invalid'),
        }),
      }),
      { 'token.alg': ['fail', 'gateway-says-invalid'] },
    ],
    [
      'a description no check reads decides nothing',
      async () => ({
        call: makeCall({
          authorization: `Bearer ${await token(idClaims())}`,
          responseHeaders: said('something else went wrong'),
        }),
      }),
      {
        'token.alg': ['pass', 'rs256'],
        'token.decode': ['pass', 'decoded'],
        'token.client': ['skip', 'unknown-audience'],
      },
    ],
  ]);

  test('the description is the evidence, verbatim', async () => {
    const diagnosis = diagnose({
      call: makeCall({
        authorization: `Bearer ${await token(idClaims())}`,
        responseHeaders: said('token does not have a valid audience'),
      }),
    });
    expect(resultOf(diagnosis, 'token.client').params.gatewayDescription).toBe(
      'token does not have a valid audience',
    );
    expect(diagnosis.headline).toEqual({ id: 'token.client', code: 'gateway-says-audience' });
  });
});

describe('when nothing decides, the diagnosis says what is unknown', () => {
  test('no configuration: the gateway reason is kept', async () => {
    const diagnosis = diagnose({
      call: makeCall({
        authorization: `Bearer ${await token(idClaims())}`,
        initiator: `https://${API_HOST}`,
        responseHeaders: httpApi401('Bearer error="invalid_token" error_description="unusual reason"'),
      }),
      signature: verified,
    });
    expect(diagnosis.headline).toBeUndefined();
    expect(diagnosis.undecided).toEqual({
      code: 'no-configuration',
      params: { gatewayDescription: 'unusual reason' },
    });
  });

  test('configured and nothing failed', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims()), initiator: `https://${API_HOST}` }),
      config: restConfig({ methodScopes: [] }),
      signature: verified,
    });
    expect(diagnosis.headline).toBeUndefined();
    expect(diagnosis.undecided).toEqual({ code: 'configured', params: {} });
  });

  test('a headline leaves no undecided', async () => {
    const diagnosis = diagnose({ call: makeCall({ authorization: 'Bearer undefined' }) });
    expect(diagnosis.headline?.id).toBe('header.format');
    expect(diagnosis.undecided).toBeUndefined();
  });
});
for (const [name, scenarios] of Object.entries(beyond401Scenarios(token))) {
  describe(`beyond the 401: ${name}`, () => table(scenarios));
}
beyond401Details(token);

describe('the checks as defined', () => {
  const requiring = CHECKS.filter((check) => check.requires === 'decodedToken').map((check) => check.id);

  test('the token content checks require a decoded token, and can say so', () => {
    expect(requiring).toEqual([
      'token.alg',
      'token.issuer',
      'token.expiry',
      'token.issued_at',
      'token.use',
      'token.scope',
      'token.client',
      'token.claims',
      'token.signature',
    ]);
    for (const id of CHECK_IDS) {
      expect((CHECK_CODES[id] as readonly string[]).includes('not-decoded'), id).toBe(requiring.includes(id));
    }
  });

  test('the runner skips a check whose requirement is unmet, without running it', async () => {
    const runs = CHECKS.filter((check) => check.requires !== undefined).map((check) =>
      vi.spyOn(check, 'run'),
    );
    try {
      const diagnosis = diagnose({
        call: makeCall({ authorization: unsignedToken({ alg: 'RS256' }, 'hello') }),
      });
      for (const id of requiring) {
        expect(resultOf(diagnosis, id), id).toMatchObject({
          status: 'skip',
          code: 'not-decoded',
          params: {},
        });
      }
      for (const run of runs) expect(run).not.toHaveBeenCalled();
      diagnose({ call: makeCall({ authorization: await token(idClaims()) }) });
      for (const run of runs) expect(run).toHaveBeenCalledTimes(1);
    } finally {
      for (const run of runs) run.mockRestore();
    }
  });

  test('the headline is data: the id and code of the result it names', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S - 60 })) }),
    });
    expect(diagnosis.headline).toEqual({ id: 'token.expiry', code: 'expired' });
    expect(headlineResult(diagnosis)).toBe(resultOf(diagnosis, 'token.expiry'));
    expect(headlineResult({ checks: diagnosis.checks })).toBeUndefined();
  });
});

describe('robustness', () => {
  test('a check that throws becomes skip / internal-error and the rest still run', async () => {
    const call = makeCall({ authorization: await token(idClaims()) });
    Object.defineProperty(call, 'initiator', {
      get() {
        throw new Error(`boom ${call.requestHeaders?.[2]?.value}`);
      },
    });
    const diagnosis = diagnose({ call });
    const cors = diagnosis.checks.find((check) => check.id === 'cors');
    expect(cors).toEqual({
      id: 'cors',
      status: 'skip',
      code: 'internal-error',
      params: {},
      commands: [],
      links: [],
    });
    expect(diagnosis.checks.find((check) => check.id === 'token.expiry')?.status).toBe('pass');
    expect(JSON.stringify(diagnosis)).not.toContain('boom');
  });
});

afterAll(() => {
  const missing = CHECK_IDS.flatMap((id) => CHECK_CODES[id].map((code) => `${id} ${code}`)).filter(
    (entry) => !reached.has(entry),
  );
  expect(missing).toEqual([]);
});
