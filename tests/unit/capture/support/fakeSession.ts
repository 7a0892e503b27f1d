import type { SessionArea } from '../../../../src/core/capture/captureWriter';

/**
 * `chrome.storage.session` in memory, with its quota: a `set` that would make the stored keys and
 * JSON values exceed `quotaBytes` (UTF-8) is refused whole, with Chrome's message.
 */
export class FakeSession implements SessionArea {
  readonly items = new Map<string, string>();
  sets = 0;
  /** Make the next `set` calls fail with this error (one per entry). */
  readonly failNext: Error[] = [];

  constructor(readonly quotaBytes = 10_485_760) {}

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      const json = this.items.get(key);
      if (json !== undefined) result[key] = JSON.parse(json);
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await Promise.resolve();
    this.sets++;
    const failure = this.failNext.shift();
    if (failure) throw failure;
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) next.set(key, JSON.stringify(value));
    if (sizeOf(next) > this.quotaBytes) {
      throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    }
    for (const [key, json] of next) this.items.set(key, json);
  }

  async remove(keys: string | string[]): Promise<void> {
    await Promise.resolve();
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }

  async getKeys(): Promise<string[]> {
    return [...this.items.keys()];
  }

  bytes(): number {
    return sizeOf(this.items);
  }

  keys(prefix: string): string[] {
    return [...this.items.keys()].filter((key) => key.startsWith(prefix));
  }
}

function sizeOf(items: Map<string, string>): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [key, json] of items) bytes += encoder.encode(key).length + encoder.encode(json).length;
  return bytes;
}
