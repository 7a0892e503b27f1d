// Issue "Know the API's authorizer configuration": the options page ("Configure APIs") of the built
// extension in a real Chromium. What the user does: arrive from the popup's link, import what the AWS CLI
// printed, see what it understood, save, edit by hand, export; what lands in chrome.storage.local.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fire } from './support/appServer';
import { localStorage, pollFor } from './support/browser';
import { newestCallOfTab } from './support/captures';
import { startWorld, type World } from './support/world';

const OPTIONS_PATH = 'src/options/index.html';
const API = 'o9p8q7r6s5';
const REGION = 'eu-west-1';
const STAGE = 'prod';
const ORDERS_WRITE = 'https://api.example.com/orders.write';
const STORAGE_KEY = 'apiConfigs';
/** Set to a directory to keep screenshots of the page (for looking at the layout). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

let world: World;

interface StoredMethod {
  method: string;
  path: string;
  authorizationType: string;
  scopes: string[];
}
interface StoredConfig {
  apiId: string;
  stage?: string;
  region?: string;
  authorizerKind: string;
  identityHeader: string;
  userPoolIds: string[];
  methods: StoredMethod[];
  source: { kind: string };
}

/** The REST export fixture, as `get-export` would print it for the fake API and the test pool. */
function exportForFakeApi(): string {
  return readFileSync(new URL('../fixtures/aws/rest-export-oas30.json', import.meta.url), 'utf8')
    .replaceAll('a1b2c3d4e5', API)
    .replaceAll('eu-west-1_AbC123xyz', world.pool.poolId);
}

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/aws/${name}`, import.meta.url), 'utf8');
}

async function stored(): Promise<StoredConfig[] | undefined> {
  return (await localStorage(world.browser.serviceWorker))[STORAGE_KEY] as StoredConfig[] | undefined;
}

async function openOptions(query = ''): Promise<Page> {
  const page = await world.browser.context.newPage();
  await page.goto(`chrome-extension://${world.browser.extensionId}/${OPTIONS_PATH}${query}`);
  await pollFor(page, '[data-loaded]');
  return page;
}

async function readImport(page: Page, text: string): Promise<void> {
  await page.fill('[data-import-text]', text);
  await page.click('[data-import-submit]');
  await pollFor(page, '[data-import-preview], [data-import-error]');
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  world = await startWorld({ poolRegion: REGION });
  world.fake.addRestApi({
    apiId: API,
    region: REGION,
    stage: STAGE,
    authorizer: { userPoolIds: [world.pool.poolId] },
    // The test app's page calls the API with a token: the preflight and the 401 need CORS to be read.
    cors: true,
    gatewayResponseCors: true,
    routes: [
      { method: 'GET', resource: '/orders' },
      { method: 'POST', resource: '/orders', scopes: [ORDERS_WRITE] },
    ],
  });
});

afterAll(() => world?.close());

/**
 * What the popup's "Configure this API" link names: a call the worker captured, by id (the page
 * reads the rest from `storage.session`). The test app's page makes the call; the stand-in's
 * authorizer answers 401 (an ID token on a route with scopes).
 */
async function captureCall(method: string, path: string): Promise<string> {
  const { page, tabId } = await world.appTab();
  const url = world.fake.apiUrl(API, path);
  expect(await fire(page, { url, method, headers: { Authorization: world.pool.mintIdToken() } })).toBe(401);
  // The tab stays open: the worker drops a tab's calls when it closes.
  return newestCallOfTab(world.browser.serviceWorker, tabId);
}

describe('the options page', () => {
  let page: Page;

  test("the popup's link opens a new entry for its API, pre-filled; nothing is stored yet", async () => {
    expect(await stored()).toBeUndefined();
    page = await openOptions(`?call=${await captureCall('POST', '/orders')}`);
    await pollFor(page, '[data-api-config="new"] [data-config-editor="new"]');
    expect(await page.inputValue('[data-config-field="apiId"]')).toBe(API);
    expect(await page.inputValue('[data-config-field="stage"]')).toBe(STAGE);
    expect(await page.inputValue('[data-config-field="region"]')).toBe(REGION);
    expect(await page.inputValue('[data-method-row="0"] [data-method-field="method"]')).toBe('POST');
    expect(await page.inputValue('[data-method-row="0"] [data-method-field="path"]')).toBe('/orders');
    expect(await stored()).toBeUndefined();
  });

  test('malformed or unrelated input: a clear message, no preview, storage unchanged', async () => {
    const token = world.pool.mintIdToken();
    const inputs = ['{"openapi": "3.0.1", "paths": {', '{"hello": "world"}', token, 'just some words: [x'];
    for (const input of inputs) {
      await readImport(page, input);
      const message = (await page.textContent('[data-import-error]')) ?? '';
      expect(message.length).toBeGreaterThan(20);
      expect(message).not.toContain(token);
      expect(await page.locator('[data-import-preview]').count()).toBe(0);
    }
    await screenshot(page, 'options-import-error');
    expect(await stored()).toBeUndefined();
  });

  test('YAML is read by the parser loaded on demand; a repeated key is refused with its line', async () => {
    await readImport(page, fixture('rest-export-oas30.yaml'));
    await pollFor(page, '[data-import-preview="get-export"]');
    await page.click('[data-import-cancel]');
    await readImport(page, 'items:\n  - id: a\n    id: b\n');
    expect(await page.textContent('[data-import-error]')).toMatch(
      /^The YAML repeats a key in one map \(line 3,/,
    );
    expect(await stored()).toBeUndefined();
  });

  test('an OpenAPI export: the preview shows what it understood, Save stores methods and scopes', async () => {
    await readImport(page, exportForFakeApi());
    await pollFor(page, '[data-import-preview="get-export"]');
    expect(await page.locator('[data-import-error]').count()).toBe(0);
    const summary = (await page.locator('[data-import-summary] li').allTextContents()).join('\n');
    expect(summary).toContain(`POST /orders: Cognito user pool authorizer, scopes ${ORDERS_WRITE}`);
    expect(summary).toContain(`user pools ${world.pool.poolId}`);
    expect(summary).toContain(`API ${API}; stage ${STAGE}; region ${REGION}`);
    expect(await page.textContent('[data-import-destination]')).toContain('a new configuration');
    // The export names its API and stage: nothing to ask.
    expect(await page.locator('[data-import-needs]').count()).toBe(0);
    await screenshot(page, 'options-import-preview');
    expect(await stored()).toBeUndefined();

    await page.click('[data-import-confirm]');
    await pollFor(page, '[data-import-done]');
    const configs = (await stored()) ?? [];
    expect(configs).toHaveLength(1);
    const [config] = configs;
    expect(config).toMatchObject({
      apiId: API,
      stage: STAGE,
      region: REGION,
      authorizerKind: 'cognito',
      identityHeader: 'Authorization',
      source: { kind: 'get-export' },
    });
    expect(config?.userPoolIds).toContain(world.pool.poolId);
    expect(config?.methods).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        path: '/orders',
        authorizationType: 'COGNITO_USER_POOLS',
        scopes: [ORDERS_WRITE],
      }),
    );
    expect(config?.methods).toContainEqual(
      expect.objectContaining({ method: 'GET', path: '/orders', scopes: [] }),
    );
    // The page now lists the saved entry, open in the editor, and the unsaved draft is gone.
    await pollFor(page, `[data-api-config="${API}/${STAGE}"] [data-config-editor="saved"]`);
    expect(await page.locator('[data-api-config="new"]').count()).toBe(0);
    expect(await page.textContent(`[data-api-config="${API}/${STAGE}"] [data-config-source]`)).toBe(
      'imported from get-export, just now',
    );
    await screenshot(page, 'options-after-import');
  });

  test('hand edits: problems next to the field block Save; a valid edit is stored', async () => {
    const save = page.locator('[data-action="save-config"]');
    await page.fill('[data-config-field="userPoolIds"]', `${world.pool.poolId}, not-a-pool`);
    await pollFor(page, '[data-field-problem="userPoolIds"]');
    await screenshot(page, 'options-field-problem');
    expect(await page.textContent('[data-field-problem="userPoolIds"]')).toContain(
      'Entry 2: A user pool id is its region, an underscore and letters or digits, e.g. eu-west-1_AbC123xyz.',
    );
    expect(await save.isDisabled()).toBe(true);

    // A token pasted into a field is refused: the configuration lives on disk.
    await page.fill('[data-config-field="userPoolIds"]', world.pool.poolId);
    await page.fill('[data-config-field="tokenValidationRegex"]', world.pool.mintIdToken());
    await pollFor(page, '[data-field-problem="tokenValidationRegex"]');
    expect(await save.isDisabled()).toBe(true);
    await page.fill('[data-config-field="tokenValidationRegex"]', '');

    await page.fill('[data-config-field="identityHeader"]', 'X-Id-Token');
    await page.click('[data-action="add-method"]');
    const last = page.locator('[data-method-row]').last();
    await last.locator('[data-method-field="method"]').selectOption('PATCH');
    await last.locator('[data-method-field="path"]').fill('/orders/{id}');
    await last.locator('[data-method-field="scopes"]').fill(`${ORDERS_WRITE}  https://api.example.com/admin`);
    await page.selectOption('[data-config-field="defaultScopesMode"]', 'none');
    await pollFor(page, '[data-editor-state="dirty"]');
    expect(await page.locator('[data-field-problem]').count()).toBe(0);
    await save.click();

    await pollFor(page, async () => (await stored())?.[0]?.identityHeader === 'X-Id-Token');
    const [config] = (await stored()) ?? [];
    expect(config?.source.kind).toBe('manual');
    expect(config?.methods).toContainEqual({
      method: 'PATCH',
      path: '/orders/{id}',
      authorizationType: 'COGNITO_USER_POOLS',
      scopes: [ORDERS_WRITE, 'https://api.example.com/admin'],
    });
    expect(config).toMatchObject({ defaultScopes: [], userPoolIds: [world.pool.poolId] });
    expect(config).not.toHaveProperty('tokenValidationRegex');
    await pollFor(page, '[data-notice]');
    expect(await page.textContent(`[data-api-config="${API}/${STAGE}"] [data-config-source]`)).toBe(
      'entered by hand, just now',
    );
  });

  test('get-method asks for the resource path, pre-filled from the link, before saving', async () => {
    await readImport(page, fixture('rest-get-method.json'));
    await pollFor(page, '[data-import-preview="get-method"]');
    expect(await page.inputValue('[data-import-hint="apiId"]')).toBe(API);
    expect(await page.inputValue('[data-import-hint="stage"]')).toBe(STAGE);
    expect(await page.inputValue('[data-import-hint="path"]')).toBe('/orders');
    // The output is for GET, the link's call was a POST: the text wins, with a warning.
    expect(await page.textContent('[data-import-warnings]')).toContain(
      'The output is for method GET, not POST',
    );
    expect(await page.textContent('[data-import-destination]')).toContain(
      'merged into the saved configuration',
    );

    await page.fill('[data-import-hint="path"]', 'orders/{id}');
    await pollFor(page, '[data-import-blocked]');
    expect(await page.locator('[data-import-confirm]').isDisabled()).toBe(true);
    await page.fill('[data-import-hint="path"]', '/orders/{id}');
    await pollFor(page, async () => !(await page.locator('[data-import-confirm]').isDisabled()));
    await page.click('[data-import-confirm]');

    await pollFor(page, async () => (await stored())?.[0]?.source.kind === 'get-method');
    const [config] = (await stored()) ?? [];
    expect(config?.methods).toContainEqual(
      expect.objectContaining({
        method: 'GET',
        path: '/orders/{id}',
        scopes: ['https://api.example.com/orders.read', ORDERS_WRITE],
      }),
    );
    // Merged: what the earlier import and the hand edit saved is still there.
    expect(config?.identityHeader).toBe('X-Id-Token');
    expect(config?.methods).toContainEqual(expect.objectContaining({ method: 'POST', path: '/orders' }));
  });

  test('export downloads the whole configuration with no token; the file imports back', async () => {
    // A stray field holding a token, as an old or tampered profile might have: it must not leave.
    const token = world.pool.mintAccessToken();
    await world.browser.serviceWorker.evaluate(
      async ([key, stray]) => {
        const all = (await chrome.storage.local.get(key))[key] as Record<string, unknown>[];
        await chrome.storage.local.set({ [key]: all.map((config) => ({ ...config, lastToken: stray })) });
      },
      [STORAGE_KEY, token] as const,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="export-config"]'),
    ]);
    expect(download.suggestedFilename()).toBe('cognito-401-doctor-config.json');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    const file = JSON.parse(text) as { format: string; version: number; configs: StoredConfig[] };
    expect(file).toMatchObject({ format: 'cognito-401-doctor-config', version: 1 });
    expect(file.configs.map((config) => [config.apiId, config.stage])).toEqual([[API, STAGE]]);
    const exported = file.configs[0];

    // Delete the API, then bring it back from the file through the same import box.
    await page.click(`[data-api-config="${API}/${STAGE}"] [data-action="delete-config"]`);
    await page.click('[data-action="confirm-delete"]');
    await pollFor(page, async () => (await stored())?.length === 0);
    await pollFor(page, '[data-empty]');

    await page.setInputFiles('[data-import]', {
      name: 'cognito-401-doctor-config.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await pollFor(page, '[data-import-preview="config-file"]');
    expect(await page.textContent('[data-import-summary]')).toContain('Read 1 API configuration');
    await page.click('[data-import-confirm]');
    await pollFor(page, async () => (await stored())?.length === 1);
    const [restored] = (await stored()) ?? [];
    expect({ ...restored, source: undefined }).toEqual({ ...exported, source: undefined });
    expect(restored?.source.kind).toBe('config-file');
    expect(JSON.stringify(await localStorage(world.browser.serviceWorker))).not.toContain(token);
  });

  test('another options tab follows a change without a reload', async () => {
    const other = await openOptions();
    await pollFor(other, `[data-api-config="${API}/${STAGE}"]`);
    await page.click(`[data-api-config="${API}/${STAGE}"] [data-action="delete-config"]`);
    await page.click('[data-action="confirm-delete"]');
    await pollFor(other, '[data-empty]');
    await other.close();
  });
});
