// The real DevTools of headless Chromium. With `--auto-open-devtools-for-tabs` headless Chromium
// opens a DevTools front end for every tab, and it loads the extension's devtools page; the
// extension's panel loads when it is shown. Playwright does not expose DevTools' own targets, so a
// second client connects over the debugging port (`--remote-debugging-port=0`, the port read from
// the profile's DevToolsActivePort) and talks to those targets through the browser session
// (Target.sendMessageToTarget, one JSON message at a time).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type CDPSession, chromium } from 'playwright-core';

/** The switches that make a launched browser open DevTools and accept a second client. */
export const REAL_DEVTOOLS_ARGS = ['--auto-open-devtools-for-tabs', '--remote-debugging-port=0'];

export type Evaluate = <T>(expression: string) => Promise<T>;

export interface DevtoolsClient {
  /** Resolves once a DevTools front end runs and has loaded the extension's devtools page. */
  opened(): Promise<void>;
  /** Shows the extension panel titled `title` in the (only) DevTools window and evaluates in it. */
  showPanel(title: string, panelPath: string): Promise<Evaluate>;
  close(): Promise<void>;
}

async function portOf(profileDir: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const port = Number(readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port > 0) return port;
    } catch {
      // Not written yet.
    }
    if (Date.now() > deadline) throw new Error('DevToolsActivePort was not written: no debugging port');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitForTarget(cdp: CDPSession, test: (url: string) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const found = targetInfos.find((info) => test(info.url));
    if (found) return found;
    if (Date.now() > deadline) throw new Error('DevTools target not found');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function connectDevtools(profileDir: string): Promise<DevtoolsClient> {
  const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${await portOf(profileDir)}`);
  const cdp = await browser.newBrowserCDPSession();
  let nextId = 1;
  const waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message);
    if (message.id !== undefined) waiting.delete(message.id);
  });

  async function evaluator(targetId: string): Promise<Evaluate> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return async <T>(expression: string): Promise<T> => {
      const id = nextId++;
      const answer = new Promise<{ result?: unknown; error?: unknown }>((resolve) =>
        waiting.set(id, resolve),
      );
      const params = { expression, awaitPromise: true, returnByValue: true };
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
      });
      const message = await answer;
      const result = message.result as
        | { result?: { value?: unknown }; exceptionDetails?: { text?: string } }
        | undefined;
      if (message.error !== undefined || result?.exceptionDetails !== undefined) {
        throw new Error(`evaluation failed: ${JSON.stringify(message.error ?? result?.exceptionDetails)}`);
      }
      return result?.result?.value as T;
    };
  }

  const opened = async () => {
    // The extension's devtools page loads once the front end is up and has its settings.
    await waitForTarget(
      cdp,
      (url) => url.startsWith('chrome-extension://') && url.includes('/devtools.html'),
    );
  };

  return {
    opened,
    async showPanel(title, panelPath) {
      await opened();
      const frontEnd = await waitForTarget(cdp, (url) => url.startsWith('devtools://devtools/'));
      const inDevtools = await evaluator(frontEnd.targetId);
      // DevTools names an extension panel by the extension's origin and the title without spaces.
      const panelId = title.replace(/\s+/g, '');
      const shown = await inDevtools<string | null>(`(async () => {
        const legacy = await import('./ui/legacy/legacy.js');
        for (let tries = 0; tries < 100; tries++) {
          try {
            const view = legacy.InspectorView.InspectorView.instance();
            const id = view.tabbedPane.tabs.map((tab) => tab.id).find((id) => id.endsWith(${JSON.stringify(panelId)}));
            if (id) { await view.showPanel(id); return id; }
          } catch {
            // The front end is still starting.
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return null;
      })()`);
      if (shown === null) throw new Error(`DevTools has no panel "${title}"`);
      const panel = await waitForTarget(
        cdp,
        (url) => url.startsWith('chrome-extension://') && url.endsWith(panelPath),
      );
      return evaluator(panel.targetId);
    },
    async close() {
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** Polls `read` in the panel until `done` holds for its value. */
export async function pollPanel<T>(
  evaluate: Evaluate,
  expression: string,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await evaluate<T>(expression);
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`panel never reached the expected state: last ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
