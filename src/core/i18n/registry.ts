/**
 * Every edition of the interface, keyed by locale. Adding a language: its files (catalog, UI
 * words, configuration words, badge words), its tag in `LOCALES`, its entry here and in the badge
 * table of `badge.ts`; the compiler refuses an edition that lacks any of them or any key in them.
 * Pages read their edition from here; the service worker reads `badge.ts` alone (it must not load
 * the catalogs).
 */
import { type BadgeWords, badgeWordsFor } from './badge';
import type { Catalog } from './catalog';
import { CONFIG_WORDS_EN, type ConfigWords } from './configWords';
import { CONFIG_WORDS_JA } from './configWordsJa';
import { en } from './en';
import { ja } from './ja';
import type { Locale } from './locale';
import { UI_EN, type UiStrings } from './uiStrings';
import { UI_JA } from './uiStringsJa';

export interface Edition {
  /** The checks' words, the claims', the report's. */
  catalog: Catalog;
  /** The words around them on the popup and the options page. */
  ui: UiStrings;
  /** The words of the configuration core's results (import, validation), by code. */
  config: ConfigWords;
  /** The toolbar tooltip. */
  badge: BadgeWords;
  /** For `toLocaleString`; undefined follows the browser's own locale. */
  dateLocale: string | undefined;
}

export const EDITIONS: Record<Locale, Edition> = {
  en: { catalog: en, ui: UI_EN, config: CONFIG_WORDS_EN, badge: badgeWordsFor('en'), dateLocale: undefined },
  ja: { catalog: ja, ui: UI_JA, config: CONFIG_WORDS_JA, badge: badgeWordsFor('ja'), dateLocale: 'ja-JP' },
};

export function editionFor(locale: Locale): Edition {
  return EDITIONS[locale];
}
