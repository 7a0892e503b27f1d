/**
 * The popup's edition, picked once when the popup loads from the browser's preferred languages:
 * the checks' catalog and the words around them. Only the chosen edition is loaded (a separate
 * chunk each). Components import `ui` and `catalog` from here, never an edition directly.
 */
import type { Catalog } from '../core/i18n/catalog';
import { pickLocale } from '../core/i18n/locale';
import type { UiStrings } from '../core/i18n/uiStrings';
import { preferredLanguages } from '../platform/languages';

export const locale = pickLocale(preferredLanguages());
const edition = locale === 'ja' ? await import('./editionJa') : await import('./editionEn');
export const catalog: Catalog = edition.catalog;
export const ui: UiStrings = edition.ui;
/** Dates and times: Japanese in the Japanese edition, the browser's own locale otherwise. */
export const dateLocale: string | undefined = edition.dateLocale;
