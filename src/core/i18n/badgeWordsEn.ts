import { type BadgeWords, formatCount, only401 } from './badge';

/** The English toolbar tooltip (`languages.ts` holds it for the service worker). */
export const ENGLISH_BADGE_WORDS: BadgeWords = {
  idle: 'Cognito 401 Doctor: no failed API Gateway call on this tab',
  failing: (count, byStatus) =>
    only401(byStatus)
      ? `Cognito 401 Doctor: ${formatCount(count, 'en-US')} API Gateway ${count === 1 ? 'call' : 'calls'} answered 401 Unauthorized on this tab. Click to diagnose.`
      : `Cognito 401 Doctor: ${formatCount(count, 'en-US')} API Gateway ${count === 1 ? 'call' : 'calls'} failed on this tab (${byStatus.map(([status, n]) => `${status}: ${formatCount(n, 'en-US')}`).join(', ')}). Click to diagnose.`,
};
