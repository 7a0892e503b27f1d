// The HAR page in real Chromium: a HAR written at test time (a 401, a 403 explicit deny with its
// body, a 200), read through the file input, listed with the popup's diagnosis, and nothing kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { chromeEntry, chromeHar, pageEntry } from '../unit/har/chromeHar';
import {
  type ExtensionBrowser,
  launchWithExtension,
  localStorage,
  pollFor,
  sessionStorage,
} from './support/browser';
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
const API = 'h4rp4g3api';
const HAR_PAGE = 'src/har/index.html';

let fake: FakeAws;
let pool: UserPool;
let browser: ExtensionBrowser;
let dir: string;
let opened: Page[] = [];

beforeAll(async () => {
  fake = await startFakeAws();
  pool = createUserPool({ region: 'eu-west-1' });
  fake.addUserPool(pool);
  browser = await launchWithExtension({ distDir: DIST, fakeAwsPort: fake.port });
  dir = mkdtempSync(join(tmpdir(), 'c401-har-'));
});

afterEach(async () => {
  await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
  opened = [];
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const apiUrl = (path: string) => gatewayUrl(API, path);

/** A HAR as Chrome's "Export HAR (with sensitive data)" writes it, sent now (the checks' clock). */
function failingHar(expired: string, valid: string): string {
  const startedDateTime = new Date().toISOString();
  return chromeHar([
    pageEntry(),
    unauthorizedEntry({ apiId: API, path: '/prod/orders/1', token: expired, startedDateTime }),
    explicitDenyEntry({ apiId: API, path: '/prod/admin', token: valid, startedDateTime }),
    okEntry({ apiId: API, path: '/prod/orders', token: valid, startedDateTime }),
  ]);
}

function writeHar(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function harPage(): Promise<Page> {
  const page = await browser.context.newPage();
  opened.push(page);
  await page.goto(`chrome-extension://${browser.extensionId}/${HAR_PAGE}`);
  await pollFor(page, '[data-har-import]');
  return page;
}

async function importFile(page: Page, path: string, status = 'complete'): Promise<void> {
  await page.setInputFiles('[data-har-import]', path);
  await pollFor(page, `[data-har-summary][data-har-status="${status}"]`, 20_000);
}

describe('HAR page', () => {
  test('lists the 401 and the 403 of a HAR with the popup diagnosis, body evidence and a verified signature; keeps nothing', async () => {
    const expired = pool.expiredIdToken(600);
    const valid = pool.mintIdToken();
    const page = await harPage();
    await importFile(page, writeHar('failing.har', failingHar(expired, valid)));

    // The 200 and the page are not calls the extension captures.
    expect(await page.locator('[data-call]').count()).toBe(2);
    expect(await page.locator('[data-har-summary]').textContent()).toContain('failing.har: 2 calls');

    // The first call is selected: the expired token, as the popup would say it.
    await pollFor(page, '[data-diagnosis][data-signature="done"]');
    expect(await page.locator('[data-headline]').getAttribute('data-headline-check')).toBe('token.expiry');
    expect(await page.locator('[data-check="token.expiry"]').getAttribute('data-status')).toBe('fail');
    expect(await page.locator('[data-check="token.signature"]').getAttribute('data-status')).toBe('pass');
    expect(await page.locator('[data-claim="exp"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-check]').count()).toBeGreaterThan(10);

    // The 403: the body's own words are the source check's evidence, and the body is shown.
    await page.locator('[data-call]').nth(1).click();
    await pollFor(page, '[data-call][data-selected] .path');
    expect(await page.locator('[data-call][data-selected] .status').textContent()).toBe('403');
    expect(await page.locator('[data-check="source"]').textContent()).toContain(EXPLICIT_DENY);
    expect(await page.locator('[data-response-body]').textContent()).toContain(EXPLICIT_DENY);
    expect(await page.locator('[data-check="token.expiry"]').getAttribute('data-status')).toBe('pass');

    expect(await axeViolations(page)).toEqual([]);

    // Nothing of the file in any storage: the extension's, or the page's own.
    const stored = JSON.stringify([
      await sessionStorage(browser.serviceWorker),
      await localStorage(browser.serviceWorker),
    ]);
    for (const secret of [expired, valid, expired.split('.')[1] ?? '', API])
      expect(stored).not.toContain(secret);
    const pageStores = await page.evaluate(async () => ({
      local: window.localStorage.length,
      session: window.sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(pageStores).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
  });

  test('asks for an export "with sensitive data" when no call carries Authorization', async () => {
    const sanitized = chromeHar([
      chromeEntry({
        url: apiUrl('/prod/orders/1'),
        requestHeaders: [{ name: 'accept', value: 'application/json' }],
        responseHeaders: [
          { name: 'x-amzn-RequestId', value: 'r-1' },
          { name: 'x-amzn-ErrorType', value: 'UnauthorizedException' },
        ],
      }),
    ]);
    const page = await harPage();
    await importFile(page, writeHar('sanitized.har', sanitized));
    expect(await page.locator('[data-har-note="no-authorization"]').textContent()).toContain(
      'Export HAR (with sensitive data)',
    );
    expect(await page.locator('[data-check="header.present"]').getAttribute('data-status')).toBe('fail');
  });

  test('says what is wrong with a file that is not a HAR, and one cut short', async () => {
    const page = await harPage();
    await importFile(page, writeHar('page.html', '<!doctype html><title>x</title>'), 'not-json');
    expect(await page.locator('[data-har-summary] .error').textContent()).toContain('not JSON');
    expect(await page.locator('[data-call]').count()).toBe(0);

    const whole = failingHar(pool.expiredIdToken(600), pool.mintIdToken());
    // Cut inside the 403's entry: the 401 before it is whole.
    const cut = whole.slice(0, whole.indexOf('/prod/admin'));
    await importFile(page, writeHar('cut.har', cut), 'truncated');
    expect(await page.locator('[data-har-summary] .error').textContent()).toContain('ends too early');
    expect(await page.locator('[data-call]').count()).toBe(1);
  });

  test('reads a large file in pieces: the progress bar moves while the page keeps answering', async () => {
    // About 60 MB: 1,500 page loads of 40 KB each, one 401 at the end.
    const bulky = Array.from({ length: 1500 }, (_, index) =>
      pageEntry(`<p>${index}</p>${'x'.repeat(40_000)}`),
    );
    const text = chromeHar([...bulky, chromeEntry({ url: apiUrl('/prod/late') })]);
    const path = writeHar('large.har', text);
    const page = await harPage();
    await page.setInputFiles('[data-har-import]', path);
    // Seen part way: the page painted a value between the start and the end of the file.
    let partWay = false;
    await pollFor(
      page,
      async () => {
        const value = Number(
          (await page
            .locator('[data-har-progress] progress')
            .getAttribute('value')
            .catch(() => null)) ?? 0,
        );
        if (value > 0 && value < text.length) partWay = true;
        return partWay || (await page.locator('[data-har-summary]').count()) > 0;
      },
      20_000,
    );
    expect(partWay).toBe(true);
    await pollFor(page, '[data-har-summary][data-har-status="complete"]', 60_000);
    expect(await page.locator('[data-call]').count()).toBe(1);
  });
});
