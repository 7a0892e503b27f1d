// The world most end-to-end files run in: the HTTPS stand-in for AWS with one user pool, the
// localhost test app, optionally the hosted UI stand-in, and Chromium with the built extension.
// A test file starts it in beforeAll, adds its APIs to `world.fake` (nothing reaches the stand-in
// before a test fires a call, so adding them after the launch changes nothing), and closes it in
// afterAll. No vitest import here: scripts import this folder too.
import type { Page } from 'playwright-core';
import { type AppServer, startAppServer } from './appServer';
import {
  badgeText,
  type ExtensionBrowser,
  hostResolverRules,
  launchWithExtension,
  openPopup,
  readPopupPath,
  tabIdOf,
} from './browser';
import { type FakeAws, startFakeAws } from './fakeAws';
import { type FakeHostedUi, startFakeHostedUi } from './fakeHostedUi';
import { grantedBuild } from './grantedBuild';
import { createUserPool, type UserPool } from './tokens';

/** The build the tests load (`npm run build`). */
export const DIST = 'dist';

export interface WorldOptions {
  /** Region of the world's user pool, registered with the stand-in (eu-west-1); `false`: no pool. */
  poolRegion?: string | false;
  /**
   * Starts the hosted UI stand-in: Cognito's prefix sign-in domains resolve to it, and so do
   * `hosts` (a custom sign-in domain).
   */
  hostedUi?: boolean | { hosts: string[] };
  /** https host names the loaded build grants at install, standing for the user's "Allow" (grantedBuild.ts). */
  grantedHosts?: string[];
  /** `'ja'` runs Chromium in Japanese (`--lang`, and `--accept-lang`, which `navigator.languages` reports). */
  locale?: 'ja';
  /** More Chromium switches, after the world's own. */
  extraArgs?: string[];
}

export interface World {
  fake: FakeAws;
  /** The user pool registered with the stand-in (throws with `poolRegion: false`). */
  readonly pool: UserPool;
  /** The hosted UI stand-in (throws unless `hostedUi` was asked for). */
  readonly hostedUi: FakeHostedUi;
  app: AppServer;
  browser: ExtensionBrowser;
  /** The manifest's `action.default_popup`. */
  popupPath: string;
  /** A new tab on the test app (`app.url(path)`) and its tab id. */
  appTab(path?: string): Promise<{ page: Page; tabId: number }>;
  /** The popup for `tabId`, in a tab of its own (openPopup). */
  openPopup(tabId: number): Promise<Page>;
  /** Polls until the tab's badge reads `expected`; throws with the last text read if it never does. */
  waitForBadge(tabId: number, expected: string, timeoutMs?: number): Promise<void>;
  /** Keeps `page` for `closeTabs()`: the files whose tests each want fresh tabs close them after each. */
  track<T extends Page>(page: T): T;
  /** Closes the pages the world opened (appTab, openPopup) or was given to track. */
  closeTabs(): Promise<void>;
  /** Closes the browser, removes a granted build, stops the servers. */
  close(): Promise<void>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  // What has started so far, stopped in reverse order by close() (also when a later step fails).
  const stops: Array<() => unknown> = [];
  const close = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    const fake = await startFakeAws();
    stops.push(() => fake.close());
    const pool =
      options.poolRegion === false
        ? undefined
        : createUserPool({ region: options.poolRegion ?? 'eu-west-1' });
    if (pool) fake.addUserPool(pool);
    const hostedUi = options.hostedUi ? await startFakeHostedUi() : undefined;
    if (hostedUi) stops.push(() => hostedUi.close());
    const app = await startAppServer();
    stops.push(() => app.close());
    const build = options.grantedHosts ? grantedBuild(DIST, options.grantedHosts) : undefined;
    if (build) stops.push(() => build.remove());
    const browser = await launchWithExtension({
      distDir: build?.distDir ?? DIST,
      fakeAwsPort: fake.port,
      extraArgs: [...worldArgs(fake, hostedUi, options), ...(options.extraArgs ?? [])],
    });
    stops.push(() => browser.close());
    const popupPath = readPopupPath(DIST);
    const opened: Page[] = [];
    const track = <T extends Page>(page: T): T => {
      opened.push(page);
      return page;
    };
    return {
      fake,
      get pool() {
        if (!pool) throw new Error('this world has no user pool (poolRegion: false)');
        return pool;
      },
      get hostedUi() {
        if (!hostedUi) throw new Error('this world has no hosted UI stand-in (pass hostedUi: true)');
        return hostedUi;
      },
      app,
      browser,
      popupPath,
      appTab: async (path) => {
        const page = track(await browser.context.newPage());
        await page.goto(app.url(path));
        return { page, tabId: await tabIdOf(browser.serviceWorker, page) };
      },
      openPopup: async (tabId) =>
        track(await openPopup(browser.context, browser.extensionId, popupPath, tabId)),
      waitForBadge: async (tabId, expected, timeoutMs = 5000) => {
        const deadline = Date.now() + timeoutMs;
        let text = await badgeText(browser.serviceWorker, tabId);
        while (text !== expected && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          text = await badgeText(browser.serviceWorker, tabId);
        }
        if (text !== expected) {
          throw new Error(
            `the badge of tab ${tabId} reads "${text}", not "${expected}", after ${timeoutMs} ms`,
          );
        }
      },
      track,
      closeTabs: async () => {
        await Promise.all(opened.splice(0).map((page) => page.close().catch(() => undefined)));
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The language switches, and the resolver rules when the hosted UI stand-in runs. */
function worldArgs(fake: FakeAws, hostedUi: FakeHostedUi | undefined, options: WorldOptions): string[] {
  const args = options.locale === 'ja' ? ['--lang=ja', '--accept-lang=ja'] : [];
  if (hostedUi) {
    // Chromium keeps the last --host-resolver-rules, and within it the first matching rule wins:
    // the extra sign-in hosts, then the defaults plus Cognito's sign-in domains.
    const hosts = typeof options.hostedUi === 'object' ? options.hostedUi.hosts : [];
    const rules = [
      ...hosts.map((host) => `MAP ${host} 127.0.0.1:${hostedUi.port}`),
      hostResolverRules(fake.port, hostedUi.port),
    ];
    args.push(`--host-resolver-rules=${rules.join(', ')}`);
  }
  return args;
}
