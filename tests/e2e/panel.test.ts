// The DevTools panel "401 Doctor". Playwright cannot reach into DevTools' own windows, so the panel
// page is loaded as an extension page over a stand-in of `chrome.devtools` that replays a HAR
// written at test time (support/devtoolsStandIn.ts). The devtools page is loaded the same way,
// over a stand-in of `panels.create`, to prove it adds the panel the build contains.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { chromeEntry, pageEntry } from '../unit/har/chromeHar';
import {
  type ExtensionBrowser,
  launchWithExtension,
  localStorage,
  pollFor,
  sessionStorage,
} from './support/browser';
import { finishRequest, openPanelOverStandIn } from './support/devtoolsStandIn';
import { type FakeAws, startFakeAws } from './support/fakeAws';
import {
  EXPLICIT_DENY,
  explicitDenyEntry,
  gatewayUrl,
  okEntry,
  unauthorizedEntry,
} from './support/harEntries';
import { axeViolations } from './support/pageChecks';
import { createUserPool, type UserPool } from './support/tokens';

const DIST = 'dist';
const API = 'p4n3lap1ab';
const PANEL = 'src/devtools/panel.html';

let fake: FakeAws;
let pool: UserPool;
let browser: ExtensionBrowser;
let opened: Page[] = [];

beforeAll(async () => {
  fake = await startFakeAws();
  pool = createUserPool({ region: 'eu-west-1' });
  fake.addUserPool(pool);
  browser = await launchWithExtension({ distDir: DIST, fakeAwsPort: fake.port });
});

afterEach(async () => {
  await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
  opened = [];
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();

describe('DevTools panel', () => {
  test('the manifest names a devtools page that adds the "401 Doctor" panel the build contains', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      devtools_page?: string;
    };
    expect(manifest.devtools_page).toBeDefined();
    const page = await browser.context.newPage();
    opened.push(page);
    await page.addInitScript(() => {
      const created: unknown[][] = [];
      (globalThis as unknown as { created: unknown[][] }).created = created;
      (globalThis as unknown as { chrome: Record<string, unknown> }).chrome.devtools = {
        panels: { create: (...args: unknown[]) => created.push(args) },
      };
    });
    await page.goto(`chrome-extension://${browser.extensionId}/${manifest.devtools_page}`);
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
    const expired = pool.expiredIdToken(600);
    const valid = pool.mintIdToken();
    const failedAt = at(30);
    const panel = await openPanelOverStandIn(browser.context, browser.extensionId, PANEL, [
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
    opened.push(panel);
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
    await panel.waitForTimeout(300);
    expect(await panel.locator('[data-call]').count()).toBe(3);

    expect(await axeViolations(panel)).toEqual([]);
    const stored = JSON.stringify([
      await sessionStorage(browser.serviceWorker),
      await localStorage(browser.serviceWorker),
    ]);
    expect(stored).not.toContain(expired.split('.')[1]);
    expect(stored).not.toContain(API);
  });

  test('outside DevTools, or before any failure, it says it is waiting', async () => {
    const panel = await openPanelOverStandIn(browser.context, browser.extensionId, PANEL, [
      { entry: pageEntry() },
    ]);
    opened.push(panel);
    await pollFor(panel, '[data-empty]');
    expect(await panel.locator('[data-call]').count()).toBe(0);
    const bare = await browser.context.newPage();
    opened.push(bare);
    await bare.goto(`chrome-extension://${browser.extensionId}/${PANEL}`);
    await pollFor(bare, '[data-empty]');
    expect(await axeViolations(bare)).toEqual([]);
  });
});
