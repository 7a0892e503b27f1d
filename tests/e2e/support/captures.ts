// What the extension keeps in storage.session about captured calls (layout: src/core/capture/captureStore.ts),
// read through the service worker. For assertions on outcomes: what is stored, and with what.
import type { Worker } from 'playwright-core';

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
    const calls: StoredCaptures['calls'] = {};
    let totalBytes = 0;
    for (const [key, value] of Object.entries(all)) {
      totalBytes += encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
      if (!key.startsWith('capture:call:')) continue;
      const call = value as { tabId: number; requestHeaders?: Array<{ name: string; value: string }> };
      calls[key.slice('capture:call:'.length)] = {
        tabId: call.tabId,
        ...(call.requestHeaders && { requestHeaderNames: call.requestHeaders.map((header) => header.name) }),
        requestHeaderBytes: (call.requestHeaders ?? []).reduce(
          (sum, header) => sum + encoder.encode(header.value).length,
          0,
        ),
      };
    }
    const index = (all['capture:index'] as StoredCaptures['index'] | undefined) ?? {
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
