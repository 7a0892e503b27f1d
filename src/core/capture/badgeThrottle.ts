export interface BadgeThrottleOptions {
  /** Shows the tab's badge as it is now (reads the current count itself). */
  show: (tabId: number) => void;
  /** Least time between two updates of one tab's badge (ms). */
  intervalMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => void;
}

export const DEFAULT_BADGE_INTERVAL_MS = 50;

/** Tabs remembered at most; past it the ones not updated within an interval are forgotten. */
const MAX_REMEMBERED_TABS = 1024;

/**
 * When a tab's badge is updated: at once for a change after a quiet interval (a lone 401 shows
 * with no wait), then at most once per interval while changes keep coming, the last change always
 * shown. Each update costs the worker two extension API calls (text and tooltip, about 0.1 ms of
 * its thread each, docs/performance.md), so a burst of 1,000 401s costs a few dozen updates,
 * not 1,000.
 */
export class BadgeThrottle {
  private readonly show: (tabId: number) => void;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => void;
  /** When each tab's badge was last updated. */
  private readonly shownAt = new Map<number, number>();
  /** Tabs with an update already set for the end of their interval. */
  private readonly due = new Set<number>();

  constructor(options: BadgeThrottleOptions) {
    this.show = options.show;
    this.intervalMs = options.intervalMs ?? DEFAULT_BADGE_INTERVAL_MS;
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  }

  /** The tab's count changed: its badge is updated now, or at the end of its interval. */
  changed(tabId: number): void {
    if (this.due.has(tabId)) return;
    const wait = (this.shownAt.get(tabId) ?? Number.NEGATIVE_INFINITY) + this.intervalMs - this.now();
    if (wait <= 0) {
      this.update(tabId);
      return;
    }
    this.due.add(tabId);
    this.setTimer(() => {
      this.due.delete(tabId);
      this.update(tabId);
    }, wait);
  }

  /** The tab is gone: nothing more to remember about it. */
  forget(tabId: number): void {
    this.shownAt.delete(tabId);
  }

  private update(tabId: number): void {
    const now = this.now();
    this.shownAt.set(tabId, now);
    if (this.shownAt.size > MAX_REMEMBERED_TABS) {
      for (const [tab, at] of this.shownAt) if (now - at >= this.intervalMs) this.shownAt.delete(tab);
    }
    try {
      this.show(tabId);
    } catch {
      // One tab's badge must not stop the others'.
    }
  }
}
