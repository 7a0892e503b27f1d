// What the extension keeps in storage.session about captured calls (layout: src/core/capture/captureStore.ts),
// read through the service worker. For assertions on outcomes: what is stored, and with what.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { TunnelSession } from './browser';

export interface StoredCaptures {
  /** The index: summaries of the stored calls, oldest first, and the 401s counted per tab. */
  index: { calls: Array<{ id: string; tabId: number; bytes: number }>; failures: Record<string, number> };
  /** The stored calls, by id, reduced to what tests look at (never the header values themselves). */
  calls: Record<string, { tabId: number; requestHeaderNames?: string[]; requestHeaderBytes: number }>;
  /** Everything storage.session holds, in UTF-8 bytes of keys and JSON values. */
  totalBytes: number;
}

export async function storedCaptures(sw: Worker): Promise<StoredCaptures> {
  return sw.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    const encoder = new TextEncoder();
    // The store writes each value as its JSON text (captureStore.ts, `encodeStored`).
    const decoded = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
    const calls: StoredCaptures['calls'] = {};
    let totalBytes = 0;
    for (const [key, value] of Object.entries(all)) {
      totalBytes += encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
      if (!key.startsWith('capture:call:')) continue;
      const call = decoded(value) as {
        tabId: number;
        requestHeaders?: Array<{ name: string; value: string }>;
      };
      calls[key.slice('capture:call:'.length)] = {
        tabId: call.tabId,
        ...(call.requestHeaders && { requestHeaderNames: call.requestHeaders.map((header) => header.name) }),
        requestHeaderBytes: (call.requestHeaders ?? []).reduce(
          (sum, header) => sum + encoder.encode(header.value).length,
          0,
        ),
      };
    }
    const index = (decoded(all['capture:index']) as StoredCaptures['index'] | undefined) ?? {
      calls: [],
      failures: {},
    };
    return { index, calls, totalBytes };
  });
}

/** Ids of the stored calls of one tab, oldest first. */
export function storedCallsOfTab(stored: StoredCaptures, tabId: number): string[] {
  return stored.index.calls.filter((call) => call.tabId === tabId).map((call) => call.id);
}

/**
 * Id of the newest stored call of a tab, once the worker has stored one (its index and the call
 * are written together). Polls; throws after `timeoutMs`.
 */
export async function newestCallOfTab(sw: Worker, tabId: number, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = storedCallsOfTab(await storedCaptures(sw), tabId).at(-1);
    if (id !== undefined) return id;
    if (Date.now() > deadline) throw new Error(`no call of tab ${tabId} was stored within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface BurstRequest {
  /** URL of the n-th call. */
  url: string;
  /** `{n}` in the URL is replaced by the call's number. */
  count: number;
  headers?: Record<string, string>;
}

/** How a burst ended for the page: outcomes counted by kind (a status, 'network-error', …). */
export type BurstOutcomes = Record<string, number>;

/**
 * Fires `count` fetches at once from inside `page` (no awaiting between them, as a page that loops
 * over `fetch` does) and resolves, once all have settled, to how many ended how. Never throws.
 */
export async function fireBurst(page: Page, request: BurstRequest): Promise<BurstOutcomes> {
  // No named functions inside: the page runs this source as is, without the test runner's helpers.
  return page.evaluate(async (r) => {
    const outcomes: Record<string, number> = {};
    await Promise.all(
      Array.from({ length: r.count }, (_, n) =>
        fetch(r.url.replace('{n}', String(n)), { headers: r.headers }).then(
          (response) => String(response.status),
          () => 'network-error',
        ),
      ).map((pending) =>
        pending.then((outcome) => {
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        }),
      ),
    );
    return outcomes;
  }, request);
}

/** The extension worker's V8 heap in use, in bytes (CDP `Runtime.getHeapUsage` on the worker target). */
export async function workerHeapUsed(context: BrowserContext): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('workerHeapUsed needs a browser-backed context');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
    );
    if (!worker) throw new Error('no extension service worker target');
    const tunnel = await TunnelSession.attach(session, worker.targetId);
    try {
      const { usedSize } = await tunnel.send<{ usedSize: number }>('Runtime.getHeapUsage');
      return usedSize;
    } finally {
      await tunnel.detach();
    }
  } finally {
    await session.detach().catch(() => {});
  }
}
