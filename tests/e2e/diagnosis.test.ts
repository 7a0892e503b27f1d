// Issue "Diagnose the failing call": the built extension in a real Chromium diagnoses 401s from the
// local API Gateway stand-in, and verifies signatures against the stand-in Cognito JWKS.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CHECK_IDS } from '../../src/core/diagnosis';
import { fire } from './support/appServer';
import { pollFor, sessionStorage, stopServiceWorker } from './support/browser';
import { createUserPool, decodeJwt, type UserPool } from './support/tokens';
import { startWorld, type World } from './support/world';

/** REST API with a Cognito authorizer, CORS on its methods and on the 401 (so `cors` passes). */
const REST = 'd1agn0s1s0';
/** HTTP API with a JWT authorizer. */
const HTTP = 'h77pap1000';
/** REST APIs with a Lambda authorizer: its function says Unauthorized, or crashes. */
const LAMBDA = 'l4mbd4au01';
const LAMBDA_CRASH = 'l4mbd4cr01';

let world: World;
let otherPool: UserPool;
/** Every token a test sent: none of them may ever reach the JWKS host. */
const sentTokens: string[] = [];
/** The app tab of the latest diagnose(): the tab a test reads the clipboard from. */
let diagnosedPage: Page;

beforeAll(async () => {
  world = await startWorld();
  otherPool = createUserPool({ region: 'eu-west-1' });
  world.fake.addUserPool(otherPool);
  world.fake.addRestApi({
    apiId: REST,
    authorizer: { userPoolIds: [world.pool.poolId] },
    cors: true,
    gatewayResponseCors: true,
    routes: [
      { method: 'GET', resource: '/orders/{id}' },
      { method: 'GET', resource: '/admin', resourcePolicyDenies: true },
      { method: 'GET', resource: '/partners', apiKeyRequired: true },
    ],
  });
  for (const [apiId, behaviour] of [
    [LAMBDA, 'unauthorized'],
    [LAMBDA_CRASH, 'crash'],
  ] as const) {
    world.fake.addRestApi({
      apiId,
      cors: true,
      gatewayResponseCors: true,
      lambdaAuthorizer: { behaviour },
      routes: [{ method: 'GET', resource: '/orders', authorization: 'CUSTOM' }],
    });
  }
  world.fake.addHttpApi({
    apiId: HTTP,
    authorizer: { issuer: world.pool.issuer, audience: [world.pool.clientId] },
    cors: true,
    routes: [{ method: 'GET', path: '/items' }],
  });
});

afterEach(() => world.closeTabs());

afterAll(() => world?.close());

/**
 * Fires one request from a fresh tab of the localhost app, waits until the extension captured the
 * 401, and opens the popup for that tab (its newest call is selected).
 */
async function diagnose(request: {
  apiId?: string;
  path?: string;
  /** The whole URL, for one the stand-in does not build (a wrong stage). */
  url?: string;
  headers?: Record<string, string>;
  /** What the page sees: 401 unless said. */
  status?: number;
}) {
  const { page, tabId } = await world.appTab();
  diagnosedPage = page;
  for (const value of Object.values(request.headers ?? {})) sentTokens.push(value);
  const outcome = await fire(page, {
    url: request.url ?? world.fake.apiUrl(request.apiId ?? REST, request.path ?? '/orders/1'),
    headers: request.headers ?? {},
  });
  expect(outcome).toBe(request.status ?? 401);
  await world.waitForBadge(tabId, '1');
  const popup = await world.openPopup(tabId);
  await pollFor(popup, '[data-check="token.signature"]');
  return popup;
}

function statusOf(popup: Page, id: string): Promise<string | null> {
  return popup.locator(`[data-check="${id}"]`).getAttribute('data-status');
}

async function headline(popup: Page): Promise<string> {
  return (await popup.locator('[data-headline]').textContent()) ?? '';
}

/** The worker answers the signature check asynchronously; the check keeps a status meanwhile. */
async function signatureVerdict(popup: Page): Promise<string | null> {
  await pollFor(popup, '[data-diagnosis][data-signature="done"]');
  return statusOf(popup, 'token.signature');
}

function cognitoRequests() {
  return world.fake.requests.filter((request) => request.kind === 'cognito');
}

describe('the popup diagnoses the selected call', () => {
  test('expired ID token: token.expiry fails, the headline says so, claims show raw values', async () => {
    const token = world.pool.expiredIdToken(720);
    const popup = await diagnose({ headers: { Authorization: token } });

    const ids = await popup
      .locator('[data-check]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-check')));
    expect(ids).toEqual([...CHECK_IDS]);
    for (const status of await popup
      .locator('[data-check]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))) {
      expect(['pass', 'fail', 'warn', 'info', 'skip']).toContain(status);
    }
    expect(await statusOf(popup, 'token.expiry')).toBe('fail');
    expect(await statusOf(popup, 'source')).toBe('info');
    expect(await statusOf(popup, 'cors')).toBe('pass');
    expect(await headline(popup)).toMatch(/expired 12 minutes before this request/);
    // The status reads without colour: a word in the check's own text.
    expect(await popup.locator('[data-check="token.expiry"] .status-badge').textContent()).toContain('fail');

    const payload = decodeJwt(token).payload;
    const exp = popup.locator('[data-claim="exp"]');
    expect(await exp.textContent()).toContain(String(payload.exp));
    expect(await exp.textContent()).toContain(new Date(Number(payload.exp) * 1000).toISOString());
    expect(await exp.textContent()).toContain('before the request');
    expect(await popup.locator('[data-claim="token_use"]').textContent()).toContain('id');
    expect(await popup.locator('[data-claim="iss"]').textContent()).toContain(world.pool.issuer);
    expect(await popup.locator(`[data-token-pool="${world.pool.poolId}"]`).count()).toBe(1);
    // A valid signature on an expired token: the expiry is the problem, not the key.
    expect(await signatureVerdict(popup)).toBe('pass');
  });

  test('access token on a method without scopes (no configuration): token.use warns, per CHECKS.md', async () => {
    const popup = await diagnose({ headers: { Authorization: world.pool.mintAccessToken() } });
    expect(await statusOf(popup, 'token.use')).toBe('warn');
    expect(await statusOf(popup, 'token.scope')).toBe('skip');
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe('token.use');
    expect(await headline(popup)).toMatch(/access token.*accepts only ID tokens/);
    expect(await popup.locator('[data-check="token.use"] details').getAttribute('open')).not.toBeNull();
    expect(await signatureVerdict(popup)).toBe('pass');
  });

  test('no Authorization header: header.present fails, token checks skip, nothing to copy', async () => {
    const popup = await diagnose({});
    expect(await statusOf(popup, 'header.present')).toBe('fail');
    expect(await statusOf(popup, 'header.format')).toBe('skip');
    expect(await statusOf(popup, 'token.decode')).toBe('skip');
    expect(await headline(popup)).toContain('The request carries no Authorization header.');
    expect(await popup.locator('[data-token="none"]').count()).toBe(1);
    expect(await popup.locator('[data-action="copy-token"]').count()).toBe(0);
    // The fix comes with a filled-in AWS CLI command and a Copy button beside it.
    const command = popup.locator('[data-check="header.present"] pre');
    expect(await command.textContent()).toContain(`aws apigateway get-authorizers --rest-api-id ${REST}`);
    expect(await popup.locator('[data-check="header.present"] [data-action="copy-command"]').count()).toBe(1);
    const docs = popup.locator('[data-check="header.present"] a');
    expect(await docs.first().getAttribute('target')).toBe('_blank');
    expect(await docs.first().getAttribute('rel')).toBe('noreferrer');
  });

  test('quoted token: header.format fails, token.decode passes on the cleaned token', async () => {
    const token = world.pool.mintIdToken();
    const popup = await diagnose({ headers: { Authorization: `"${token}"` } });
    expect(await statusOf(popup, 'header.format')).toBe('fail');
    expect(await statusOf(popup, 'token.decode')).toBe('pass');
    expect(await headline(popup)).toContain('quotes');
    expect(await popup.locator('[data-token="decoded"]').count()).toBe(1);
    // The cleaned token is the one verified.
    expect(await signatureVerdict(popup)).toBe('pass');
  });

  test('token signed by a key the pool does not publish: token.signature fails once the worker answers', async () => {
    const popup = await diagnose({ headers: { Authorization: world.pool.foreignIdToken() } });
    expect(await signatureVerdict(popup)).toBe('fail');
    expect(await headline(popup)).toMatch(/signature is invalid/);
    expect(await popup.locator('[data-check="token.signature"] details').getAttribute('open')).not.toBeNull();
  });

  test('markup in claims is shown as text, never as elements', async () => {
    const img = '<img src=x onerror="window.__pwned=1">';
    const bold = '<b>bold</b>';
    const token = world.pool.expiredIdToken(60, {
      name: img,
      'custom:note': bold,
      'cognito:groups': ['admins', '<i>x</i>'],
    });
    const popup = await diagnose({ headers: { Authorization: token } });
    const name = popup.locator('[data-claim="name"]');
    expect(await name.textContent()).toContain(img);
    expect(await name.locator('img').count()).toBe(0);
    const note = popup.locator('[data-claim="custom:note"]');
    expect(await note.textContent()).toContain(bold);
    expect(await note.locator('b').count()).toBe(0);
    const groups = popup.locator('[data-claim="cognito:groups"]');
    expect(await groups.textContent()).toContain('"admins"');
    expect(await groups.textContent()).toContain('"<i>x</i>"');
    expect(await popup.locator('img, [data-diagnosis] b, [data-diagnosis] i').count()).toBe(0);
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  test('a long claim is folded by CSS only: its [data-claim] text keeps the whole value', async () => {
    const long = `${'segment-'.repeat(150)}end`;
    const popup = await diagnose({
      headers: { Authorization: world.pool.expiredIdToken(60, { 'custom:blob': long }) },
    });
    const claim = popup.locator('[data-claim="custom:blob"]');
    const value = claim.locator('.long-text-value');
    expect(await claim.locator('[data-long-text="cut"]').count()).toBe(1);
    expect(await claim.textContent()).toContain(long);
    const folded = (await value.boundingBox())?.height ?? 0;
    await claim.locator('[data-action="show-all"]').click();
    expect(await claim.locator('[data-long-text="expanded"]').count()).toBe(1);
    expect(await claim.textContent()).toContain(long);
    const unfolded = (await value.boundingBox())?.height ?? 0;
    // Folded to three lines; unfolded, the 1,203 characters take many more.
    expect(folded).toBeGreaterThan(0);
    expect(unfolded).toBeGreaterThan(folded * 2);
  });

  test('an undecodable value: the reason, and the value as text', async () => {
    const popup = await diagnose({ headers: { Authorization: 'Bearer not.a<b>token</b>' } });
    expect(await statusOf(popup, 'token.decode')).toBe('fail');
    const section = popup.locator('[data-token="undecodable"]');
    expect(await section.locator('[data-token-decode-error]').textContent()).toMatch(/base64url|segment/);
    expect(await section.textContent()).toContain('Bearer not.a<b>token</b>');
    expect(await section.locator('b').count()).toBe(0);
  });

  test('HTTP API JWT authorizer: its error_description is shown verbatim', async () => {
    const popup = await diagnose({
      apiId: HTTP,
      path: '/items',
      headers: { Authorization: world.pool.expiredAccessToken() },
    });
    expect(await statusOf(popup, 'source')).toBe('info');
    expect(await popup.locator('[data-www-authenticate-description]').textContent()).toContain(
      'the token has expired',
    );
    expect(await statusOf(popup, 'token.use')).toBe('info');
    expect(await statusOf(popup, 'token.expiry')).toBe('fail');
  });

  test('HTTP API on $default: listed as stage $default, commands and "Configure this API" take it, JWT pre-filled', async () => {
    const popup = await diagnose({
      apiId: HTTP,
      path: '/items',
      headers: { Authorization: world.pool.expiredAccessToken() },
    });
    const stage = popup.locator('[data-call] [data-call-stage]');
    expect(await stage.getAttribute('data-call-stage')).toBe('$default');
    expect(await stage.getAttribute('data-stage-basis')).toBe('http-api-response');
    expect(await stage.textContent()).toBe('$default (assumed: HTTP API)');
    const commands = await popup.locator('[data-check="manual.deployed"] pre').allTextContents();
    expect(commands).toContain(
      `aws apigatewayv2 create-deployment --api-id ${HTTP} --stage-name '$default' --region eu-west-1`,
    );
    expect(commands.join('\n')).not.toContain('items');

    const optionsOpened = world.browser.context.waitForEvent('page');
    await popup.locator('[data-action="configure-api"]').click();
    const options = await optionsOpened;
    world.track(options);
    await pollFor(options, '[data-config-editor="new"]');
    expect(await options.inputValue('[data-config-field="stage"]')).toBe('$default');
    expect(await options.inputValue('[data-config-field="authorizerKind"]')).toBe('jwt');
    expect(await options.inputValue('[data-method-row="0"] [data-method-field="path"]')).toBe('/items');
    expect(await options.inputValue('[data-method-row="0"] [data-method-field="authorizationType"]')).toBe(
      'JWT',
    );
  });

  test('Copy report puts a Markdown report without the signature on the clipboard; Copy token the token', async () => {
    const token = world.pool.expiredIdToken();
    const popup = await diagnose({ headers: { Authorization: token } });
    // Chrome will not grant clipboard-read to an extension origin here, so the clipboard is read
    // back from the app's page (one clipboard for the whole browser).
    const reader = diagnosedPage;
    await world.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: world.app.origin,
    });
    const clipboard = async () => {
      await reader.bringToFront();
      const text = await reader.evaluate(() => navigator.clipboard.readText());
      await popup.bringToFront();
      return text;
    };

    // The short report, for a public issue: the cause, no header value, no personal claim.
    await popup.locator('[data-action="copy-report"]').click();
    await pollFor(popup, '[data-action="copy-report"][data-copy-state="copied"]');
    const report = await clipboard();
    expect(report).toContain('API Gateway 401 diagnosis');
    expect(report).toContain('token.expiry');
    expect(report).toContain('| `exp` |');
    expect(report).not.toContain(token.split('.')[1]);
    expect(report).not.toContain(token.split('.')[2]);
    expect(report).not.toContain('| `email` |');
    expect(report).not.toContain('| `cognito:username` |');
    expect(report).not.toContain('@example.test');

    // The full report keeps the token without its signature, and drops the browser's own headers.
    await popup.locator('[data-action="copy-full-report"]').click();
    await pollFor(popup, '[data-action="copy-full-report"][data-copy-state="copied"]');
    const full = await clipboard();
    expect(full).toContain(token.split('.')[1]);
    expect(full).not.toContain(token.split('.')[2]);
    expect(full).not.toMatch(/`(user-agent|sec-ch-ua[a-z-]*|sec-fetch-[a-z]+)`/i);

    const copyToken = popup.locator('[data-action="copy-token"]');
    expect(await copyToken.textContent()).toBe('Copy token (credential)');
    await copyToken.click();
    await pollFor(popup, '[data-action="copy-token"][data-copy-state="copied"]');
    expect(await clipboard()).toBe(token);
  });
});

describe("beyond the 401: API Gateway's 403s and an authorizer's 500", () => {
  test('a wrong stage: 403 Missing Authentication Token, route fails and is the headline', async () => {
    // No Authorization header, so no preflight: with one, the browser's preflight to the wrong
    // stage gets the 403 and the GET is never sent.
    const popup = await diagnose({
      url: world.fake.apiUrl(REST, '/orders/1').replace('/prod/', '/dev/'),
      status: 403,
    });
    expect(await statusOf(popup, 'route')).toBe('fail');
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe('route');
  });

  test('a resource policy that does not allow the caller: policy fails', async () => {
    const popup = await diagnose({
      path: '/admin',
      headers: { Authorization: world.pool.mintIdToken() },
      status: 403,
    });
    expect(await statusOf(popup, 'policy')).toBe('fail');
    expect(await statusOf(popup, 'route')).toBe('pass');
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe('policy');
  });

  test('an API key required and none sent: api_key fails', async () => {
    const popup = await diagnose({
      path: '/partners',
      headers: { Authorization: world.pool.mintIdToken() },
      status: 403,
    });
    expect(await statusOf(popup, 'api_key')).toBe('fail');
    expect(await statusOf(popup, 'policy')).toBe('skip');
  });

  test("a Lambda authorizer's 401 looks like a Cognito one: authorizer is skip without configuration", async () => {
    const popup = await diagnose({
      apiId: LAMBDA,
      path: '/orders',
      headers: { Authorization: world.pool.mintIdToken() },
    });
    expect(await statusOf(popup, 'authorizer')).toBe('skip');
    expect(await statusOf(popup, 'route')).toBe('pass');
  });

  test("a Lambda authorizer's 500: authorizer fails, and is the headline", async () => {
    const popup = await diagnose({
      apiId: LAMBDA_CRASH,
      path: '/orders',
      headers: { Authorization: `Bearer ${world.pool.mintIdToken()}` },
      status: 500,
    });
    expect(await statusOf(popup, 'authorizer')).toBe('fail');
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe('authorizer');
  });
});

describe('signature verification in the worker', () => {
  test("each pool's JWKS is fetched once, kept in storage.session, and never receives a token", async () => {
    const poolJwks = cognitoRequests().filter(
      (request) => request.path === `/${world.pool.poolId}/.well-known/jwks.json`,
    );
    expect(poolJwks).toHaveLength(1);
    for (const token of sentTokens) {
      for (const needle of [token, ...token.split('.').filter((part) => part.length > 20)]) {
        expect(world.fake.requestsContaining(needle).filter((request) => request.kind === 'cognito')).toEqual(
          [],
        );
      }
    }
    for (const request of cognitoRequests()) {
      expect(request.method).toBe('GET');
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.cookie).toBeUndefined();
    }
    const stored = (await sessionStorage(world.browser.serviceWorker)).jwksDocuments as Record<
      string,
      unknown
    >;
    expect(Object.keys(stored)).toEqual([world.pool.jwksUrl]);
  });

  test('after a worker restart the stored JWKS answers, without a new download', async () => {
    const before = cognitoRequests().length;
    const page = await world.browser.context.newPage();
    world.track(page);
    await page.goto(world.app.url());
    await stopServiceWorker(world.browser.context, page);
    const popup = await diagnose({ headers: { Authorization: world.pool.foreignAccessToken() } });
    expect(await signatureVerdict(popup)).toBe('fail');
    expect(cognitoRequests()).toHaveLength(before);
  });
  // Last: a kid miss may make the worker download the JWKS again (after its 10 s wait), which would
  // upset the download count above.
  test("a key the pool's JWKS does not list (another pool's kid) fails token.signature too", async () => {
    const token = world.pool.mintIdToken({}, { header: { kid: otherPool.idKid } });
    const popup = await diagnose({ headers: { Authorization: token } });
    expect(await signatureVerdict(popup)).toBe('fail');
    expect(await popup.locator('[data-check="token.signature"]').textContent()).toContain(otherPool.idKid);
  });
});
