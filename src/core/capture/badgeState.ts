/** What the toolbar icon shows for one tab, as data: the tooltip's words are looked up where it is shown. */
export interface BadgeState {
  text: string;
  /** Background colour of the badge. */
  color: string;
  /** What the tooltip says: nothing failed, or how many failed calls the tab had, by status. */
  tooltip: BadgeTooltip;
}

/** `[status, count]` pairs, by status. */
export type StatusCounts = ReadonlyArray<readonly [status: number, count: number]>;

export type BadgeTooltip = { code: 'idle' } | { code: 'failing'; count: number; byStatus: StatusCounts };

/** Google's error red: reads as "something failed" and keeps white text legible. */
export const BADGE_COLOR = '#D93025';

/**
 * The badge for a tab with `failures` calls captured (not only the stored ones): the badge has
 * room for about four characters, so past three digits it says "999+". `byStatus` is what the
 * tooltip breaks the count down into (CHECKS.md: "its tooltip says how many of each status").
 */
export function badgeFor(failures: number, byStatus: StatusCounts = []): BadgeState {
  if (failures <= 0) return { text: '', color: BADGE_COLOR, tooltip: { code: 'idle' } };
  return {
    text: failures > 999 ? '999+' : String(failures),
    color: BADGE_COLOR,
    tooltip: {
      code: 'failing',
      count: failures,
      byStatus: byStatus.map(([status, count]) => [status, count] as const),
    },
  };
}
