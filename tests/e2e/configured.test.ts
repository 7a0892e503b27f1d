// Issue "Know the API's authorizer configuration", the popup side: once an API's export is imported on
// the options page, the checks decide instead of guessing, and the popup names the configuration used.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fire } from './support/appServer';
import { pollFor } from './support/browser';
import { startWorld, type World } from './support/world';

const API = 'k1e2y3c4f5';
const READ = 'https://api.example.com/orders.read';
const WRITE = 'https://api.example.com/orders.write';

let world: World;
let page: Page;
let popup: Page;

/** `aws apigateway get-export --export-type oas30 --parameters extensions=apigateway`, for the fake API. */
function exportOfFakeApi(): string {
  return readFileSync(new URL('../fixtures/aws/rest-export-oas30.json', import.meta.url), 'utf8')
    .replaceAll('a1b2c3d4e5', API)
    .replaceAll('eu-west-1_AbC123xyz', world.pool.poolId);
}

beforeAll(async () => {
  world = await startWorld();
  // Deployed as the export describes it: GET /orders without scopes, GET /orders/{id} with scopes.
  world.fake.addRestApi({
    apiId: API,
    authorizer: { userPoolIds: [world.pool.poolId] },
    cors: true,
    routes: [
      { method: 'GET', resource: '/orders' },
      { method: 'GET', resource: '/orders/{id}', scopes: [READ, WRITE] },
    ],
  });
  const tab = await world.appTab();
  page = tab.page;
  const tabId = tab.tabId;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  // 1. An access token at a method without scopes. 2. An ID token at a method with scopes.
  // 3. An access token from InitiateAuth (only aws.cognito.signin.user.admin) at that method.
  await fire(page, { url: world.fake.apiUrl(API, '/orders'), headers: bearer(world.pool.mintAccessToken()) });
  await fire(page, { url: world.fake.apiUrl(API, '/orders/42'), headers: bearer(world.pool.mintIdToken()) });
  await fire(page, {
    url: world.fake.apiUrl(API, '/orders/43'),
    headers: bearer(world.pool.mintAccessToken()),
  });
  const calls = world.fake
    .requestsTo(`${API}.execute-api.eu-west-1.amazonaws.com`)
    .filter((r) => r.method === 'GET');
  expect(calls.map((r) => r.response?.status)).toEqual([401, 401, 401]);
  popup = await world.openPopup(tabId);
  await pollFor(popup, '[data-call]');
});

afterAll(() => world?.close());

async function select(path: string): Promise<void> {
  // The path must not continue with another segment: /prod/orders is not /prod/orders/42.
  const exact = new RegExp(`${path.replaceAll('/', '\\/')}(?!/)`);
  await popup.locator('[data-call]', { hasText: exact }).click({ timeout: 5000 });
  await expect.poll(() => popup.locator('[data-call][data-selected]').textContent()).toContain(path);
}

const statusOf = (id: string) => popup.locator(`[data-check="${id}"]`).getAttribute('data-status');
const configSource = () => popup.locator('[data-config-source]').textContent();

describe('before any configuration', () => {
  test('the checks can only guess, and say the API is not configured', async () => {
    await select('/prod/orders/43');
    expect(await configSource()).toBe('not configured');
    expect(await statusOf('token.use')).toBe('warn');
    expect(await statusOf('token.scope')).toBe('skip');
    await select('/prod/orders/42');
    expect(await statusOf('token.use')).toBe('info');
  });
});

describe('after importing the API export on the options page', () => {
  beforeAll(async () => {
    const options = await world.browser.context.newPage();
    await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html`);
    await pollFor(options, '[data-import]');
    await options.setInputFiles('[data-import]', {
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportOfFakeApi()),
    });
    await pollFor(options, '[data-import-preview]');
    await options.click('[data-import-confirm]');
    await pollFor(options, '[data-import-done]');
    await options.close();
  });

  test('the open popup follows without a reload and names the configuration it used', async () => {
    await select('/prod/orders/42');
    await expect.poll(configSource).toMatch(/^imported from get-export/);
  });

  test('an ID token at a method with OAuth scopes: token.use fails, and the headline says why', async () => {
    await select('/prod/orders/42');
    await expect.poll(() => statusOf('token.use')).toBe('fail');
    expect(await popup.locator('[data-headline]').textContent()).toMatch(/ID token/i);
  });

  test('an access token at a method without OAuth scopes: token.use fails', async () => {
    await select('/prod/orders');
    await expect.poll(() => statusOf('token.use')).toBe('fail');
    expect(await statusOf('token.scope')).toBe('skip');
    expect(await configSource()).toMatch(/^imported from get-export/);
  });

  test("an access token with none of the method's scopes: token.scope fails, naming both lists", async () => {
    await select('/prod/orders/43');
    await expect.poll(() => statusOf('token.scope')).toBe('fail');
    expect(await statusOf('token.use')).toBe('pass');
    const scopeCheck = await popup.locator('[data-check="token.scope"]').textContent();
    expect(scopeCheck).toContain(READ);
    expect(scopeCheck).toContain('aws.cognito.signin.user.admin');
    const headline = await popup.locator('[data-headline]').textContent();
    expect(headline).toContain('aws.cognito.signin.user.admin');
  });

  test('"Configure this API" opens the options page for this API and method', async () => {
    const opened = world.browser.context.waitForEvent('page');
    await popup.locator('[data-action="configure-api"]').click();
    const options = await opened;
    await options.waitForLoadState();
    const url = new URL(options.url());
    expect(url.pathname).toBe('/src/options/index.html');
    // The link names the captured call by its id, the authorizer kind the checks go by and the
    // API's strict identifiers (for pages whose calls are in no storage), never the path or a
    // header; the page reads the rest from storage.session.
    expect([...url.searchParams.keys()]).toEqual([
      'call',
      'authorizer',
      'apiId',
      'stage',
      'region',
      'method',
    ]);
    expect(url.searchParams.get('authorizer')).toBe('cognito');
    expect(url.searchParams.get('apiId')).toBe(API);
    expect(url.searchParams.get('stage')).toBe('prod');
    expect(url.search).not.toContain('orders');
    await pollFor(options, '[data-loaded]');
    expect(await options.inputValue('[data-config-field="apiId"]')).toBe(API);
    expect(await options.inputValue('[data-config-field="stage"]')).toBe('prod');
    await options.close();
  });
});
