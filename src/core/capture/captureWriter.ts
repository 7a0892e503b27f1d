import {
  addToIndex,
  CAPTURE_INDEX_KEY,
  type CallSummary,
  type CaptureIndex,
  callKey,
  DEFAULT_STORE_LIMITS,
  dropOldest,
  EMPTY_CAPTURE_INDEX,
  encodeStored,
  type IndexChange,
  idOfKey,
  indexEntry,
  isCallKey,
  isSummaryKey,
  removeTabFromIndex,
  reviveCapturedCall,
  reviveCaptureIndex,
  type StoreLimits,
  summarize,
  summaryKey,
} from './captureStore';
import type { CapturedCall } from './types';

/** The part of `chrome.storage.session` the writer uses (a plain object in unit tests). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome 130+; used once per worker start to remove calls a stopped worker left behind. */
  getKeys?(): Promise<string[]>;
}

export interface CaptureWriterOptions {
  storage: SessionArea;
  limits?: StoreLimits;
  /**
   * Least time between the starts of two writes (ms). A lone 401 is written at once; during a
   * burst the calls of each interval go out in one write (see docs/performance.md).
   */
  intervalMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => void;
  /**
   * At once, on each change taken (a call added, a tab cleared), before any write: the index as it
   * will be stored and the tabs whose calls or counts changed. What the badge follows, so it never
   * waits for storage or for the pages storage notifies.
   */
  onTaken?: (index: CaptureIndex, tabIds: number[]) => void;
  /** After each successful write: the index now stored and the tabs whose calls or counts changed. */
  onWritten?: (index: CaptureIndex, tabIds: number[]) => void;
}

export const DEFAULT_WRITE_INTERVAL_MS = 50;

/** Chrome: "Session storage quota bytes exceeded. Values were not stored." */
function isQuotaError(error: unknown): boolean {
  return error instanceof Error && /quota/i.test(error.message);
}

interface Pending {
  call: CapturedCall;
  summary: CallSummary;
}

interface Waiter {
  version: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * The worker's side of the store: takes each captured call at once (in memory, within the
 * bounds) and writes storage at most once per interval, each write holding the new calls and
 * the index, never the calls already stored.
 *
 * Two states are kept. `view` is what the store should hold: every change applies to it at once,
 * so its bounds also bound memory whatever the burst (a call dropped from it before being written
 * is simply forgotten). `committed` is what storage holds, and moves only when a write succeeds.
 * A quota error removes the calls already evicted, then drops the oldest calls and retries, so one
 * refused write never makes every later one fail.
 *
 * A worker stopped between a capture and the next write loses the calls of that interval (at
 * most `intervalMs` of them); Chrome stops an idle worker only after 30 s without events, so only
 * a forced stop (an update, DevTools) can do that.
 */
export class CaptureWriter {
  private readonly storage: SessionArea;
  private readonly limits: StoreLimits;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => void;
  private readonly onTaken: (index: CaptureIndex, tabIds: number[]) => void;
  private readonly onWritten: (index: CaptureIndex, tabIds: number[]) => void;

  private loading: Promise<void> | undefined;
  private loaded = false;
  private readonly beforeLoad: Array<() => void> = [];
  private view: CaptureIndex = EMPTY_CAPTURE_INDEX;
  private committed: CaptureIndex = EMPTY_CAPTURE_INDEX;
  /** Calls in `view` that no write has taken yet, with their summaries. */
  private unwritten = new Map<string, Pending>();
  /** Calls taken by the write in progress. */
  private inFlight = new Map<string, Pending>();
  /** Ids of calls stored (or being stored) that `view` no longer holds: removed by the next write. */
  private readonly stale = new Set<string>();
  private readonly touchedTabs = new Set<number>();
  private version = 0;
  private writing = false;
  private timerSet = false;
  private lastWriteStart = Number.NEGATIVE_INFINITY;
  private waiters: Waiter[] = [];

  constructor(options: CaptureWriterOptions) {
    this.storage = options.storage;
    this.limits = options.limits ?? DEFAULT_STORE_LIMITS;
    this.intervalMs = options.intervalMs ?? DEFAULT_WRITE_INTERVAL_MS;
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.onTaken = options.onTaken ?? (() => undefined);
    this.onWritten = options.onWritten ?? (() => undefined);
  }

  /** Takes a captured call. Never throws; the call reaches storage with the next write. */
  add(call: CapturedCall): void {
    this.whenLoaded(() => {
      const summary = summarize(call);
      this.apply(addToIndex(this.view, indexEntry(summary), this.limits), [call.tabId]);
      this.unwritten.set(call.id, { call, summary });
    });
  }

  /** Forgets a tab's calls and its failure count; resolves once storage says so too. */
  removeTab(tabId: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.whenLoaded(() => {
        this.apply(removeTabFromIndex(this.view, tabId), [tabId]);
        this.waiters.push({ version: this.version, resolve, reject });
      });
    });
  }

  /** The index as it will be after the pending write (what the badge shows). */
  async index(): Promise<CaptureIndex> {
    await this.load();
    return this.view;
  }

  /** The same, without waiting: undefined until the stored index has been read back once. */
  currentIndex(): CaptureIndex | undefined {
    return this.loaded ? this.view : undefined;
  }

  /** Resolves once everything taken so far is stored. */
  flushed(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.whenLoaded(() => {
        if (!this.isDirty()) resolve();
        else this.waiters.push({ version: this.version, resolve, reject });
      });
    });
  }

  /** One call, from memory if not yet written, else from storage; undefined when not stored. */
  async call(id: string): Promise<CapturedCall | undefined> {
    await this.load();
    if (!this.view.calls.some((entry) => entry.id === id)) return undefined;
    const pending = this.unwritten.get(id) ?? this.inFlight.get(id);
    if (pending) return pending.call;
    const key = callKey(id);
    return reviveCapturedCall((await this.storage.get(key))[key]);
  }

  private whenLoaded(change: () => void): void {
    if (this.loaded) {
      change();
      return;
    }
    this.beforeLoad.push(change);
    void this.load();
  }

  private load(): Promise<void> {
    this.loading ??= this.readBack().then(() => {
      this.loaded = true;
      for (const change of this.beforeLoad.splice(0)) change();
    });
    return this.loading;
  }

  /** After a worker start: the stored index, and any call or summary a stopped worker left unlisted. */
  private async readBack(): Promise<void> {
    try {
      const stored = await this.storage.get(CAPTURE_INDEX_KEY);
      this.view = this.committed = reviveCaptureIndex(stored[CAPTURE_INDEX_KEY]);
      if (this.storage.getKeys) {
        const listed = new Set(this.committed.calls.map((entry) => entry.id));
        const orphans = (await this.storage.getKeys()).filter(
          (key) => (isCallKey(key) || isSummaryKey(key)) && !listed.has(idOfKey(key)),
        );
        if (orphans.length > 0) await this.storage.remove(orphans);
      }
    } catch {
      // Storage unreadable: start empty rather than never capture again.
    }
  }

  private apply(change: IndexChange, tabIds: number[]): void {
    this.view = change.index;
    for (const id of change.dropped) {
      // Never written: forgetting it is enough. Otherwise it is (or is being) stored: remove it.
      if (!this.unwritten.delete(id)) this.stale.add(id);
    }
    for (const tabId of tabIds) this.touchedTabs.add(tabId);
    this.version++;
    // Told before the write is even started, so what follows (the badge) goes out first.
    try {
      this.onTaken(this.view, tabIds);
    } catch {
      // A badge that could not be shown must not stop the store.
    }
    this.schedule();
  }

  private isDirty(): boolean {
    return this.view !== this.committed || this.unwritten.size > 0 || this.stale.size > 0;
  }

  private schedule(): void {
    if (this.writing || this.timerSet) return;
    const wait = this.lastWriteStart + this.intervalMs - this.now();
    this.timerSet = true;
    // A lone call is written at once; the next write waits for the rest of the interval.
    if (wait <= 0) queueMicrotask(() => this.write());
    else this.setTimer(() => this.write(), wait);
  }

  private async write(): Promise<void> {
    this.timerSet = false;
    if (this.writing || !this.isDirty()) return;
    this.writing = true;
    this.lastWriteStart = this.now();
    this.inFlight = this.unwritten;
    this.unwritten = new Map();
    const tabIds = [...this.touchedTabs];
    this.touchedTabs.clear();
    let written: { index: CaptureIndex; version: number } | undefined;
    let failure: unknown;
    try {
      written = await this.writeOnce();
    } catch (error) {
      failure = error;
    }
    if (written) {
      this.committed = written.index;
      this.inFlight = new Map();
      this.settle(written.version);
      try {
        this.onWritten(written.index, tabIds);
      } catch {
        // A badge that could not be shown must not stop the store.
      }
    } else {
      // Nothing was stored: take the calls back (those still wanted) and try again later.
      for (const [id, pending] of this.inFlight) {
        if (this.view.calls.some((entry) => entry.id === id)) this.unwritten.set(id, pending);
      }
      this.inFlight = new Map();
      for (const tabId of tabIds) this.touchedTabs.add(tabId);
      this.settle(this.version, failure);
    }
    this.writing = false;
    if (this.isDirty()) this.schedule();
  }

  /**
   * One write: the new calls, their summaries and the index in one `set` (Chrome applies it whole or not at all),
   * then the removal of the calls the index no longer lists. On a quota error, first the removals,
   * then the oldest calls go, until the write fits.
   */
  private async writeOnce(): Promise<{ index: CaptureIndex; version: number }> {
    for (;;) {
      const index = this.view;
      const version = this.version;
      const items: Record<string, unknown> = { [CAPTURE_INDEX_KEY]: encodeStored(index) };
      for (const entry of index.calls) {
        const pending = this.inFlight.get(entry.id);
        if (!pending) continue;
        items[callKey(entry.id)] = encodeStored(pending.call);
        items[summaryKey(entry.id)] = encodeStored(pending.summary);
      }
      try {
        await this.storage.set(items);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        if (this.stale.size > 0) await this.removeStale();
        else if (this.view.calls.length > 0) this.dropOldestForQuota();
        else throw error;
        continue;
      }
      if (this.stale.size > 0) await this.removeStale(index);
      return { index, version };
    }
  }

  private dropOldestForQuota(): void {
    const change = dropOldest(this.view);
    this.view = change.index;
    for (const id of change.dropped) {
      if (!this.inFlight.delete(id) && !this.unwritten.delete(id)) this.stale.add(id);
    }
    this.version++;
  }

  /** Removes evicted calls, except any the index just written still lists (dropped meanwhile). */
  private async removeStale(written?: CaptureIndex): Promise<void> {
    const listed = new Set(written?.calls.map((entry) => entry.id));
    const ids = [...this.stale].filter((id) => !listed.has(id));
    if (ids.length === 0) return;
    await this.storage.remove(ids.flatMap((id) => [callKey(id), summaryKey(id)]));
    for (const id of ids) this.stale.delete(id);
  }

  private settle(version: number, failure?: unknown): void {
    const done = this.waiters.filter((waiter) => waiter.version <= version);
    this.waiters = this.waiters.filter((waiter) => waiter.version > version);
    for (const waiter of done) {
      if (failure === undefined) waiter.resolve();
      else waiter.reject(failure);
    }
  }
}
