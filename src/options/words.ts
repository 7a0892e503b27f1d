/**
 * The options page's edition, picked once when the page loads from the browser's preferred
 * languages. Components import `ui` from here, never an edition directly.
 */
import { pickLocale } from '../core/i18n/locale';
import { UI_EN, type UiStrings } from '../core/i18n/uiStrings';
import { UI_JA } from '../core/i18n/uiStringsJa';
import { preferredLanguages } from '../platform/languages';

export const locale = pickLocale(preferredLanguages());
export const ui: UiStrings = locale === 'ja' ? UI_JA : UI_EN;
