import type { BadgeState } from '../core/capture/badgeState';
import browser from './browser';

/** Shows a badge on one tab's toolbar icon. A tab that has closed meanwhile is not an error. */
export async function showBadge(tabId: number, badge: BadgeState, title: string): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      browser.action.setTitle({ tabId, title }),
    ]);
    // Chrome picks a text colour itself unless told; white on red stays legible.
    await browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
  } catch {
    // "No tab with id": the tab went away between the event and now.
  }
}
