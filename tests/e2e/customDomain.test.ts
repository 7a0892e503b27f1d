// Issue 12 (custom domain names) and issue 11 (custom sign-in domains): watched hosts. The extension is
// a test build whose manifest grants shop.example.test, plain.example.test and auth.example.test at
// install, standing for the user's grant (headless Chromium cannot answer a permission prompt).
// called.example.test is not granted: the popup offers it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fire, fireDetailed } from './support/appServer';
import { badgeText, localStorage, pollFor } from './support/browser';
import { storedCaptures } from './support/captures';
import { startWorld, type World } from './support/world';

const API = 'cu5t0md0m1';
const SHOP = 'shop.example.test';
const PLAIN = 'plain.example.test';
const AUTH = 'auth.example.test';
const CALLED = 'called.example.test';
const READ = 'https://api.example.com/orders.read';
const WRITE = 'https://api.example.com/orders.write';

let world: World;

beforeAll(async () => {
  world = await startWorld({
    // auth.example.test is a custom sign-in domain: it resolves to the hosted UI stand-in.
    hostedUi: { hosts: [AUTH] },
    grantedHosts: [SHOP, PLAIN, AUTH],
  });
  world.fake.addRestApi({
    apiId: API,
    authorizer: { userPoolIds: [world.pool.poolId] },
    cors: true,
    gatewayResponseCors: true,
    routes: [
      { method: 'GET', resource: '/orders' },
      { method: 'GET', resource: '/orders/{id}', scopes: [READ, WRITE] },
    ],
  });
  // `https://shop.example.test/v1/…` is stage prod of the API, as a base path mapping `v1` says.
  world.fake.addCustomDomain({ domainName: SHOP, mappings: [{ basePath: 'v1', apiId: API }] });
  world.fake.addCustomDomain({ domainName: PLAIN, gatewayHeaders: false });
  world.fake.addCustomDomain({ domainName: CALLED, gatewayHeaders: false });
});

afterAll(() => world?.close());

/** Polls the tab's badge for up to 10 s. */
const waitForBadge = (tabId: number, expected: string) => world.waitForBadge(tabId, expected, 10_000);

async function optionsPage(search = ''): Promise<Page> {
  const options = await world.browser.context.newPage();
  await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html${search}`);
  await pollFor(options, '[data-watched-hosts]');
  return options;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('calls on a custom domain name', () => {
  let tabId: number;
  let page: Page;

  beforeAll(async () => {
    ({ page, tabId } = await world.appTab());
    // A plain backend's 401 first: no API Gateway headers, so it must not count.
    expect(
      await fire(page, { url: `https://${PLAIN}/orders/1`, headers: bearer(world.pool.mintIdToken()) }),
    ).toBe(401);
    // An ID token at a method with OAuth scopes: the authorizer answers 401, with API Gateway's headers.
    expect(
      await fire(page, { url: `https://${SHOP}/v1/orders/42`, headers: bearer(world.pool.mintIdToken()) }),
    ).toBe(401);
    expect(world.fake.requestsTo(SHOP).at(-1)?.response?.headers['x-amzn-errortype']).toBe(
      'UnauthorizedException',
    );
    expect(world.fake.requestsTo(PLAIN).at(-1)?.response?.headers['x-amzn-errortype']).toBeUndefined();
  });

  test("captured with API Gateway's headers, not without them", async () => {
    await waitForBadge(tabId, '1');
    const stored = await storedCaptures(world.browser.serviceWorker);
    const ofTab = stored.index.calls.filter((call) => call.tabId === tabId);
    expect(ofTab).toHaveLength(1);
    // With its request headers: the Authorization header was recorded before the answer came.
    const names = Object.values(stored.calls).find((call) => call.tabId === tabId)?.requestHeaderNames ?? [];
    expect(names.map((name) => name.toLowerCase())).toContain('authorization');
  });

  test('listed with its host until a mapping names its API and stage', async () => {
    const popup = await world.openPopup(tabId);
    await pollFor(popup, '[data-call]');
    const row = popup.locator('[data-call]').first();
    expect(await row.textContent()).toContain('/v1/orders/42');
    expect(await row.textContent()).toContain(SHOP);
    expect(await row.locator('[data-call-stage]').getAttribute('data-call-stage')).toBe('');
    await pollFor(popup, `[data-custom-domain-unmapped="${SHOP}"]`);
    expect(await popup.locator('[data-action="configure-domain"]').first().getAttribute('data-domain')).toBe(
      SHOP,
    );
    await popup.close();
  });

  test('after its base path mappings and the API export are imported, it gets the configured checks', async () => {
    const options = await optionsPage(`?domain=${SHOP}`);
    // The popup's link pre-fills the host.
    expect(await options.inputValue('[data-host-input]')).toBe(SHOP);
    await options.click('[data-action="add-host"]');
    const row = options.locator(`[data-watched-host="${SHOP}"]`);
    await pollFor(options, `[data-watched-host="${SHOP}"][data-host-granted="true"]`);

    // Something else than mappings is refused with a clear message, which editing clears.
    await row
      .locator('[data-domain-import-text]')
      .fill('{"items": [{"id": "abc", "name": "not a mapping"}]}');
    await row.locator('[data-domain-import-submit]').click();
    await pollFor(options, `[data-watched-host="${SHOP}"] [data-domain-import-error]`);
    const mappings = { items: [{ basePath: 'v1', restApiId: API, stage: 'prod' }] };
    await row.locator('[data-domain-import-text]').fill(JSON.stringify(mappings));
    expect(await row.locator('[data-domain-import-error]').count()).toBe(0);
    await row.locator('[data-domain-import-submit]').click();
    await pollFor(
      options,
      `[data-watched-host="${SHOP}"] [data-domain-import-preview="get-base-path-mappings"]`,
    );
    expect(await row.locator('[data-domain-import-mapping]').textContent()).toMatch(
      /\/v1\s*→\s*cu5t0md0m1\s*\/\s*prod/,
    );
    // Nothing is saved before the confirmation.
    expect(JSON.stringify((await localStorage(world.browser.serviceWorker)).apiDomains ?? [])).not.toContain(
      API,
    );
    await row.locator('[data-domain-import-confirm]').click();
    await pollFor(options, `[data-watched-host="${SHOP}"] [data-domain-import-done]`);
    await pollFor(options, `[data-watched-host="${SHOP}"] [data-mapping="v1→${API}/prod"]`);
    expect((await localStorage(world.browser.serviceWorker)).apiDomains).toEqual([
      {
        domainName: SHOP,
        mappings: [{ basePath: 'v1', apiId: API, stage: 'prod' }],
        source: { kind: 'get-base-path-mappings', updatedAt: expect.any(Number) },
      },
    ]);

    // The API's own configuration, as on the execute-api host.
    const exported = readFileSync(new URL('../fixtures/aws/rest-export-oas30.json', import.meta.url), 'utf8')
      .replaceAll('a1b2c3d4e5', API)
      .replaceAll('eu-west-1_AbC123xyz', world.pool.poolId);
    await options.setInputFiles('[data-import]', {
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await pollFor(options, '[data-import-preview]');
    await options.click('[data-import-confirm]');
    await pollFor(options, '[data-import-done]');
    await options.close();

    const popup = await world.openPopup(tabId);
    await pollFor(popup, '[data-check="token.use"]');
    const stage = popup.locator('[data-call] [data-call-stage]').first();
    await expect.poll(() => stage.getAttribute('data-call-stage')).toBe('prod');
    expect(await stage.getAttribute('data-stage-basis')).toBe('mapping');
    expect(await popup.locator('[data-call]').first().textContent()).toContain(API);
    expect(await popup.locator('[data-custom-domain-unmapped]').count()).toBe(0);
    await expect
      .poll(() => popup.locator('[data-config-source]').textContent())
      .toMatch(/^imported from get-export/);
    // The method /orders/{id} has OAuth scopes: an ID token fails there, as on the execute-api host.
    expect(await popup.locator('[data-check="token.use"]').getAttribute('data-status')).toBe('fail');
    expect(await popup.locator('[data-headline]').getAttribute('data-headline-check')).toBe('token.use');
    // Commands name the API and stage the mapping gave.
    expect(await popup.locator('[data-check="manual.deployed"]').textContent()).toContain(
      `--rest-api-id ${API} --stage-name prod`,
    );
    await popup.close();
  });

  test('a hand-entered mapping is checked before it is saved, and can be removed', async () => {
    const options = await optionsPage();
    const row = options.locator(`[data-watched-host="${SHOP}"]`);
    await pollFor(options, `[data-watched-host="${SHOP}"] [data-mapping]`);
    await row.locator('[data-mapping-field="basePath"]').fill('v2');
    await row.locator('[data-mapping-field="apiId"]').fill('Not An Id');
    await row.locator('[data-mapping-field="stage"]').fill('dev');
    await row.locator('[data-action="add-mapping"]').click();
    await pollFor(options, `[data-watched-host="${SHOP}"] [data-mapping-problem="apiId"]`);
    expect(await row.locator('[data-mapping]').count()).toBe(1);
    await row.locator('[data-mapping-field="apiId"]').fill('b2c3d4e5f6');
    await row.locator('[data-action="add-mapping"]').click();
    await pollFor(options, `[data-watched-host="${SHOP}"] [data-mapping="v2→b2c3d4e5f6/dev"]`);
    await row.locator('[data-mapping="v2→b2c3d4e5f6/dev"] [data-action="remove-mapping"]').click();
    await expect.poll(() => row.locator('[data-mapping]').count()).toBe(1);
    await options.close();
  });

  afterAll(async () => {
    await page?.close();
  });
});

describe("the popup's offer", () => {
  test('lists a host the page called that the extension cannot see, and not the granted ones', async () => {
    const { page, tabId } = await world.appTab();
    expect(await fire(page, { url: `https://${CALLED}/api/items` })).toBe(401);
    expect(await fire(page, { url: `https://${PLAIN}/api/items` })).toBe(401);
    const popup = await world.openPopup(tabId);
    await pollFor(popup, '[data-site-access="watched"]');
    await pollFor(popup, `[data-host-offer="${CALLED}"]`, 10_000);
    const offered = await popup
      .locator('[data-host-offer]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-host-offer')));
    expect(offered).toEqual([CALLED]);
    expect(
      await popup.locator(`[data-host-offer="${CALLED}"] [data-action="watch-host"]`).textContent(),
    ).toContain(CALLED);
    await popup.close();
    await page.close();
  });
});

describe('a custom sign-in domain', () => {
  const tokenRequest = (page: Page) =>
    fireDetailed(page, {
      url: `https://${AUTH}/oauth2/token`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', client_id: 'someclient', code: 'abc' }),
    });

  test('is watched once added on the options page: its failing step is captured and diagnosed', async () => {
    const before = await world.appTab();
    expect((await tokenRequest(before.page)).outcome).toBe(405);
    // Not a saved sign-in domain yet: nothing captured. (Positive control below, on the same host.)
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await badgeText(world.browser.serviceWorker, before.tabId)).toBe('');
    await before.page.close();

    const options = await optionsPage();
    await options.fill('[data-host-input]', AUTH);
    await options.selectOption('[data-host-kind]', 'signin');
    await options.click('[data-action="add-host"]');
    await pollFor(options, `[data-watched-host="${AUTH}"]`);
    expect(await options.locator(`[data-watched-host="${AUTH}"]`).textContent()).toContain(
      'Custom sign-in domain',
    );
    expect((await localStorage(world.browser.serviceWorker)).signinDomains).toEqual([AUTH]);
    await options.close();

    const { page, tabId } = await world.appTab();
    expect((await tokenRequest(page)).outcome).toBe(405);
    await waitForBadge(tabId, '1');
    const popup = await world.openPopup(tabId);
    await pollFor(popup, '[data-check="signin.request_format"]', 10_000);
    expect(await popup.locator('[data-call]').first().getAttribute('data-signin-step')).toBe('token');
    expect(await popup.locator('[data-check="signin.request_format"]').getAttribute('data-status')).toBe(
      'fail',
    );
    await popup.close();
    await page.close();
  });

  test('an invalid host name is refused with a message, and nothing is asked or saved', async () => {
    const options = await optionsPage();
    await options.fill('[data-host-input]', 'not a host');
    await options.click('[data-action="add-host"]');
    await pollFor(options, '[data-host-error="invalid"]');
    expect((await localStorage(world.browser.serviceWorker)).signinDomains).toEqual([AUTH]);
    await options.close();
  });
});
