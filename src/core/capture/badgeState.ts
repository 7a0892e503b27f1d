import type { Locale } from '../i18n/locale';

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

export interface BadgeWords {
  /** Tooltip when the tab has no failed call. */
  idle: string;
  /** Tooltip when it has `count` failed calls. */
  failing: (count: number) => string;
}

export const ENGLISH_BADGE_WORDS: BadgeWords = {
  idle: 'Cognito 401 Doctor: no failed API Gateway call on this tab',
  failing: (count) =>
    `Cognito 401 Doctor: ${count} API Gateway ${count === 1 ? 'call' : 'calls'} answered 401 Unauthorized on this tab. Click to diagnose.`,
};

export const JAPANESE_BADGE_WORDS: BadgeWords = {
  idle: 'Cognito 401 Doctor: このタブで失敗した API Gateway 呼び出しはありません',
  failing: (count) =>
    `Cognito 401 Doctor: このタブで API Gateway の呼び出し ${count} 件が 401 Unauthorized を返しました。クリックして診断します。`,
};

export function badgeWordsFor(locale: Locale): BadgeWords {
  return locale === 'ja' ? JAPANESE_BADGE_WORDS : ENGLISH_BADGE_WORDS;
}

/** The badge for a tab with `count` captured calls; the badge has room for about four characters. */
export function badgeFor(count: number, words: BadgeWords = ENGLISH_BADGE_WORDS): BadgeState {
  if (count <= 0) return { text: '', color: BADGE_COLOR, title: words.idle };
  return { text: count > 999 ? '999+' : String(count), color: BADGE_COLOR, title: words.failing(count) };
}
