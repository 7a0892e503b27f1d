import { BADGE_COLOR, type BadgeState } from '../core/capture/badgeState';
import browser from './browser';

/**
 * The badge's colours, once per worker start and for every tab at once (no `tabId`): they never
 * change, and Chrome falls back to these for a tab that has no colour of its own, so each badge
 * update sends two API calls (text, tooltip) instead of four.
 */
export async function setBadgeColours(): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    // Chrome picks a text colour itself unless told; white on red stays legible.
    await browser.action.setBadgeTextColor?.({ color: '#FFFFFF' });
  } catch {
    // Colours are cosmetic: the count still shows in Chrome's default ones.
  }
}

/**
 * Shows a badge on one tab's toolbar icon: both calls go out before this returns its promise (the
 * caller need not wait). A tab that has closed meanwhile is not an error.
 */
export async function showBadge(tabId: number, badge: BadgeState, title: string): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setTitle({ tabId, title }),
      // Every badge is red today (`setBadgeColours`); a state of another colour sets its own.
      badge.color === BADGE_COLOR
        ? undefined
        : browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    ]);
  } catch {
    // "No tab with id": the tab went away between the event and now.
  }
}
