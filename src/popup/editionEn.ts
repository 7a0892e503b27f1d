/** The popup's English edition, loaded on its own so a Japanese popup does not parse it (and the reverse). */
export { en as catalog } from '../core/i18n/en';
export { UI_EN as ui } from '../core/i18n/uiStrings';
export const dateLocale: string | undefined = undefined;
