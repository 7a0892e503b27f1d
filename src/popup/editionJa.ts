/** The popup's Japanese edition, loaded only when the browser prefers Japanese. */
export { ja as catalog } from '../core/i18n/ja';
export { UI_JA as ui } from '../core/i18n/uiStringsJa';
export const dateLocale: string | undefined = 'ja-JP';
