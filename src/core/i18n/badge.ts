import type { BadgeTooltip, StatusCounts } from '../capture/badgeState';
import type { Locale } from './locale';

/**
 * The toolbar tooltip's words. They sit apart from the rest of each edition because the service
 * worker needs them and nothing else: importing the registry would load every catalog on each
 * worker wake-up. The registry's `badge` entry points here.
 */
export interface BadgeWords {
  /** Tooltip when the tab has no failed call. */
  idle: string;
  /** Tooltip when it has `count` failed calls, `byStatus` of them stored per status. */
  failing: (count: number, byStatus: StatusCounts) => string;
}

/** Only 401s (or nothing stored to break down): the sentence names the status itself. */
function only401(byStatus: StatusCounts): boolean {
  return byStatus.every(([status]) => status === 401);
}

// One formatter per language, made on first use and kept: `Number#toLocaleString` builds a new one
// on each call, which measured about 60 µs of the worker's thread per badge update (docs/performance.md).
const formatters = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number, locale: 'en-US' | 'ja-JP'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}

export const ENGLISH_BADGE_WORDS: BadgeWords = {
  idle: 'Cognito 401 Doctor: no failed API Gateway call on this tab',
  failing: (count, byStatus) =>
    only401(byStatus)
      ? `Cognito 401 Doctor: ${formatNumber(count, 'en-US')} API Gateway ${count === 1 ? 'call' : 'calls'} answered 401 Unauthorized on this tab. Click to diagnose.`
      : `Cognito 401 Doctor: ${formatNumber(count, 'en-US')} API Gateway ${count === 1 ? 'call' : 'calls'} failed on this tab (${byStatus.map(([status, n]) => `${status}: ${formatNumber(n, 'en-US')}`).join(', ')}). Click to diagnose.`,
};

export const JAPANESE_BADGE_WORDS: BadgeWords = {
  idle: 'Cognito 401 Doctor: このタブで失敗した API Gateway 呼び出しはありません',
  failing: (count, byStatus) =>
    only401(byStatus)
      ? `Cognito 401 Doctor: このタブで API Gateway の呼び出し ${formatNumber(count, 'ja-JP')} 件が 401 Unauthorized を返しました。クリックして診断します。`
      : `Cognito 401 Doctor: このタブで API Gateway の呼び出し ${formatNumber(count, 'ja-JP')} 件が失敗しました（${byStatus.map(([status, n]) => `${status}：${formatNumber(n, 'ja-JP')} 件`).join('、')}）。クリックして診断します。`,
};

const BADGE_WORDS: Record<Locale, BadgeWords> = { en: ENGLISH_BADGE_WORDS, ja: JAPANESE_BADGE_WORDS };

export function badgeWordsFor(locale: Locale): BadgeWords {
  return BADGE_WORDS[locale];
}

/** The tooltip's words for what `badgeFor` says (a code and the tab's count of 401s). */
export function badgeTitle(tooltip: BadgeTooltip, words: BadgeWords): string {
  return tooltip.code === 'idle' ? words.idle : words.failing(tooltip.count, tooltip.byStatus);
}
