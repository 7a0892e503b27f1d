/**
 * The popup's edition, picked once when the popup loads from the browser's preferred languages:
 * the checks' catalog and the words around them. Components import `ui` and `catalog` from here,
 * never an edition directly.
 */
import type { Catalog } from '../core/i18n/catalog';
import { en } from '../core/i18n/en';
import { ja } from '../core/i18n/ja';
import { pickLocale } from '../core/i18n/locale';
import { UI_EN, type UiStrings } from '../core/i18n/uiStrings';
import { UI_JA } from '../core/i18n/uiStringsJa';
import { preferredLanguages } from '../platform/languages';

export const locale = pickLocale(preferredLanguages());
export const catalog: Catalog = locale === 'ja' ? ja : en;
export const ui: UiStrings = locale === 'ja' ? UI_JA : UI_EN;
/** Dates and times: Japanese in the Japanese edition, the browser's own locale otherwise. */
export const dateLocale: string | undefined = locale === 'ja' ? 'ja-JP' : undefined;
