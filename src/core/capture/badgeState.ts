/** What the toolbar icon shows for one tab, as data: the tooltip's words are looked up where it is shown. */
export interface BadgeState {
  text: string;
  /** Background colour of the badge. */
  color: string;
  /** What the tooltip says: nothing failed, or how many 401s the tab had. */
  tooltip: BadgeTooltip;
}

export type BadgeTooltip = { code: 'idle' } | { code: 'failing'; count: number };

/** Google's error red: reads as "something failed" and keeps white text legible. */
export const BADGE_COLOR = '#D93025';

/**
 * The badge for a tab with `failures` 401s captured (not only the stored ones): the badge has
 * room for about four characters, so past three digits it says "999+".
 */
export function badgeFor(failures: number): BadgeState {
  if (failures <= 0) return { text: '', color: BADGE_COLOR, tooltip: { code: 'idle' } };
  return {
    text: failures > 999 ? '999+' : String(failures),
    color: BADGE_COLOR,
    tooltip: { code: 'failing', count: failures },
  };
}
