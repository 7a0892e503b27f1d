// The DevTools panel "401 Doctor", two ways:
// - in the real DevTools of headless Chromium (support/realDevtools.ts): calls made before the
//   panel is shown come from getHAR, later ones live, bodies from getContent;
// - as an extension page over a stand-in of `chrome.devtools` that replays a HAR written at test
//   time (support/devtoolsStandIn.ts): the cases real traffic cannot stage cheaply (a 403 explicit
//   deny with its body, the same exchange twice, an HTTP API on another host), and axe-core, which
//   runs in a page Playwright drives.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { chromeEntry, pageEntry } from '../unit/har/chromeHar';
import { codeExchange, failingSigninEntries, tokenEntry } from '../unit/har/signinHar';
import { SECRETS } from '../unit/signin/signinFixtures';
import { fire } from './support/appServer';
import {
  type ExtensionBrowser,
  hostResolverRules,
  launchWithExtension,
  localStorage,
  pollFor,
  sessionStorage,
} from './support/browser';
import { finishRequest, openPanelOverStandIn } from './support/devtoolsStandIn';
import { startFakeHostedUi } from './support/fakeHostedUi';
import {
  EXPLICIT_DENY,
  explicitDenyEntry,
  gatewayUrl,
  okEntry,
  unauthorizedEntry,
} from './support/harEntries';
import { axeViolations, axeViolationsVia } from './support/pageChecks';
import { connectDevtools, type DevtoolsClient, pollPanel, REAL_DEVTOOLS_ARGS } from './support/realDevtools';
import { authorizeUrl, exchangeCode, signInForCode } from './support/signinFlows';
import { DIST, startWorld, type World } from './support/world';

const API = 'p4n3lap1ab';
const PANEL = 'src/devtools/panel.html';
const SIGNIN_CLIENT = 'panelclient0123456789abcd';

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterEach(() => world.closeTabs());

afterAll(() => world?.close());

const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();

describe('DevTools panel', () => {
  test('the manifest names a devtools page that adds the "401 Doctor" panel the build contains', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      devtools_page?: string;
    };
    expect(manifest.devtools_page).toBeDefined();
    const page = await world.browser.context.newPage();
    world.track(page);
    await page.addInitScript(() => {
      const created: unknown[][] = [];
      (globalThis as unknown as { created: unknown[][] }).created = created;
      (globalThis as unknown as { chrome: Record<string, unknown> }).chrome.devtools = {
        panels: { create: (...args: unknown[]) => created.push(args) },
      };
    });
    await page.goto(`chrome-extension://${world.browser.extensionId}/${manifest.devtools_page}`);
    await pollFor(
      page,
      async () =>
        (await page.evaluate(() => (globalThis as unknown as { created: unknown[] }).created.length)) > 0,
    );
    const created = await page.evaluate(() => (globalThis as unknown as { created: unknown[][] }).created);
    const [title, icon, panelPath] = created[0] ?? [];
    expect(title).toBe('401 Doctor');
    expect(existsSync(join(DIST, String(icon)))).toBe(true);
    expect(panelPath).toBe(PANEL);
    expect(existsSync(join(DIST, PANEL))).toBe(true);
  });

  test('fills from what DevTools recorded, then live; bodies from getContent; the popup diagnosis; nothing stored', async () => {
    const expired = world.pool.expiredIdToken(600);
    const valid = world.pool.mintIdToken();
    const failedAt = at(30);
    const panel = await openPanelOverStandIn(world.browser.context, world.browser.extensionId, PANEL, [
      { entry: pageEntry() },
      {
        entry: unauthorizedEntry({
          apiId: API,
          path: '/prod/orders/1',
          token: expired,
          startedDateTime: failedAt,
        }),
      },
      { entry: okEntry({ apiId: API, path: '/prod/orders', token: valid, startedDateTime: at(25) }) },
      {
        entry: explicitDenyEntry({ apiId: API, path: '/prod/admin', token: valid, startedDateTime: at(20) }),
      },
    ]);
    world.track(panel);
    await pollFor(panel, async () => (await panel.locator('[data-call]').count()) === 2);

    // Newest first: the 403, whose body (from getContent, not in the HAR log) is the evidence.
    expect(await panel.locator('[data-call][data-selected] .status').textContent()).toBe('403');
    await pollFor(panel, '[data-diagnosis][data-signature="done"]');
    expect(await panel.locator('[data-check="source"]').textContent()).toContain(EXPLICIT_DENY);
    expect(await panel.locator('[data-response-body]').textContent()).toContain(EXPLICIT_DENY);
    expect(await panel.locator('[data-check="token.signature"]').getAttribute('data-status')).toBe('pass');

    await panel.locator('[data-call]').nth(1).click();
    await pollFor(panel, '[data-diagnosis][data-signature="done"]');
    expect(await panel.locator('[data-headline]').getAttribute('data-headline-check')).toBe('token.expiry');
    expect(await panel.locator('[data-claim="exp"]').count()).toBeGreaterThan(0);
    // A Cognito token: the Postman hand-off, as in the popup.
    expect(await panel.locator('[data-postman] [data-postman-field="client_id"]').count()).toBe(1);

    // Live: an HTTP API on another host's page, found by the capture rule, not by host permission.
    const live = chromeEntry({
      url: gatewayUrl('l1v3ht7pap', '/orders'),
      startedDateTime: at(1),
      requestHeaders: [{ name: 'authorization', value: `Bearer ${expired}` }],
      responseHeaders: [
        { name: 'apigw-requestid', value: 'Xyz=' },
        {
          name: 'www-authenticate',
          value: 'Bearer scope="" error="invalid_token" error_description="the token has expired"',
        },
      ],
    });
    await finishRequest(panel, { entry: live });
    await pollFor(panel, async () => (await panel.locator('[data-call]').count()) === 3);
    expect(await panel.locator('[data-call]').first().getAttribute('title')).toContain('l1v3ht7pap');
    // The same exchange again (in getHAR's log and finished while the panel opened): listed once.
    await finishRequest(panel, {
      entry: unauthorizedEntry({
        apiId: API,
        path: '/prod/orders/1',
        token: expired,
        startedDateTime: failedAt,
      }),
    });
    await finishRequest(panel, { entry: pageEntry() });
    // Positive control: a distinct failure finished after the duplicate is listed, so the duplicate
    // had its turn; had it been listed too, the count would be 5.
    await finishRequest(panel, {
      entry: unauthorizedEntry({ apiId: API, path: '/prod/control', token: expired, startedDateTime: at(0) }),
    });
    await pollFor(panel, '[data-call][title*="/prod/control"]');
    expect(await panel.locator('[data-call]').count()).toBe(4);

    expect(await axeViolations(panel)).toEqual([]);
    const stored = JSON.stringify([
      await sessionStorage(world.browser.serviceWorker),
      await localStorage(world.browser.serviceWorker),
    ]);
    expect(stored).not.toContain(expired.split('.')[1]);
    expect(stored).not.toContain(API);
  });

  test('sign-in steps: from the log and live, bodies from getContent, the signin.* checks and Postman; each once; no secret kept', async () => {
    const base = Date.now() - 60_000;
    const panel = await openPanelOverStandIn(
      world.browser.context,
      world.browser.extensionId,
      PANEL,
      failingSigninEntries(base).map((entry) => ({ entry })),
    );
    world.track(panel);
    await pollFor(panel, async () => (await panel.locator('[data-call][data-signin-step]').count()) === 3);
    const rows = panel.locator('[data-call]');
    // Newest first, the newest selected: the JSON body's 405.
    expect(await rows.first().textContent()).toContain('POST 405 /oauth2/token');
    await pollFor(panel, '[data-diagnosis][data-signin-step="token"]');
    expect(await panel.locator('[data-check="signin.request_format"]').getAttribute('data-status')).toBe(
      'fail',
    );
    expect(await panel.locator('[data-postman]').count()).toBe(1);

    // The code spent twice: `invalid_grant` came from getContent (DevTools keeps bodies apart).
    await rows.nth(1).click();
    await pollFor(
      panel,
      async () =>
        (await panel.locator('[data-headline]').getAttribute('data-headline-check')) === 'signin.grant',
    );
    expect(await panel.locator('[data-check="signin.grant"]').getAttribute('data-status')).toBe('fail');
    expect(await panel.locator('[data-check="signin.step"]').textContent()).toContain('invalid_grant');

    // The error page, tied to the authorize request two hops before it.
    await rows.nth(2).click();
    await pollFor(panel, '[data-diagnosis][data-signin-step="error"]');
    expect(await panel.locator('[data-check="signin.redirect_uri"]').getAttribute('data-status')).toBe(
      'fail',
    );

    // Live: the same exchange again is kept once; a new failure after it is listed.
    const [, , , , , twice] = failingSigninEntries(base);
    await finishRequest(panel, { entry: twice as Record<string, unknown> });
    await finishRequest(panel, {
      entry: tokenEntry({
        startedDateTime: at(0),
        status: 400,
        fields: codeExchange(SECRETS.otherCode),
        answer: '{"error":"invalid_client"}',
      }),
    });
    await pollFor(panel, async () => (await rows.count()) === 4);
    expect(await rows.first().textContent()).toContain('POST 400 /oauth2/token');
    await rows.first().click();
    await pollFor(panel, async () =>
      ((await panel.locator('[data-check="signin.step"]').textContent()) ?? '').includes('invalid_client'),
    );

    expect(await axeViolations(panel)).toEqual([]);
    const shown = await panel.locator('main').innerHTML();
    const stored = JSON.stringify([
      await sessionStorage(world.browser.serviceWorker),
      await localStorage(world.browser.serviceWorker),
    ]);
    for (const secret of [SECRETS.code, SECRETS.otherCode, SECRETS.verifier, SECRETS.refreshToken]) {
      expect(shown).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
  });

  test('API Gateway answers on a custom domain name are listed once each, with what would resolve them', async () => {
    const custom = chromeEntry({
      url: 'https://api.example.com/orders/1',
      startedDateTime: at(5),
      responseHeaders: [
        { name: 'x-amzn-RequestId', value: 'c0ffee00-0000-4000-8000-000000000001' },
        { name: 'x-amzn-ErrorType', value: 'UnauthorizedException' },
      ],
    });
    const panel = await openPanelOverStandIn(world.browser.context, world.browser.extensionId, PANEL, [
      { entry: custom },
    ]);
    world.track(panel);
    await pollFor(panel, '[data-call]');
    // Again from onRequestFinished, then another call as the positive control.
    await finishRequest(panel, { entry: custom });
    await finishRequest(panel, {
      entry: unauthorizedEntry({ apiId: API, path: '/prod/after', token: 'x', startedDateTime: at(1) }),
    });
    await pollFor(panel, async () => (await panel.locator('[data-call]').count()) === 2);
    expect(await panel.locator('[data-call]').count()).toBe(2);
    // With no base path mapping saved, the custom domain's call says what would resolve its API.
    await panel.locator('[data-call]').filter({ hasText: '/orders/1' }).click();
    await pollFor(panel, '[data-custom-domain-unmapped="api.example.com"]');
    // Once a mapping is saved (as "Watched hosts" does), the row and the detail read it.
    const mapping = { basePath: '', apiId: 'c0ffee1234', stage: 'live' };
    await world.browser.serviceWorker.evaluate(
      (saved) =>
        chrome.storage.local.set({
          apiDomains: [
            { domainName: 'api.example.com', mappings: [saved], source: { kind: 'manual', updatedAt: 1 } },
          ],
        }),
      mapping,
    );
    try {
      await pollFor(panel, '[data-call-stage="live"][data-stage-basis="mapping"]');
      await pollFor(panel, async () => (await panel.locator('[data-custom-domain-unmapped]').count()) === 0);
    } finally {
      await world.browser.serviceWorker.evaluate(() => chrome.storage.local.remove('apiDomains'));
    }
  });

  test('a custom sign-in domain watched on the options page is read as one, as the capture reads it', async () => {
    const onCustomDomain = () => {
      const entry = tokenEntry({
        startedDateTime: at(2),
        status: 400,
        fields: codeExchange('c0de-on-a-custom-domain'),
        answer: '{"error":"invalid_client"}',
      });
      (entry.request as { url: string }).url = 'https://auth.example.test/oauth2/token';
      return { entry };
    };
    const control = {
      entry: unauthorizedEntry({ apiId: API, path: '/prod/control', token: 'x', startedDateTime: at(1) }),
    };
    // Not watched: the token endpoint's 400 there is no sign-in step (the API call is the control).
    const before = await openPanelOverStandIn(world.browser.context, world.browser.extensionId, PANEL, [
      onCustomDomain(),
      control,
    ]);
    world.track(before);
    await pollFor(before, '[data-call]');
    expect(await before.locator('[data-call][data-signin-step]').count()).toBe(0);
    // Watched (what "Watched hosts" saves once Chrome grants it): the same entry is a step.
    await world.browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ signinDomains: ['auth.example.test'] }),
    );
    try {
      const after = await openPanelOverStandIn(world.browser.context, world.browser.extensionId, PANEL, [
        onCustomDomain(),
        control,
      ]);
      world.track(after);
      await pollFor(after, '[data-call][data-signin-step]');
      expect(await after.locator('[data-call][data-signin-step]').first().textContent()).toContain(
        'POST 400 /oauth2/token',
      );
    } finally {
      await world.browser.serviceWorker.evaluate(() => chrome.storage.local.remove('signinDomains'));
    }
  });

  test('outside DevTools, or before any failure, it says it is waiting', async () => {
    const panel = await openPanelOverStandIn(world.browser.context, world.browser.extensionId, PANEL, [
      { entry: pageEntry() },
    ]);
    world.track(panel);
    await pollFor(panel, '[data-empty]');
    expect(await panel.locator('[data-call]').count()).toBe(0);
    const bare = await world.browser.context.newPage();
    world.track(bare);
    await bare.goto(`chrome-extension://${world.browser.extensionId}/${PANEL}`);
    await pollFor(bare, '[data-empty]');
    expect(await axeViolations(bare)).toEqual([]);
  });
});

describe('DevTools panel in the real DevTools', () => {
  test('lists a failure DevTools recorded before the panel was shown, then a new one, with the body as evidence', async () => {
    const REST = 'r3a1d3vt00';
    world.fake.addRestApi({
      apiId: REST,
      authorizer: { userPoolIds: [world.pool.poolId] },
      cors: true,
      gatewayResponseCors: true,
      routes: [{ method: 'GET', resource: '/orders/{id}' }],
    });
    await withRealDevtools([], world.app.url(), async ({ page, devtools }) => {
      const expired = world.pool.expiredIdToken(600);
      expect(
        await fire(page, { url: world.fake.apiUrl(REST, '/orders/1'), headers: { Authorization: expired } }),
      ).toBe(401);
      const panel = await devtools.showPanel('401 Doctor', PANEL);
      await pollPanel<number>(
        panel,
        `document.querySelectorAll('[data-call]').length`,
        (count) => count === 1,
      );
      await pollPanel<string | null>(
        panel,
        `document.querySelector('[data-diagnosis]')?.getAttribute('data-signature') ?? null`,
        (state) => state === 'done',
      );
      const first = await panel<Record<string, string | null>>(`({
      headline: document.querySelector('[data-headline]')?.getAttribute('data-headline-check') ?? null,
      expiry: document.querySelector('[data-check="token.expiry"]')?.getAttribute('data-status') ?? null,
      signature: document.querySelector('[data-check="token.signature"]')?.getAttribute('data-status') ?? null,
      source: document.querySelector('[data-check="source"]')?.textContent ?? null,
      body: document.querySelector('[data-response-body]')?.textContent ?? null,
    })`);
      expect(first).toMatchObject({ headline: 'token.expiry', expiry: 'fail', signature: 'pass' });
      // The gateway's body, which webRequest never sees, read through getContent.
      expect(first.source).toContain('Unauthorized');
      expect(first.body).toContain('{"message":"Unauthorized"}');

      // Live: a call made while the panel is open.
      expect(await fire(page, { url: world.fake.apiUrl(REST, '/orders/2') })).toBe(401);
      await pollPanel<number>(
        panel,
        `document.querySelectorAll('[data-call]').length`,
        (count) => count === 2,
      );
      const newest = await panel<string | null>(
        `document.querySelector('[data-call]')?.getAttribute('title') ?? null`,
      );
      expect(newest).toContain('/orders/2');
    });
  }, 60_000);

  test('sign-in steps live in the real DevTools: the error page and the code spent twice, with the token endpoint’s body; axe inside DevTools', async () => {
    const hostedUi = await startFakeHostedUi();
    world.app.addPage('/callback', '<!doctype html><title>callback</title><p>signed in</p>');
    const callback = `${world.app.origin}/callback`;
    hostedUi.addClient({ clientId: SIGNIN_CLIENT, callbackUrls: [callback], allowedScopes: ['openid'] });
    try {
      await withRealDevtools(
        // Chromium keeps the last --host-resolver-rules: the defaults plus the hosted UI domain.
        [`--host-resolver-rules=${hostResolverRules(world.fake.port, hostedUi.port)}`],
        world.app.url(),
        async ({ page, devtools, real }) => {
          const panel = await devtools.showPanel('401 Doctor', PANEL);
          await pollPanel<boolean>(
            panel,
            `document.querySelector('[data-empty]') !== null`,
            (empty) => empty,
          );

          // An unregistered callback URL: authorize → /error, a top-level navigation of the inspected tab.
          await page.goto(
            authorizeUrl({
              response_type: 'code',
              client_id: SIGNIN_CLIENT,
              redirect_uri: `${callback}/`,
              scope: 'openid',
            }),
          );
          expect(page.url()).toContain('/error?error=redirect_mismatch');
          // The same code exchanged twice by the app.
          const code = await signInForCode(page, SIGNIN_CLIENT, callback);
          expect(code).not.toBe('');
          const exchange = () => exchangeCode(page, { clientId: SIGNIN_CLIENT, redirectUri: callback, code });
          expect((await exchange()).outcome).toBe(200);
          expect((await exchange()).outcome).toBe(400);

          const steps = await pollPanel<string[]>(
            panel,
            `[...document.querySelectorAll('[data-call][data-signin-step]')].map((row) => row.getAttribute('data-signin-step'))`,
            (found) => found.length === 2,
            20_000,
          );
          expect(steps).toEqual(['token', 'error']);
          // The newest, selected: the second exchange, named by the flow and by the body's invalid_grant.
          const twice = await pollPanel<Record<string, string | null>>(
            panel,
            `({
            headline: document.querySelector('[data-headline]')?.getAttribute('data-headline-check') ?? null,
            grant: document.querySelector('[data-check="signin.grant"]')?.getAttribute('data-status') ?? null,
            step: document.querySelector('[data-check="signin.step"]')?.textContent ?? null,
          })`,
            (state) => state.headline === 'signin.grant',
          );
          expect(twice.grant).toBe('fail');
          expect(twice.step).toContain('invalid_grant');
          await panel<void>(`document.querySelectorAll('[data-call][data-signin-step]')[1].click()`);
          const errorPage = await pollPanel<string | null>(
            panel,
            `document.querySelector('[data-diagnosis][data-signin-step="error"] [data-check="signin.redirect_uri"]')?.getAttribute('data-status') ?? null`,
            (status) => status !== null,
          );
          expect(errorPage).toBe('fail');
          expect(await panel<boolean>(`document.body.innerHTML.includes(${JSON.stringify(code)})`)).toBe(
            false,
          );

          expect(await axeViolationsVia(panel)).toEqual([]);
          // axe did run inside DevTools' panel frame, not in some other context.
          expect(await panel<string>(`typeof window.axe.version`)).toBe('string');
          const stored = JSON.stringify([
            await sessionStorage(real.serviceWorker),
            await localStorage(real.serviceWorker),
          ]);
          for (const issued of hostedUi.issuedCodes) expect(stored).not.toContain(issued);
        },
      );
    } finally {
      await hostedUi.close();
    }
  }, 90_000);
});

/**
 * A browser whose first tab has DevTools open (support/realDevtools.ts), that tab at `url`, and a
 * client to DevTools' targets; everything closed after `body`, whatever it did.
 */
async function withRealDevtools(
  extraArgs: string[],
  url: string,
  body: (opened: { page: Page; devtools: DevtoolsClient; real: ExtensionBrowser }) => Promise<void>,
): Promise<void> {
  const real = await launchWithExtension({
    distDir: DIST,
    fakeAwsPort: world.fake.port,
    extraArgs: [...REAL_DEVTOOLS_ARGS, ...extraArgs],
  });
  try {
    // The first tab only: DevTools opened with it. Calls are made once it records.
    const page = real.context.pages()[0] ?? (await real.context.newPage());
    const devtools = await connectDevtools(real.profileDir);
    try {
      await devtools.opened();
      await page.goto(url);
      await body({ page, devtools, real });
    } finally {
      await devtools.close();
    }
  } finally {
    await real.close();
  }
}
