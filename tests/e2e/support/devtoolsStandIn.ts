// A stand-in for `chrome.devtools` that replays a HAR, for loading the DevTools panel as an ordinary
// extension page. It behaves as Chrome's does where the panel depends on it: `getHAR` hands over
// entries without bodies, each with `getContent(callback(text, encoding))`; `onRequestFinished`
// listeners get one such entry per finished request (`finishRequest`, from the test).
import type { BrowserContext, Page } from 'playwright-core';

export interface RecordedExchange {
  /** A HAR 1.2 entry; its `response.content.text` is moved to `content` (DevTools keeps bodies apart). */
  entry: Record<string, unknown>;
}

interface Replayed {
  entry: Record<string, unknown>;
  text: string | null;
  encoding: string;
}

/** The entry without its body, and the body as `getContent` answers. */
function split({ entry }: RecordedExchange): Replayed {
  const response = entry.response as { content?: { text?: string; encoding?: string } };
  const { text, encoding, ...content } = response.content ?? {};
  return {
    entry: { ...entry, response: { ...response, content } },
    text: text ?? null,
    encoding: encoding ?? '',
  };
}

/** Opens `panelPath` with the stand-in installed before any of the page's scripts run. */
export async function openPanelOverStandIn(
  context: BrowserContext,
  extensionId: string,
  panelPath: string,
  recorded: RecordedExchange[],
): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((exchanges: Replayed[]) => {
    type Listener = (request: unknown) => void;
    const listeners: Listener[] = [];
    const asRequest = ({ entry, text, encoding }: Replayed) => ({
      ...entry,
      getContent(callback: (text: string | null, encoding: string) => void) {
        setTimeout(() => callback(text, encoding), 0);
      },
    });
    const devtools = {
      inspectedWindow: { tabId: 1 },
      network: {
        getHAR(callback: (log: unknown) => void) {
          setTimeout(() => callback({ version: '1.2', entries: exchanges.map(asRequest) }), 0);
        },
        onRequestFinished: {
          addListener: (listener: Listener) => listeners.push(listener),
          removeListener: (listener: Listener) => {
            const at = listeners.indexOf(listener);
            if (at >= 0) listeners.splice(at, 1);
          },
        },
      },
    };
    (globalThis as unknown as { chrome: Record<string, unknown> }).chrome.devtools = devtools;
    (globalThis as unknown as { finishRequest: (exchange: Replayed) => void }).finishRequest = (exchange) => {
      for (const listener of listeners) listener(asRequest(exchange));
    };
  }, recorded.map(split));
  await page.goto(`chrome-extension://${extensionId}/${panelPath}`);
  return page;
}

/** A request finishing in the inspected tab while the panel is open. */
export async function finishRequest(page: Page, exchange: RecordedExchange): Promise<void> {
  const replayed = split(exchange);
  await page.evaluate((one) => {
    (globalThis as unknown as { finishRequest: (exchange: unknown) => void }).finishRequest(one);
  }, replayed);
}
