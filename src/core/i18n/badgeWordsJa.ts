import { type BadgeWords, formatCount, only401 } from './badge';

/** The Japanese toolbar tooltip (`languages.ts` holds it for the service worker). */
export const JAPANESE_BADGE_WORDS: BadgeWords = {
  idle: 'Cognito 401 Doctor: このタブで失敗した API Gateway 呼び出しはありません',
  failing: (count, byStatus) =>
    only401(byStatus)
      ? `Cognito 401 Doctor: このタブで API Gateway の呼び出し ${formatCount(count, 'ja-JP')} 件が 401 Unauthorized を返しました。クリックして診断します。`
      : `Cognito 401 Doctor: このタブで API Gateway の呼び出し ${formatCount(count, 'ja-JP')} 件が失敗しました（${byStatus.map(([status, n]) => `${status}：${formatCount(n, 'ja-JP')} 件`).join('、')}）。クリックして診断します。`,
};
