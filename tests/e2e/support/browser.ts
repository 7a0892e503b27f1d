// Real Chromium with the built extension, wired to the fake AWS server (see ../shared/TOOLING.md beside the project).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';

export interface LaunchOptions {
  /** Directory holding the built extension's manifest.json (e.g. dist). */
  distDir: string;
  /** Port of the fake AWS server (startFakeAws().port). */
  fakeAwsPort: number;
  /**
   * More Chromium switches, after the defaults (Chromium takes the last of a repeated switch):
   * `['--lang=ja', '--accept-lang=ja']` runs the browser in Japanese.
   */
  extraArgs?: string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker (Playwright keeps this handle usable across worker restarts). */
  serviceWorker: Worker;
  extensionId: string;
  profileDir: string;
  /**
   * Closes Chromium and deletes the profile; with `keepProfile`, the caller reads what Chromium
   * left on disk and deletes `profileDir` itself.
   */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Chromium binary: $CHROME_PATH or /usr/bin/chromium; throws with install advice when missing. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian/Ubuntu: \`apt-get install -y chromium\`) or point ` +
        'CHROME_PATH at a Chrome/Chromium binary. Do not use `npx playwright install`: playwright-core uses the system browser.',
    );
  }
  return path;
}

/**
 * The switches that map every fake AWS host (and *.example.test) to the fake server, and Cognito's
 * prefix sign-in domains to the hosted UI stand-in when its port is given (fakeHostedUi.ts).
 */
export function hostResolverRules(port: number, hostedUiPort?: number): string {
  const target = `127.0.0.1:${port}`;
  return [
    `MAP *.execute-api.*.amazonaws.com ${target}`,
    `MAP *.execute-api.*.amazonaws.com.cn ${target}`,
    `MAP cognito-idp.*.amazonaws.com ${target}`,
    `MAP *.example.test ${target}`,
    ...(hostedUiPort === undefined ? [] : [`MAP *.auth.*.amazoncognito.com 127.0.0.1:${hostedUiPort}`]),
  ].join(', ');
}

/**
 * The switches every test browser runs with: new headless, the fake AWS hosts, quiet networking,
 * English. `extraArgs` come last (Chromium takes the last of a repeated switch). The benchmark
 * (scripts/bench-browser.ts) launches its extension-less browser with these too.
 */
export function browserArgs(fakeAwsPort: number, extraArgs: string[] = []): string[] {
  return [
    '--headless=new',
    `--host-resolver-rules=${hostResolverRules(fakeAwsPort)}`,
    '--ignore-certificate-errors',
    '--enable-unsafe-extension-debugging', // lets CDP Extensions.* commands (triggerAction) through
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // English whatever the machine's locale: the tests assert the English words unless they
    // ask for another language in extraArgs. navigator.languages follows --accept-lang.
    '--lang=en-US',
    '--accept-lang=en-US,en',
    ...extraArgs,
  ];
}

/** Launches Chromium (new headless) with the unpacked extension in `distDir` and a fresh profile. */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const distDir = resolve(options.distDir);
  if (!existsSync(join(distDir, 'manifest.json'))) {
    throw new Error(`${distDir}/manifest.json not found: build the extension first (npm run build).`);
  }
  const executablePath = chromePath();
  const profileDir = mkdtempSync(join(tmpdir(), 'c401-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: false, // --headless=new is passed below; Playwright's own headless flag would pick the old mode
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...browserArgs(options.fakeAwsPort, options.extraArgs), `--load-extension=${distDir}`],
    });
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  let serviceWorker = context.serviceWorkers().find(isExtensionWorker);
  try {
    serviceWorker ??= await context.waitForEvent('serviceworker', {
      predicate: isExtensionWorker,
      timeout: 15_000,
    });
  } catch (error) {
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
    throw new Error(
      `the extension's service worker did not start (is ${distDir} a valid MV3 build?): ${error}`,
    );
  }
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    profileDir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close().catch(() => {});
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** `action.default_popup` of the manifest in `distDir`. */
export function readPopupPath(distDir: string): string {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
  };
  const popup = manifest.action?.default_popup;
  if (!popup) throw new Error(`${distDir}/manifest.json has no action.default_popup`);
  return popup;
}

// ---------------------------------------------------------------------------------------------
// Service-worker side helpers (everything runs inside the extension's worker via sw.evaluate)

/** Id of the active tab of the last focused window. */
export async function activeTabId(sw: Worker): Promise<number> {
  const id = await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** Brings `page` to the front and returns its tab id. */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return activeTabId(sw);
}

export async function badgeText(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeTitle(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

/** Badge background colour as [r, g, b, a]. */
export async function badgeColor(sw: Worker, tabId: number): Promise<number[]> {
  return sw.evaluate(
    async (id) => Array.from(await chrome.action.getBadgeBackgroundColor({ tabId: id })),
    tabId,
  );
}

/** Everything in chrome.storage.session. */
export async function sessionStorage(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate(() => chrome.storage.session.get(null));
}

/** Everything in chrome.storage.local. */
export async function localStorage(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate(() => chrome.storage.local.get(null));
}

/**
 * Stops every service worker (CDP ServiceWorker.stopAllWorkers through `page`'s session) and waits until the
 * extension's worker target is gone. The worker starts again on its next event (a webRequest event, a
 * message from the popup, …); the Playwright Worker handle keeps working after that.
 */
export async function stopServiceWorker(
  context: BrowserContext,
  page: Page,
  timeoutMs = 5000,
): Promise<void> {
  // The proof of a stop is Chrome's own report that the extension's worker version is 'stopped'.
  // Watching targets instead is racy: an event right after the stop (a tab update, a message)
  // starts the worker again, possibly before a poll could see it gone.
  const cdp = await context.newCDPSession(page);
  try {
    let seenStopped = false;
    let onStopped: () => void = () => {};
    const stopped = new Promise<void>((resolve) => {
      onStopped = resolve;
    });
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const extensionWorkerStopped = versions.some(
        (version) =>
          version.scriptURL.startsWith('chrome-extension://') && version.runningStatus === 'stopped',
      );
      if (extensionWorkerStopped && !seenStopped) {
        seenStopped = true;
        onStopped();
      }
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`extension service worker not reported stopped within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([stopped, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Opens `chrome-extension://<id>/<popupPath>?tab=<tabId>` in a new tab and returns it. */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  popupPath: string,
  tabId: number,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${popupPath.replace(/^\//, '')}?tab=${tabId}`);
  return page;
}

// ---------------------------------------------------------------------------------------------
// Polling (never waitForFunction: it evals, and the extension CSP forbids eval)

/** Polls until `selector` matches at least one element, or `predicate()` is true. Throws after `timeoutMs`. */
export async function pollFor(
  target: Page | ActionPopup,
  what: string | (() => boolean | Promise<boolean>),
  timeoutMs = 5000,
  intervalMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const ok =
        typeof what === 'string'
          ? (isActionPopup(target) ? await target.count(what) : await target.locator(what).count()) > 0
          : await what();
      if (ok) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const label = typeof what === 'string' ? `selector ${what}` : 'predicate';
      throw new Error(
        `pollFor: ${label} not satisfied within ${timeoutMs} ms${lastError ? ` (${lastError})` : ''}`,
      );
    }
    await sleep(intervalMs);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------------------------------------
// The real action popup, opened by a click on the toolbar icon (CDP Extensions.triggerAction)

/**
 * The popup that Chromium opened for the extension's action. Playwright does not attach to extension
 * popup targets (they never show up in context.pages() or the 'page' event), so this talks to the popup
 * over a raw CDP session (non-flat Target.attachToTarget via the browser session). Expressions run through
 * Runtime.evaluate, which the extension CSP does not block.
 */
export interface ActionPopup {
  targetId: string;
  url: string;
  /** Runtime.evaluate(expression) in the popup, awaiting promises, result by value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  count(selector: string): Promise<number>;
  /** textContent of the first match, or null. */
  textContent(selector: string): Promise<string | null>;
  /** textContent of every match. */
  texts(selector: string): Promise<string[]>;
  /** The attribute `name` of every match. */
  attributes(selector: string, name: string): Promise<Array<string | null>>;
  /** element.click() on the first match (throws when none). */
  click(selector: string): Promise<void>;
  /** Closes the popup (window.close()) and detaches. */
  close(): Promise<void>;
}

function isActionPopup(target: Page | ActionPopup): target is ActionPopup {
  return (
    typeof (target as ActionPopup).targetId === 'string' && typeof (target as Page).locator !== 'function'
  );
}

/** A CDP session in the old non-flat mode, tunnelled through Target.sendMessageToTarget. */
export class TunnelSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<(method: string, params: unknown) => void>();
  private readonly onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
      method?: string;
      params?: unknown;
    };
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
    } else if (message.method) {
      for (const listener of this.listeners) listener(message.method, message.params);
    }
  };

  constructor(
    private readonly browserSession: CDPSession,
    readonly sessionId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', this.onMessage);
  }

  static async attach(browserSession: CDPSession, targetId: string): Promise<TunnelSession> {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
    return new TunnelSession(browserSession, sessionId);
  }

  onEvent(listener: (method: string, params: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    });
    this.browserSession
      .send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      })
      .catch((error: Error) => {
        this.pending.get(id)?.reject(error);
        this.pending.delete(id);
      });
    return reply;
  }

  async detach(): Promise<void> {
    this.browserSession.off('Target.receivedMessageFromTarget', this.onMessage);
    for (const waiter of this.pending.values()) waiter.reject(new Error('session detached'));
    this.pending.clear();
    await this.browserSession.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
  }
}

/** The CDP "tab" target that holds `page` (Extensions.triggerAction wants a tab target, not a page target). */
async function tabTargetOf(context: BrowserContext, browserSession: CDPSession, page: Page): Promise<string> {
  const pageSession = await context.newCDPSession(page);
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  await pageSession.detach().catch(() => {});
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tabs = targetInfos.filter((t) => t.type === 'tab');
  const sameUrl = tabs.filter((t) => t.url === targetInfo.url);
  if (sameUrl.length === 1) return (sameUrl[0] as (typeof tabs)[number]).targetId;
  // Several tabs show this URL: ask each tab target which page it holds (auto-attach lists its page).
  for (const tab of sameUrl.length ? sameUrl : tabs) {
    const tunnel = await TunnelSession.attach(browserSession, tab.targetId);
    try {
      const child = new Promise<string | undefined>((resolveChild) => {
        const off = tunnel.onEvent((method, params) => {
          if (method !== 'Target.attachedToTarget') return;
          off();
          resolveChild((params as { targetInfo: { targetId: string } }).targetInfo.targetId);
        });
        setTimeout(() => resolveChild(undefined), 1000);
      });
      await tunnel.send('Target.setAutoAttach', {
        autoAttach: true,
        waitForDebuggerOnStart: false,
        flatten: false,
      });
      if ((await child) === targetInfo.targetId) return tab.targetId;
    } finally {
      await tunnel.detach();
    }
  }
  throw new Error(`no CDP tab target holds the page ${targetInfo.url}`);
}

/**
 * Clicks the extension's toolbar action for `page`'s tab (CDP Extensions.triggerAction), which opens the
 * real popup and grants activeTab for that tab, and returns a handle on the popup.
 * `extensionId` defaults to the extension whose service worker runs in `context`.
 */
export async function triggerActionPopup(
  context: BrowserContext,
  page: Page,
  extensionId?: string,
  timeoutMs = 5000,
): Promise<ActionPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('triggerActionPopup needs a browser-backed context');
  const id =
    extensionId ??
    new URL(
      context
        .serviceWorkers()
        .find((w) => w.url().startsWith('chrome-extension://'))
        ?.url() ?? 'x:',
    ).host;
  if (!id) throw new Error('triggerActionPopup: no extension service worker found; pass extensionId');
  await page.bringToFront();
  const browserSession = await browser.newBrowserCDPSession();
  const prefix = `chrome-extension://${id}/`;
  try {
    const before = new Set(
      (await browserSession.send('Target.getTargets')).targetInfos
        .filter((t) => t.url.startsWith(prefix))
        .map((t) => t.targetId),
    );
    const tabTarget = await tabTargetOf(context, browserSession, page);
    await browserSession.send('Extensions.triggerAction', { id, targetId: tabTarget });
    let popupTarget: { targetId: string; url: string } | undefined;
    const deadline = Date.now() + timeoutMs;
    while (!popupTarget) {
      const { targetInfos } = await browserSession.send('Target.getTargets');
      popupTarget = targetInfos.find(
        (t) => t.type === 'page' && t.url.startsWith(prefix) && !before.has(t.targetId),
      );
      if (popupTarget) break;
      if (Date.now() > deadline)
        throw new Error(`no popup target appeared within ${timeoutMs} ms after triggerAction`);
      await sleep(50);
    }
    const tunnel = await TunnelSession.attach(browserSession, popupTarget.targetId);
    const evaluate = async <T>(expression: string): Promise<T> => {
      const result = await tunnel.send<{
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (result.exceptionDetails) {
        throw new Error(
          `popup evaluate failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
        );
      }
      return result.result.value as T;
    };
    // Wait for the popup document to finish loading.
    const loadDeadline = Date.now() + timeoutMs;
    while ((await evaluate<string>('document.readyState').catch(() => 'loading')) !== 'complete') {
      if (Date.now() > loadDeadline) throw new Error('popup did not finish loading');
      await sleep(25);
    }
    const q = JSON.stringify;
    const popup: ActionPopup = {
      targetId: popupTarget.targetId,
      url: popupTarget.url,
      evaluate,
      count: (selector) => evaluate<number>(`document.querySelectorAll(${q(selector)}).length`),
      textContent: (selector) =>
        evaluate<string | null>(`document.querySelector(${q(selector)})?.textContent ?? null`),
      texts: (selector) =>
        evaluate<string[]>(
          `Array.from(document.querySelectorAll(${q(selector)}), (e) => e.textContent ?? '')`,
        ),
      attributes: (selector, name) =>
        evaluate<Array<string | null>>(
          `Array.from(document.querySelectorAll(${q(selector)}), (e) => e.getAttribute(${q(name)}))`,
        ),
      click: async (selector) => {
        const clicked = await evaluate<boolean>(
          `(() => { const e = document.querySelector(${q(selector)}); if (!e) return false; e.click(); return true; })()`,
        );
        if (!clicked) throw new Error(`popup: nothing matches ${selector}`);
      },
      close: async () => {
        await evaluate('window.close()').catch(() => {});
        await tunnel.detach();
        await browserSession.detach().catch(() => {});
      },
    };
    return popup;
  } catch (error) {
    await browserSession.detach().catch(() => {});
    throw error;
  }
}
