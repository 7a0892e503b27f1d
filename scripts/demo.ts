// `npm run demo`: try the extension without an AWS account. Starts the same local stand-ins for
// API Gateway and Cognito that the end-to-end tests use, opens Chromium with the built extension
// and a demo app whose buttons fire realistic failing calls. Everything stays on this machine.
//
//   npm run build && npm run demo            (a desktop session: a Chromium window opens)
//   CHROME_PATH=/path/to/chromium npm run demo
//   npm run demo -- --headless               (no window: fires every scenario once, prints the badge
//                                            and the calls the popup lists, each with its cause)
//   npm run demo -- --dist=other/dir         (another build of the extension)
//
// What is missing (a build, a display) is said in one line, with a non-zero exit; the throw-away
// browser profile is removed on every way out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { chromePath, hostResolverRules, readPopupPath } from '../tests/e2e/support/browser';
import { launchFailureLine, missingForDemo } from './demoPrerequisites';
import {
  DEMO_API_DOMAIN,
  type DemoWorld,
  demoApiDomains,
  demoGrantedBuild,
  demoSigninConfiguration,
  startDemoWorld,
} from './demoWorld';

const headless = process.argv.includes('--headless');
const distArg = process.argv.find((arg) => arg.startsWith('--dist='));
const builtDir = resolve(distArg === undefined ? 'dist' : distArg.slice('--dist='.length));

const missing = missingForDemo({ distDir: builtDir, headless, platform: process.platform, env: process.env });
if (missing !== undefined) {
  console.error(missing);
  process.exit(1);
}
/**
 * With a window, the demo's custom domain is granted the way a user does it: the popup offers to
 * watch it once the page called it, and Chrome asks. Without one nobody can answer Chrome's prompt,
 * so the run loads a copy of the build whose manifest grants it at install (removed on exit).
 */
const granted = headless ? demoGrantedBuild(builtDir) : undefined;
const distDir = granted?.distDir ?? builtDir;

let world: DemoWorld | undefined;
let context: BrowserContext | undefined;
let profileDir: string | undefined;
let cleanup: Promise<void> | undefined;

/**
 * Closes everything this run started and removes the profile; the one way out of the demo. Closing
 * the browser fires its 'close' event, which calls this again: that call waits for the same cleanup.
 */
async function stop(code: number): Promise<never> {
  cleanup ??= (async () => {
    await context?.close().catch(() => undefined);
    await world?.close().catch(() => undefined);
    if (profileDir !== undefined) rmSync(profileDir, { recursive: true, force: true });
    granted?.remove();
  })();
  await cleanup;
  process.exit(code);
}
process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));

try {
  world = await startDemoWorld();
  profileDir = mkdtempSync(join(tmpdir(), 'c401-demo-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath(),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: null,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--load-extension=${distDir}`,
      `--host-resolver-rules=${hostResolverRules(world.fake.port, world.hostedUi.port)}`,
      // The stand-ins use a certificate made on the fly; only this throw-away profile trusts it.
      '--ignore-certificate-errors',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
} catch (error) {
  console.error(launchFailureLine(error));
  await stop(1);
}

// Both are set here: the try block above either set them or stopped the process.
const browser = context as BrowserContext;
const demo = world as DemoWorld;
browser.on('close', () => void stop(0));
const page = browser.pages()[0] ?? (await browser.newPage());
await page.goto(demo.demoUrl);
await importDemoSignin(browser, demo);

if (!headless) {
  console.log(`Demo app: ${demo.demoUrl} (user pool ${demo.pool.poolId})`);
  console.log(
    'Click the buttons, then the extension icon (pin it from the puzzle-piece menu). Ctrl+C to stop.',
  );
  console.log(
    `The custom-domain button calls ${DEMO_API_DOMAIN}: the popup then offers to watch it; allow it, then click the button again.`,
  );
} else {
  // A smoke run: click every scenario once and report the badge, then stop.
  try {
    for (const { label } of demo.scenarios) await page.getByRole('button', { name: label }).click();
    // Every call has answered once the page logged it; the badge follows the capture shortly after.
    await page.waitForFunction(
      (count) => (document.getElementById('log')?.textContent ?? '').split('\n').length > count,
      demo.scenarios.length,
    );
    // Then every sign-in link: each leaves for the hosted UI stand-in and comes back (or stops on
    // its error page); the demo page exchanges a returned code the way the link says.
    const links = await page
      .locator('#signin a')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of links) {
      await page.goto(href);
      await page.waitForLoadState('load');
      await page.waitForTimeout(1000);
    }
    const worker = browser.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker === undefined) throw new Error(`the extension in ${distDir} did not start`);
    const readBadge = () =>
      worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true });
        return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
      });
    // Settled when two reads half a second apart agree (at most 10 s).
    let badge = await readBadge();
    for (let tries = 0; tries < 20; tries += 1) {
      await page.waitForTimeout(500);
      const next = await readBadge();
      if (next === badge && next !== '') break;
      badge = next;
    }
    if (badge === '') throw new Error('the extension counted no failed call: is the build current?');
    console.log(`Badge after ${demo.scenarios.length} scenarios and ${links.length} sign-ins: ${badge}`);
    for (const line of await listedCalls(browser, worker)) console.log(line);
  } catch (error) {
    console.error(`Demo failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    await stop(1);
  }
  await stop(0);
}

/**
 * The API calls the popup lists for the demo's tab, one line each: method, status, path, and the
 * check its cause names with that check's status (`GET 403 /dev/orders/1 → route (fail)`). Read
 * once every row has its cause, so the line says what a user would see.
 */
async function listedCalls(context: BrowserContext, worker: Worker): Promise<string[]> {
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
  if (tabId === undefined) return [];
  const popupPath = readPopupPath(distDir);
  const extensionId = new URL(worker.url()).host;
  const popup = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${extensionId}/${popupPath}?tab=${tabId}`);
    const rows = popup.locator('[data-call]:not([data-signin-step])');
    // Causes arrive after the list (a few stored calls per read); 10 s at most.
    for (let tries = 0; tries < 40; tries += 1) {
      const count = await rows.count();
      if (count > 0 && (await popup.locator('[data-call][data-call-cause]').count()) >= count) break;
      await popup.waitForTimeout(250);
    }
    // No named helper inside: tsx would wrap it in a function the page does not have.
    const rowsRead = await rows.evaluateAll((elements) =>
      elements.map((row) =>
        ['.method', '.status', '.path', '.call-cause']
          .map((selector) => row.querySelector(selector))
          .map((element, index) =>
            index === 3 ? (element?.className ?? '') : (element?.textContent ?? '').trim(),
          )
          .concat(row.getAttribute('data-call-cause') ?? 'unknown'),
      ),
    );
    return rowsRead.map(([method, status, path, causeClass, cause]) => {
      const causeStatus = /cause-(\w+)/.exec(causeClass ?? '')?.[1] ?? 'unknown';
      return `Listed: ${method} ${status} ${path} → ${cause} (${causeStatus})`;
    });
  } finally {
    await popup.close();
  }
}

/**
 * What a user would import on the options page (describe-user-pool-client of the demo's clients,
 * and the custom domain's base path mappings), written straight into the profile so the sign-in
 * checks can name the confidential client's missing secret and the custom domain's call names its
 * API and stage. No secret is part of it, as after a real import.
 */
async function importDemoSignin(context: BrowserContext, world: DemoWorld): Promise<void> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined));
  await worker
    ?.evaluate(
      ({ configuration, apiDomains }) =>
        chrome.storage.local.set({ signinConfiguration: configuration, apiDomains }),
      { configuration: demoSigninConfiguration(world), apiDomains: demoApiDomains() },
    )
    .catch(() => undefined);
}
