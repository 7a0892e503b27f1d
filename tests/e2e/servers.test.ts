// Tests of the stand-ins themselves: the fake API Gateway / Cognito answers as AWS does (aws-facts.md §1–§5),
// and a real Chromium reaches it through host-resolver-rules with the self-signed certificate.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, fire, fireDetailed, startAppServer } from './support/appServer';
import {
  activeTabId,
  badgeText,
  badgeTitle,
  type ExtensionBrowser,
  launchWithExtension,
  openPopup,
  pollFor,
  readPopupPath,
  sessionStorage,
  stopServiceWorker,
  triggerActionPopup,
} from './support/browser';
import {
  type FakeAws,
  type FakeResponse,
  HTTP_API_ERRORS,
  MISSING_AUTH_TOKEN_BODY,
  requestFake,
  startFakeAws,
  UNAUTHORIZED_BODY,
} from './support/fakeAws';
import { type ProbeExtension, writeProbeExtension } from './support/probeExtension';
import { createUserPool, decodeJwt, type UserPool } from './support/tokens';
import { startWorld } from './support/world';

const REGION = 'eu-west-1';
const REST_ID = 'a1b2c3d4e5';
const CORS_ID = 'c0r5c0r5c0';
const HTTP_ID = 'h7tpap1x9z';
const SCOPE = 'https://api.example.test/orders.read';

let fake: FakeAws;
let pool: UserPool;
let otherPool: UserPool;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function call(
  apiId: string,
  path: string,
  init: Parameters<typeof requestFake>[2] = {},
): Promise<FakeResponse> {
  return requestFake(fake.port, fake.apiUrl(apiId, path), init);
}

function expectGateway401(res: FakeResponse, cors: boolean): void {
  expect(res.status).toBe(401);
  expect(res.body).toBe(UNAUTHORIZED_BODY);
  expect(res.headers['content-type']).toBe('application/json');
  expect(res.headers['content-length']).toBe('26');
  expect(res.headers['x-amzn-errortype']).toBe('UnauthorizedException');
  expect(res.headers['x-amzn-requestid']).toMatch(UUID);
  expect(res.headers['x-amz-apigw-id']).toMatch(/^[A-Za-z0-9_-]{15}=$/);
  expect(res.headers['x-amzn-trace-id']).toBeUndefined();
  expect(res.rawHeaderNames).toEqual(
    expect.arrayContaining(['x-amzn-ErrorType', 'x-amzn-RequestId', 'x-amz-apigw-id']),
  );
  if (cors) expect(res.headers['access-control-allow-origin']).toBe('*');
  else expect(res.headers['access-control-allow-origin']).toBeUndefined();
}

beforeAll(async () => {
  fake = await startFakeAws();
  pool = createUserPool({ region: REGION });
  otherPool = createUserPool({ region: REGION });
  fake.addUserPool(pool);
  fake.addUserPool(otherPool);
  // A REST API as created by a fresh deployment: Cognito authorizer, no CORS anywhere.
  fake.addRestApi({
    apiId: REST_ID,
    region: REGION,
    stage: 'prod',
    authorizer: { userPoolIds: [pool.poolId] },
    routes: [
      { method: 'GET', resource: '/orders/{id}' },
      { method: 'GET', resource: '/reports', scopes: [SCOPE, 'https://api.example.test/admin'] },
      { method: 'GET', resource: '/public', authorization: 'NONE' },
      { method: 'GET', resource: '/session', response: 'backend-401' },
      {
        method: 'GET',
        resource: '/legacy',
        response: {
          status: 401,
          integration: 'http',
          headers: { 'WWW-Authenticate': 'Basic realm="legacy"' },
        },
      },
      {
        method: 'POST',
        resource: '/boom',
        authorization: 'NONE',
        response: { status: 500, body: { error: 'x' } },
      },
      { method: 'ANY', resource: '/{proxy+}' },
    ],
  });
  // A REST API with the console's Enable CORS and CORS on the gateway responses.
  fake.addRestApi({
    apiId: CORS_ID,
    region: REGION,
    stage: 'dev',
    authorizer: { userPoolIds: [pool.poolId], identityHeader: 'X-Id-Token' },
    cors: true,
    gatewayResponseCors: true,
    routes: [{ method: 'GET', resource: '/orders/{id}' }],
  });
  // An HTTP API with a JWT authorizer on the pool, audience = the app client.
  fake.addHttpApi({
    apiId: HTTP_ID,
    region: REGION,
    authorizer: { issuer: pool.issuer, audience: [pool.clientId] },
    routes: [
      { method: 'GET', path: '/items' },
      { method: 'GET', path: '/admin', scopes: [SCOPE] },
    ],
  });
});

afterAll(async () => {
  await fake?.close();
});

describe('tokens', () => {
  it('look like Cognito tokens', () => {
    const id = decodeJwt(pool.mintIdToken({ 'cognito:groups': ['admins'] }));
    expect(id.header).toEqual({ kid: pool.idKid, alg: 'RS256' });
    expect(id.payload).toMatchObject({
      iss: `https://cognito-idp.${REGION}.amazonaws.com/${pool.poolId}`,
      aud: pool.clientId,
      token_use: 'id',
      'cognito:username': 'alice',
      'cognito:groups': ['admins'],
    });
    for (const claim of ['sub', 'auth_time', 'exp', 'iat', 'jti', 'origin_jti', 'event_id']) {
      expect(id.payload).toHaveProperty(claim);
    }
    const access = decodeJwt(pool.mintAccessToken());
    expect(access.header.kid).toBe(pool.accessKid);
    expect(pool.accessKid).not.toBe(pool.idKid);
    expect(access.payload).toMatchObject({
      client_id: pool.clientId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username: 'alice',
      version: 2,
    });
    expect(access.payload).not.toHaveProperty('aud');
    expect(pool.poolId).toMatch(/^eu-west-1_[A-Za-z0-9]{9}$/);
    expect(pool.clientId).toMatch(/^[a-z0-9]{26}$/);
    expect(pool.jwks.keys.map((k) => k.kid)).toEqual([pool.idKid, pool.accessKid]);
    expect(decodeJwt(pool.mintIdToken({ exp: undefined })).payload).not.toHaveProperty('exp');
  });
});

describe('REST API, Cognito authorizer', () => {
  it('401 without a token: exact gateway UNAUTHORIZED response, no CORS, no trace id', async () => {
    expectGateway401(await call(REST_ID, '/orders/1'), false);
    expect(fake.requests.at(-1)?.authorizer).toEqual({ allowed: false, reason: 'no authorization header' });
  });

  it('a valid ID token passes a method without scopes, raw or with Bearer', async () => {
    const token = pool.mintIdToken();
    const raw = await call(REST_ID, '/orders/42', { headers: { Authorization: token } });
    expect(raw.status).toBe(200);
    expect(JSON.parse(raw.body)).toMatchObject({ pathParameters: { id: '42' }, claims: { token_use: 'id' } });
    expect(raw.headers['access-control-allow-origin']).toBeUndefined();
    expect(raw.headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Sampled=0$/);
    expect(
      (await call(REST_ID, '/orders/42', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
  });

  it('an access token is refused on a method without scopes', async () => {
    expectGateway401(
      await call(REST_ID, '/orders/1', { headers: { Authorization: pool.mintAccessToken() } }),
      false,
    );
  });

  it('a method with scopes wants an access token carrying one of them', async () => {
    const good = pool.mintAccessToken({ scope: `openid ${SCOPE}` });
    expect((await call(REST_ID, '/reports', { headers: { Authorization: good } })).status).toBe(200);
    // InitiateAuth/SRP access token: only aws.cognito.signin.user.admin.
    expectGateway401(
      await call(REST_ID, '/reports', { headers: { Authorization: pool.mintAccessToken() } }),
      false,
    );
    expectGateway401(
      await call(REST_ID, '/reports', { headers: { Authorization: pool.mintIdToken() } }),
      false,
    );
  });

  it('refuses expired, foreign-signed, other-pool, malformed and tampered tokens', async () => {
    const bad = [
      pool.expiredIdToken(),
      pool.foreignIdToken(),
      otherPool.mintIdToken(),
      pool.mintIdToken({ exp: undefined }),
      pool.mintIdToken({}, { header: { kid: otherPool.idKid } }),
      `${pool.mintIdToken()}x`,
      `Bearer  ${pool.mintIdToken()}`,
      `Bearer Bearer ${pool.mintIdToken()}`,
      'undefined',
    ];
    for (const token of bad) {
      expectGateway401(await call(REST_ID, '/orders/1', { headers: { Authorization: token } }), false);
    }
  });

  it('ANY on /{proxy+} is protected too, OPTIONS included (no CORS configured)', async () => {
    expectGateway401(await call(REST_ID, '/anything/here', { method: 'DELETE' }), false);
    expectGateway401(await call(REST_ID, '/anything', { method: 'OPTIONS' }), false);
    expect((await call(REST_ID, '/x/y', { headers: { Authorization: pool.mintIdToken() } })).status).toBe(
      200,
    );
  });

  it('NONE routes skip the authorizer; status overrides come back as given', async () => {
    expect((await call(REST_ID, '/public')).status).toBe(200);
    const boom = await call(REST_ID, '/boom', { method: 'POST', body: '{}' });
    expect(boom.status).toBe(500);
    expect(boom.headers['x-amzn-errortype']).toBeUndefined();
  });

  it('backend 401 (Lambda proxy): no x-amzn-ErrorType, with X-Amzn-Trace-Id and request ids', async () => {
    const res = await call(REST_ID, '/session', { headers: { Authorization: pool.mintIdToken() } });
    expect(res.status).toBe(401);
    expect(res.headers['x-amzn-errortype']).toBeUndefined();
    expect(res.headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Sampled=0$/);
    expect(res.headers['x-amzn-requestid']).toMatch(UUID);
    expect(res.headers['x-amz-apigw-id']).toBeDefined();
    expect(res.rawHeaderNames).toContain('X-Amzn-Trace-Id');
  });

  it('backend 401 through an HTTP integration: reserved headers remapped', async () => {
    const res = await call(REST_ID, '/legacy', { headers: { Authorization: pool.mintIdToken() } });
    expect(res.status).toBe(401);
    expect(res.headers['x-amzn-remapped-www-authenticate']).toBe('Basic realm="legacy"');
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(res.headers['x-amzn-remapped-date']).toBeDefined();
    expect(res.headers['x-amzn-errortype']).toBeUndefined();
  });

  it('unknown path, stage or method: 403 Missing Authentication Token', async () => {
    const paths = [
      fake.apiUrl(REST_ID, '/').replace('/prod/', '/staging/orders/1'),
      `https://${REST_ID}.execute-api.${REGION}.amazonaws.com/`,
    ];
    for (const url of paths) {
      const res = await requestFake(fake.port, url);
      expect(res.status).toBe(403);
      expect(res.body).toBe(MISSING_AUTH_TOKEN_BODY);
      expect(res.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
    }
    const wrongMethod = await call(REST_ID, '/orders/1', { method: 'PUT' });
    expect(wrongMethod.status).toBe(403);
    expect(wrongMethod.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
  });

  it('echoes a client-sent x-amzn-RequestId', async () => {
    const res = await call(REST_ID, '/orders/1', { headers: { 'x-amzn-RequestId': 'mine-123' } });
    expect(res.headers['x-amzn-requestid']).toBe('mine-123');
  });

  it('an unregistered API id answers 403 ForbiddenException', async () => {
    const res = await requestFake(fake.port, `https://zzzzzzzzzz.execute-api.${REGION}.amazonaws.com/prod/x`);
    expect(res.status).toBe(403);
    expect(res.headers['x-amzn-errortype']).toBe('ForbiddenException');
  });
});

describe('REST API with CORS and a custom identity header', () => {
  it('CORS on the gateway 401 when configured', async () => {
    expectGateway401(await call(CORS_ID, '/orders/1'), true);
    // The token in Authorization is not where this authorizer looks.
    expectGateway401(
      await call(CORS_ID, '/orders/1', { headers: { Authorization: pool.mintIdToken() } }),
      true,
    );
  });

  it('success carries CORS headers', async () => {
    const res = await call(CORS_ID, '/orders/1', { headers: { 'X-Id-Token': pool.mintIdToken() } });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('an unprotected preflight answers 200 allowing authorization and the identity header', async () => {
    const res = await call(CORS_ID, '/orders/1', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:1234', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toBe('GET,OPTIONS');
    const allowed = (res.headers['access-control-allow-headers'] ?? '').toLowerCase().split(',');
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-id-token']));
    expect(fake.requests.at(-1)?.authorizer).toBeUndefined();
  });

  it('a protected preflight gets the authorizer 401', async () => {
    fake.addRestApi({
      apiId: 'pr0tect3d0',
      region: REGION,
      authorizer: { userPoolIds: [pool.poolId] },
      cors: true,
      optionsProtected: true,
      routes: [{ method: 'GET', resource: '/orders' }],
    });
    const res = await call('pr0tect3d0', '/orders', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:1234', 'Access-Control-Request-Method': 'GET' },
    });
    expectGateway401(res, false);
  });
});

describe('HTTP API, JWT authorizer', () => {
  it('missing token: bare www-authenticate Bearer, apigw-requestid, no x-amzn-* headers', async () => {
    const res = await call(HTTP_ID, '/items');
    expect(res.status).toBe(401);
    expect(res.body).toBe(UNAUTHORIZED_BODY);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.headers['apigw-requestid']).toBeDefined();
    expect(res.headers['x-amzn-errortype']).toBeUndefined();
    expect(res.headers['x-amzn-requestid']).toBeUndefined();
  });

  it('expired token: error_description "the token has expired"', async () => {
    const res = await call(HTTP_ID, '/items', {
      headers: { Authorization: `Bearer ${pool.expiredAccessToken()}` },
    });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(
      'Bearer scope="" error="invalid_token" error_description="the token has expired"',
    );
  });

  it('segments, audience and route scopes', async () => {
    const segments = await call(HTTP_ID, '/items', { headers: { Authorization: 'Bearer not-a-token' } });
    expect(segments.headers['www-authenticate']).toBe(
      `Bearer scope="" error="invalid_token" error_description="${HTTP_API_ERRORS.segments}"`,
    );
    const aud = await call(HTTP_ID, '/items', {
      headers: { Authorization: pool.mintIdToken({ aud: 'other' }) },
    });
    expect(aud.headers['www-authenticate']).toContain(`error_description="${HTTP_API_ERRORS.audience}"`);
    const expiredScoped = await call(HTTP_ID, '/admin', {
      headers: { Authorization: pool.expiredAccessToken() },
    });
    expect(expiredScoped.headers['www-authenticate']).toBe(
      `Bearer scope="${SCOPE}" error="invalid_token" error_description="the token has expired"`,
    );
  });

  it('accepts ID and access tokens of the audience (token_use is not checked)', async () => {
    expect((await call(HTTP_ID, '/items', { headers: { Authorization: pool.mintIdToken() } })).status).toBe(
      200,
    );
    const res = await call(HTTP_ID, '/items', {
      headers: { Authorization: `Bearer ${pool.mintAccessToken()}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers['apigw-requestid']).toBeDefined();
  });

  it('scope mismatch is a 403 Forbidden (UNCONFIRMED in aws-facts.md)', async () => {
    const res = await call(HTTP_ID, '/admin', { headers: { Authorization: pool.mintAccessToken() } });
    expect(res.status).toBe(403);
    expect(
      (await call(HTTP_ID, '/admin', { headers: { Authorization: pool.mintAccessToken({ scope: SCOPE }) } }))
        .status,
    ).toBe(200);
  });

  it('no route: 404 Not Found', async () => {
    expect((await call(HTTP_ID, '/nope')).status).toBe(404);
  });
});

describe('Cognito JWKS', () => {
  it('serves registered pools, 404 otherwise, and never sees a token', async () => {
    const res = await requestFake(fake.port, pool.jwksUrl);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual(pool.jwks);
    const keys = (JSON.parse(res.body) as { keys: Array<Record<string, unknown>> }).keys;
    for (const key of keys) expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    const discovery = await requestFake(fake.port, `${pool.issuer}/.well-known/openid-configuration`);
    expect(JSON.parse(discovery.body)).toMatchObject({ issuer: pool.issuer, jwks_uri: pool.jwksUrl });
    expect(
      (
        await requestFake(
          fake.port,
          `https://cognito-idp.${REGION}.amazonaws.com/eu-west-1_nope/.well-known/jwks.json`,
        )
      ).status,
    ).toBe(404);
    // Wrong region for the pool.
    expect((await requestFake(fake.port, pool.jwksUrl.replace(REGION, 'us-east-1'))).status).toBe(404);
    const token = pool.mintIdToken();
    await call(REST_ID, '/orders/1', { headers: { Authorization: token } });
    expect(fake.requestsContaining(token).every((r) => r.kind !== 'cognito')).toBe(true);
    expect(fake.requestsContaining(token)).toHaveLength(1);
  });

  it('can be slow, failing or unreachable', async () => {
    fake.setJwksBehaviour({ delayMs: 300 });
    const started = Date.now();
    expect((await requestFake(fake.port, pool.jwksUrl)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    fake.setJwksBehaviour({ fail: 503 });
    expect((await requestFake(fake.port, pool.jwksUrl)).status).toBe(503);
    fake.setJwksBehaviour({ fail: 'reset' });
    await expect(requestFake(fake.port, pool.jwksUrl)).rejects.toThrow();
    fake.setJwksBehaviour({});
    expect((await requestFake(fake.port, pool.jwksUrl)).status).toBe(200);
  });
});

describe('startWorld', () => {
  it('stops the servers it started when Chromium cannot be launched', async () => {
    const listening = () =>
      process.getActiveResourcesInfo().filter((kind) => kind === 'TCPServerWrap').length;
    const before = listening();
    const chromePath = process.env.CHROME_PATH;
    process.env.CHROME_PATH = join(tmpdir(), 'no-such-chromium');
    try {
      await expect(startWorld({ hostedUi: true })).rejects.toThrow(/Chromium not found/);
    } finally {
      if (chromePath === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = chromePath;
    }
    // Chromium is looked for by the launch, the last step: the stand-ins and the app server were
    // listening by then. Node lists a closed server's handle until a later turn, hence the poll.
    await expect.poll(listening).toBe(before);
  });
});

describe('browser smoke test', () => {
  let app: AppServer;
  let probe: ProbeExtension;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    app = await startAppServer();
    probe = writeProbeExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    probe?.remove();
  });

  it('Chromium reaches the fake API Gateway through host-resolver-rules over TLS', async () => {
    browser = await launchWithExtension({ distDir: probe.dir, fakeAwsPort: fake.port });
    const { context, serviceWorker: sw } = browser;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(app.url());
    const tabId = await activeTabId(sw);
    fake.clearRequests();

    const url = `https://${REST_ID}.execute-api.${REGION}.amazonaws.com/prod/orders/7`;
    // No CORS on the gateway 401: the page only sees a network error, the server saw the call.
    expect(await fire(page, { url })).toBe('network-error');
    const seen = await fake.waitForRequest(
      (r) => r.host === `${REST_ID}.execute-api.${REGION}.amazonaws.com`,
    );
    expect(seen).toMatchObject({ method: 'GET', path: '/prod/orders/7', httpVersion: '2.0' });
    expect(seen.headers.origin).toBe(app.origin);
    expect(seen.response?.status).toBe(401);

    // A CORS-enabled API: the page sees the 200, and the token arrived.
    const token = pool.mintIdToken();
    const ok = await fireDetailed(page, {
      url: fake.apiUrl(CORS_ID, '/orders/9'),
      headers: { 'X-Id-Token': token },
    });
    expect(ok.outcome).toBe(200);
    expect(fake.requestsContaining(token).map((r) => r.method)).toEqual(['GET']);
    expect(fake.requests.some((r) => r.method === 'OPTIONS' && r.response?.status === 200)).toBe(true);
    expect(await fire(page, { url: fake.apiUrl(CORS_ID, '/orders/9') })).toBe(401);
    expect(await fire(page, { url, headers: { Authorization: 'a\nb' } })).toBe('invalid-request');

    // The probe extension saw the 401s (lower-case names: HTTP/2), badged the tab and kept them in storage.session.
    await pollFor(page, async () => (await badgeText(sw, tabId)) === '2');
    expect(await badgeTitle(sw, tabId)).toBe('2 failing call(s)');
    const stored = (await sessionStorage(sw)).seen as Array<{
      status: number;
      responseHeaderNames: string[];
    }>;
    expect(stored.filter((s) => s.status === 401)).toHaveLength(2);
    expect(stored.find((s) => s.status === 401)?.responseHeaderNames).toContain('x-amzn-errortype');

    // storage.session survives a worker stop.
    await stopServiceWorker(context, page);
    expect(await fire(page, { url })).toBe('network-error'); // wakes the worker via webRequest
    await pollFor(page, async () => (await badgeText(sw, tabId)) === '3');

    // The popup opened as a page.
    const popup = await openPopup(context, browser.extensionId, readPopupPath(probe.dir), tabId);
    await pollFor(popup, '[data-probe="done"]');
    await popup.close();
  });

  it('triggerActionPopup opens the real popup and grants activeTab on a site the extension lacks', async () => {
    if (!browser) throw new Error('previous test did not launch the browser');
    const { context, serviceWorker: sw } = browser;
    const page = await context.newPage();
    await page.goto('https://other.example.test/app.html');
    const tabId = await activeTabId(sw);
    const urlBefore = await sw.evaluate((id) => chrome.tabs.get(id).then((t) => t.url ?? null), tabId);
    expect(urlBefore).toBeNull();
    const popup = await triggerActionPopup(context, page);
    expect(context.pages().some((p) => p.url().includes('popup.html'))).toBe(false);
    await pollFor(popup, '[data-probe="done"]');
    expect(await popup.textContent('#out')).toBe('url=https://other.example.test/app.html');
    expect(await sw.evaluate((id) => chrome.tabs.get(id).then((t) => t.url ?? null), tabId)).toBe(
      'https://other.example.test/app.html',
    );
    await popup.close();
  });

  const dist = join(import.meta.dirname, '../../dist');
  it.skipIf(!existsSync(join(dist, 'manifest.json')))(
    'the built extension loads and its worker starts',
    async () => {
      const built = await launchWithExtension({ distDir: dist, fakeAwsPort: fake.port });
      try {
        expect(built.extensionId).toMatch(/^[a-p]{32}$/);
        const page = built.context.pages()[0] ?? (await built.context.newPage());
        await page.goto(app.url());
        fake.clearRequests();
        expect(
          await fire(page, { url: `https://${REST_ID}.execute-api.${REGION}.amazonaws.com/prod/orders/7` }),
        ).toBe('network-error');
        expect(fake.requestsTo(`${REST_ID}.execute-api.${REGION}.amazonaws.com`)).toHaveLength(1);
      } finally {
        await built.close();
      }
    },
  );
});
