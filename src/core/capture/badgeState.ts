import { type BadgeWords, badgeTitle, ENGLISH_BADGE_WORDS } from '../i18n/badge';

// The words live in the language registry; re-exported so this module's callers keep working.
export { type BadgeWords, badgeWordsFor, ENGLISH_BADGE_WORDS, JAPANESE_BADGE_WORDS } from '../i18n/badge';

/** What the toolbar icon shows for one tab. */
export interface BadgeState {
  text: string;
  /** Background colour of the badge. */
  color: string;
  /** Tooltip of the toolbar icon. */
  title: string;
}

/** Google's error red: reads as "something failed" and keeps white text legible. */
export const BADGE_COLOR = '#D93025';

/** The badge for a tab with `count` captured calls; the badge has room for about four characters. */
export function badgeFor(count: number, words: BadgeWords = ENGLISH_BADGE_WORDS): BadgeState {
  const title = badgeTitle(count, words);
  if (count <= 0) return { text: '', color: BADGE_COLOR, title };
  return { text: count > 999 ? '999+' : String(count), color: BADGE_COLOR, title };
}
