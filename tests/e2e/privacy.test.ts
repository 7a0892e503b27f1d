// A token in a call's URL path must not reach the disk (issue "Hostile input"): some apps put
// tokens in paths (invitation and magic links). The popup's "Configure this API" opens the options
// page; the page's URL lands in the profile's History and session files, so it carries a call id
// only. This test reads every file Chromium left in the profile after it closed.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type AppServer, fire, startAppServer } from './support/appServer';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopup,
  pollFor,
  readPopupPath,
  tabIdOf,
} from './support/browser';
import { type FakeAws, startFakeAws } from './support/fakeAws';
import { createUserPool } from './support/tokens';

const DIST = 'dist';
const API = 'p1r2i3v4a5';

let fake: FakeAws;
let app: AppServer;
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  fake = await startFakeAws();
  app = await startAppServer();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await fake?.close();
});

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) files.push(...filesUnder(path));
    else if (stat?.isFile()) files.push(path);
  }
  return files;
}

/** Profile files holding `needle` as UTF-8 or UTF-16 (SQLite and session files use both). */
function filesHolding(profileDir: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return filesUnder(profileDir)
    .filter((file) => {
      const bytes = readFileSync(file);
      return forms.some((form) => bytes.includes(form));
    })
    .map((file) => relative(profileDir, file));
}

test('a JWT in a call path is on no file of the profile after "Configure this API" and closing', async () => {
  const pool = createUserPool({ region: 'eu-west-1' });
  fake.addUserPool(pool);
  fake.addRestApi({
    apiId: API,
    authorizer: { userPoolIds: [pool.poolId] },
    cors: true,
    gatewayResponseCors: true,
    routes: [{ method: 'GET', resource: '/invitations/{token}' }],
  });
  const pathToken = pool.mintIdToken();
  const signature = pathToken.split('.')[2] ?? '';
  expect(signature.length).toBeGreaterThan(40);
  // A marker in a page's own address: proof that navigations do reach the files this test reads.
  const marker = `history-marker-${Date.now()}`;

  browser = await launchWithExtension({ distDir: DIST, fakeAwsPort: fake.port });
  const page = await browser.context.newPage();
  await page.goto(app.url(`/app.html?${marker}`));
  const tabId = await tabIdOf(browser.serviceWorker, page);
  expect(await fire(page, { url: fake.apiUrl(API, `/invitations/${pathToken}`) })).toBe(401);

  const popup = await openPopup(browser.context, browser.extensionId, readPopupPath(DIST), tabId);
  await pollFor(popup, '[data-call]');
  await popup.locator('[data-call]').first().click();
  const opened = browser.context.waitForEvent('page');
  await popup.locator('[data-action="configure-api"]').click();
  const options = await opened;
  await options.waitForLoadState();
  expect(options.url()).not.toContain(signature);
  // The page still pre-fills the call's API from storage.session (a path this long is left out,
  // as it always was: no resource path is 500 characters).
  await pollFor(options, '[data-api-config="new"] [data-config-editor="new"]');
  expect(await options.inputValue('[data-config-field="apiId"]')).toBe(API);
  expect(await options.inputValue('[data-config-field="stage"]')).toBe('prod');
  // Positive control instead of a wait: a navigation made after the options page opened must be on
  // disk once the browser closed, so the options page's own address had its chance to be written.
  const afterMarker = `after-marker-${Date.now()}`;
  await page.goto(app.url(`/app.html?${afterMarker}`));

  const { profileDir } = browser;
  await browser.close({ keepProfile: true });
  browser = undefined;
  try {
    expect(filesHolding(profileDir, marker).length).toBeGreaterThan(0);
    expect(filesHolding(profileDir, afterMarker).length).toBeGreaterThan(0);
    expect(filesHolding(profileDir, signature)).toEqual([]);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});
