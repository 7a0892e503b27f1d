// Issue "Sign-in flow doctor": the built extension in a real Chromium, watching a local stand-in for a
// Cognito hosted UI domain (myapp.auth.eu-west-1.amazoncognito.com, mapped with --host-resolver-rules).
// The app pages live on http://localhost (granted at install), so Chrome reports their navigations to the
// sign-in domain and their fetches to its token endpoint.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fireDetailed } from './support/appServer';
import { localStorage, pollFor, sessionStorage, tabIdOf } from './support/browser';
import { HOSTED_UI_HOST } from './support/fakeHostedUi';
import {
  addSigninClients,
  authorizeUrl,
  CLIENT_SECRET,
  CONFIDENTIAL_CLIENT,
  exchangeCode,
  PUBLIC_CLIENT,
  postJsonToTokenEndpoint,
  SIGNIN_POOL_ID,
  signInForCode,
} from './support/signinFlows';
import { startWorld, type World } from './support/world';

const API = 'p0stm4n0ap';

let world: World;

function callback(): string {
  return `${world.app.origin}/callback`;
}

beforeAll(async () => {
  world = await startWorld({ hostedUi: true });
  world.fake.addRestApi({
    apiId: API,
    authorizer: { userPoolIds: [world.pool.poolId] },
    cors: true,
    // CORS headers on the authorizer's 401 too, so the page sees the status.
    gatewayResponseCors: true,
    routes: [{ method: 'GET', resource: '/reports', scopes: ['orders/read'] }],
  });
  addSigninClients(world.app, world.hostedUi, ['openid', 'email']);
});

afterAll(() => world?.close());

/** Polls the tab's badge for up to 10 s. */
const waitForBadge = (tabId: number, expected: string) => world.waitForBadge(tabId, expected, 10_000);

/** The popup for `tabId`: the listed entries, and the checks of the selected one by id. */
async function popupFor(tabId: number, count: number) {
  const popup = await world.openPopup(tabId);
  await pollFor(
    popup,
    () =>
      popup
        .locator('[data-call]')
        .count()
        .then((n) => n >= count),
    10_000,
  );
  await pollFor(popup, '[data-check="signin.issuer"]', 10_000);
  const checks = async () =>
    Object.fromEntries(
      await popup
        .locator('[data-check]')
        .evaluateAll((nodes) =>
          nodes.map((node) => [node.getAttribute('data-check'), node.getAttribute('data-status')]),
        ),
    ) as Record<string, string>;
  return { popup, checks };
}

describe('sign-in failures on a hosted UI domain', () => {
  test('an unregistered callback URL: the error page is captured, badged and diagnosed', async () => {
    const { page, tabId } = await world.appTab();
    await page.goto(
      authorizeUrl({
        response_type: 'code',
        client_id: PUBLIC_CLIENT,
        redirect_uri: `${callback()}/`,
        scope: 'openid',
      }),
    );
    expect(page.url()).toContain('/error?error=redirect_mismatch');
    await waitForBadge(tabId, '1');
    const { popup, checks } = await popupFor(tabId, 1);
    const item = popup.locator('[data-call]').first();
    expect(await item.textContent()).toMatch(/GET\s*400\s*\/error/);
    expect(await checks()).toMatchObject({
      'signin.step': 'info',
      'signin.redirect_uri': 'fail',
      'signin.request_format': 'skip',
    });
    expect(
      await popup
        .locator('[data-check]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-check'))),
    ).toEqual([
      'signin.step',
      'signin.redirect_uri',
      'signin.client',
      'signin.scope',
      'signin.grant',
      'signin.request_format',
      'signin.pkce',
      'signin.issuer',
    ]);
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe(
      'signin.redirect_uri',
    );
    expect(await popup.locator('[data-claim]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('offline_access: the redirect back to the app with error= is the step, query and fragment alike', async () => {
    const { page, tabId } = await world.appTab();
    await page.goto(
      authorizeUrl({
        response_type: 'code',
        client_id: PUBLIC_CLIENT,
        redirect_uri: callback(),
        scope: 'openid offline_access',
        state: 's1',
      }),
    );
    expect(page.url()).toContain('error_description=invalid_scope');
    await page.goto(
      authorizeUrl({
        response_type: 'token',
        client_id: PUBLIC_CLIENT,
        redirect_uri: callback(),
        scope: 'openid offline_access',
      }),
    );
    // Chrome's onBeforeRedirect carries the fragment of an implicit-flow redirect (TOOLING.md).
    expect(page.url()).toContain('#error_description=invalid_scope');
    await waitForBadge(tabId, '2');
    const { popup, checks } = await popupFor(tabId, 2);
    expect(await popup.locator('[data-call]').first().textContent()).toMatch(
      /GET\s*302\s*\/oauth2\/authorize/,
    );
    expect(await checks()).toMatchObject({ 'signin.scope': 'fail', 'signin.redirect_uri': 'pass' });
    expect(await popup.locator('[data-check="signin.step"]').textContent()).toContain('fragment');
    await popup.locator('[data-call]').nth(1).click();
    await pollFor(popup, '[data-call][data-selected]');
    expect(await popup.locator('[data-check="signin.step"]').textContent()).toContain('query');
    await popup.close();
    await page.close();
  });

  test('a JSON body to the token endpoint: 405, diagnosed as not a form', async () => {
    const { page, tabId } = await world.appTab();
    const result = await postJsonToTokenEndpoint(page, PUBLIC_CLIENT);
    expect(result.outcome).toBe(405);
    await waitForBadge(tabId, '1');
    const { popup, checks } = await popupFor(tabId, 1);
    expect(await popup.locator('[data-call]').first().textContent()).toMatch(/POST\s*405\s*\/oauth2\/token/);
    expect(await checks()).toMatchObject({ 'signin.request_format': 'fail' });
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe(
      'signin.request_format',
    );
    await popup.close();
    await page.close();
  });

  test('the same code exchanged twice: the second exchange fails and is named', async () => {
    const { page, tabId } = await world.appTab();
    const code = await signInForCode(page, PUBLIC_CLIENT, callback());
    expect(code).not.toBe('');
    const exchange = () => exchangeCode(page, { clientId: PUBLIC_CLIENT, redirectUri: callback(), code });
    expect((await exchange()).outcome).toBe(200);
    expect((await exchange()).body).toContain('invalid_grant');
    await waitForBadge(tabId, '1');
    const { popup, checks } = await popupFor(tabId, 1);
    expect(await checks()).toMatchObject({ 'signin.grant': 'fail', 'signin.request_format': 'pass' });
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe('signin.grant');
    await popup.close();
    await page.close();
  });

  test('the options page imports describe-user-pool-client without its secret', async () => {
    const options = await world.browser.context.newPage();
    await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html`);
    const output = JSON.stringify({
      UserPoolClient: {
        UserPoolId: SIGNIN_POOL_ID,
        ClientId: CONFIDENTIAL_CLIENT,
        ClientSecret: CLIENT_SECRET,
        CallbackURLs: [callback()],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      },
    });
    await options.locator('[data-signin-import-text]').fill('not json');
    await options.locator('[data-signin-import-submit]').click();
    await pollFor(options, '[data-signin-import-error]');
    await options.locator('[data-signin-import-text]').fill(output);
    // Editing the text clears the error.
    expect(await options.locator('[data-signin-import-error]').count()).toBe(0);
    await options.locator('[data-signin-import-submit]').click();
    await pollFor(options, '[data-signin-import-preview="user-pool-client"]');
    expect(await options.locator('[data-signin-import-preview]').textContent()).not.toContain(CLIENT_SECRET);
    await options.locator('[data-signin-import-confirm]').click();
    await pollFor(options, '[data-signin-import-done]');
    await pollFor(options, `[data-signin-client="${CONFIDENTIAL_CLIENT}"]`);
    const local = await localStorage(world.browser.serviceWorker);
    expect(local.signinConfiguration).toMatchObject({
      clients: [{ clientId: CONFIDENTIAL_CLIENT, hasSecret: true }],
    });
    expect(JSON.stringify(local)).not.toContain(CLIENT_SECRET);
    expect(await options.content()).not.toContain(CLIENT_SECRET);
    await options.close();
  });

  test('a confidential client without its secret, once the client is imported', async () => {
    const { page, tabId } = await world.appTab();
    const code = await signInForCode(page, CONFIDENTIAL_CLIENT, callback());
    const result = await exchangeCode(page, { clientId: CONFIDENTIAL_CLIENT, redirectUri: callback(), code });
    expect(result.body).toContain('invalid_client');
    await waitForBadge(tabId, '1');
    const { popup, checks } = await popupFor(tabId, 1);
    expect(await checks()).toMatchObject({ 'signin.client': 'fail' });
    const postman = popup.locator('[data-postman]');
    expect(await postman.locator('[data-postman-field="client_secret"]').textContent()).toContain(
      'has a secret',
    );
    expect(await postman.locator('[data-postman-field="auth_url"] [data-postman-value]').textContent()).toBe(
      `https://${HOSTED_UI_HOST}/oauth2/authorize`,
    );
    expect(await postman.locator('[data-postman-field="client_id"] [data-postman-value]').textContent()).toBe(
      CONFIDENTIAL_CLIENT,
    );
    expect(await popup.locator('[data-postman-export]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  test('an API call with a Cognito token offers the Postman settings, without the token', async () => {
    const { page, tabId } = await world.appTab();
    const token = world.pool.mintIdToken();
    const result = await fireDetailed(page, {
      url: world.fake.apiUrl(API, '/reports'),
      headers: { Authorization: token },
    });
    expect(result.outcome).toBe(401);
    await waitForBadge(tabId, '1');
    const popup = await world.openPopup(tabId);
    await pollFor(popup, '[data-postman]', 10_000);
    const value = (name: string) =>
      popup.locator(`[data-postman-field="${name}"] [data-postman-value]`).textContent();
    expect(await value('client_id')).toBe(world.pool.clientId);
    expect(await value('grant_type')).toBe('Authorization Code (With PKCE)');
    // No API configuration is saved, so which token the method takes is not known: the field says how to tell.
    const tokenToUse = popup.locator('[data-postman-field="token_to_use"]');
    expect(await tokenToUse.locator('[data-postman-value]').count()).toBe(0);
    expect(await tokenToUse.textContent()).toContain('an access token when it does');
    expect(await popup.locator('[data-postman]').textContent()).not.toContain(token.slice(0, 40));
    await popup.close();
    await page.close();
  });

  test('from a site not granted: its sign-in navigations are seen, its fetches to the token endpoint are not (README, Permissions)', async () => {
    const unregistered = authorizeUrl({
      response_type: 'code',
      client_id: PUBLIC_CLIENT,
      redirect_uri: `${callback()}/`,
      scope: 'openid',
    });
    // As an app does it: the page navigates itself, so the request's initiator is the page's origin.
    const startSignin = async (page: Page) => {
      await page.evaluate((url) => {
        window.location.assign(url);
      }, unregistered);
      await page.waitForURL(/\/error\?error=redirect_mismatch/);
    };
    const jsonToToken = (page: Page) => postJsonToTokenEndpoint(page, PUBLIC_CLIENT);
    const recordsOf = async (tabId: number) => {
      const state = (await sessionStorage(world.browser.serviceWorker)).signin as
        | { records: Array<{ tabId: number; endpoint: string; statusCode?: number }> }
        | undefined;
      return (state?.records ?? [])
        .filter((record) => record.tabId === tabId && record.statusCode !== undefined)
        .map((record) => `${record.endpoint} ${record.statusCode}`);
    };

    // Seen on Chromium: a navigation is reported on the navigated URL's host permission alone,
    // whatever page started it, so the hosted UI's error page is captured from any site.
    const site = await world.browser.context.newPage();
    await site.goto('https://app.example.test/');
    const siteTab = await tabIdOf(world.browser.serviceWorker, site);
    await startSignin(site);
    await waitForBadge(siteTab, '1');

    // A fetch is reported only with access to the page too: the token endpoint's 405 from that site
    // is not seen until the site is watched. Positive control: the same fetch from the granted
    // localhost app is badged, so the worker has had its turn.
    await site.goto('https://app.example.test/');
    expect((await jsonToToken(site)).outcome).toBe(405);
    const { page, tabId } = await world.appTab();
    expect((await jsonToToken(page)).outcome).toBe(405);
    await waitForBadge(tabId, '1');
    expect(await recordsOf(tabId)).toEqual(['token 405']);
    // The authorize redirect (kept as the flow's context) and the error page: no token request.
    expect(await recordsOf(siteTab)).toEqual(['authorize 302', 'error 400']);
    await site.close();
    await page.close();
  });

  test('nothing secret is stored, and the extension sent nothing to the sign-in domain', async () => {
    const stored = JSON.stringify({
      session: await sessionStorage(world.browser.serviceWorker),
      local: await localStorage(world.browser.serviceWorker),
    });
    expect(world.hostedUi.issuedCodes.length).toBeGreaterThan(0);
    for (const code of world.hostedUi.issuedCodes) expect(stored).not.toContain(code);
    expect(stored).not.toContain(CLIENT_SECRET);
    // Every request the stand-in saw is a page's: a navigation, a fetch from a test page's origin
    // (the app, or the site not granted), or Chromium's own favicon request for the error page.
    const pageOrigins = [world.app.origin, 'https://app.example.test'];
    for (const request of world.hostedUi.requests) {
      const fromPage =
        request.headers['sec-fetch-mode'] === 'navigate' ||
        pageOrigins.includes(String(request.headers.origin)) ||
        (request.path === '/favicon.ico' && request.headers['sec-fetch-dest'] === 'image');
      expect(fromPage, `${request.method} ${request.path} ${JSON.stringify(request.headers)}`).toBe(true);
      expect(String(request.headers.origin ?? '')).not.toMatch(/^chrome-extension:/);
    }
    expect(world.hostedUi.requests.some((request) => request.path.startsWith('/oauth2/token'))).toBe(true);
  });
});

describe('token.client of API calls reads the app clients imported on the options page', () => {
  const HTTP_API = 'c1ientap10';
  const OTHER_CLIENT = 'otherclient0123456789abcd';

  /** A captured 401 from the HTTP API (an expired access token, so the gateway's verdict is expiry). */
  async function tokenClientOf(clientId: string, expected: string) {
    const { page, tabId } = await world.appTab();
    const token = world.pool.expiredAccessToken(600, { client_id: clientId });
    expect(
      await fireDetailed(page, {
        url: world.fake.apiUrl(HTTP_API, '/orders'),
        headers: { Authorization: token },
      }),
    ).toMatchObject({ outcome: 401 });
    await waitForBadge(tabId, '1');
    const popup = await world.openPopup(tabId);
    const check = popup.locator('[data-check="token.client"]');
    await pollFor(popup, '[data-check="token.client"]', 10_000);
    // Positive wait for the status the test expects (on a loaded machine the popup may still be
    // rendering the imported configuration); if it never comes, the assertion below names the one shown.
    await pollFor(popup, `[data-check="token.client"][data-status="${expected}"]`, 15_000).catch(
      () => undefined,
    );
    const result = {
      status: await check.getAttribute('data-status'),
      text: (await check.textContent()) ?? '',
    };
    expect(result.text).not.toContain(token.slice(0, 40));
    await popup.close();
    await page.close();
    return result;
  }

  test('import the client, then a 401 whose token is of that client, and one of another client of its pool', async () => {
    world.fake.addHttpApi({
      apiId: HTTP_API,
      authorizer: { issuer: world.pool.issuer, audience: [world.pool.clientId] },
      cors: true,
      routes: [{ method: 'GET', path: '/orders' }],
    });
    // Before the import nothing is known of the pool's clients: the check skips, as CHECKS.md says.
    expect(await tokenClientOf(world.pool.clientId, 'skip')).toMatchObject({ status: 'skip' });

    const options = await world.browser.context.newPage();
    await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html`);
    await options.locator('[data-signin-import-text]').fill(
      JSON.stringify({
        UserPoolClient: {
          UserPoolId: world.pool.poolId,
          ClientId: world.pool.clientId,
          ClientName: 'orders-web',
          CallbackURLs: [callback()],
          AllowedOAuthFlows: ['code'],
          AllowedOAuthScopes: ['openid'],
          AllowedOAuthFlowsUserPoolClient: true,
          SupportedIdentityProviders: ['COGNITO'],
        },
      }),
    );
    await options.locator('[data-signin-import-submit]').click();
    await pollFor(options, '[data-signin-import-preview="user-pool-client"]');
    await options.locator('[data-signin-import-confirm]').click();
    await pollFor(options, `[data-signin-client="${world.pool.clientId}"]`);
    await options.close();

    // The imported client: named, with its pool; the HTTP API's audience is not known, so nothing decided.
    const known = await tokenClientOf(world.pool.clientId, 'info');
    expect(known.status).toBe('info');
    expect(known.text).toContain('orders-web');
    expect(known.text).toContain(world.pool.poolId);

    // Another client of the same pool: a JWT authorizer compares the client with its audience, so a warning
    // that names the clients imported for that pool.
    const other = await tokenClientOf(OTHER_CLIENT, 'warn');
    expect(other.status).toBe('warn');
    expect(other.text).toContain(OTHER_CLIENT);
    expect(other.text).toContain(`orders-web (${world.pool.clientId})`);
  });
});
