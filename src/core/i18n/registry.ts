/**
 * Every edition of the interface, keyed by locale. Adding a language: its files (catalog, UI
 * words, configuration words, sign-in words, badge words), its tag in `LOCALES`, its edition module, its entry
 * here, in `loadEdition.ts` and in the badge table of `badge.ts`; the compiler refuses an edition that lacks any of them or any key in them.
 * Pages read their edition from here; the service worker reads `badge.ts` alone (it must not load
 * the catalogs).
 */
import type { BadgeWords } from './badge';
import type { Catalog } from './catalog';
import type { ConfigWords } from './configMessages';
import { EDITION_EN } from './editionEn';
import { EDITION_JA } from './editionJa';
import type { Locale } from './locale';
import type { SigninWords } from './signinWords';
import type { UiStrings } from './uiStrings';

export interface Edition {
  /** The checks' words, the claims', the report's. */
  catalog: Catalog;
  /** The words around them on the popup and the options page. */
  ui: UiStrings;
  /** The words of the configuration core's message codes (import, validation), by code. */
  config: ConfigWords;
  /** The sign-in flow doctor's checks, Postman settings and app client imports. */
  signin: SigninWords;
  /** The toolbar tooltip. */
  badge: BadgeWords;
  /** For `toLocaleString`; undefined follows the browser's own locale. */
  dateLocale: string | undefined;
}

/** Each edition is built in its own module (`editionEn.ts`, …) so that `loadEdition` can load one alone. */
export const EDITIONS: Record<Locale, Edition> = { en: EDITION_EN, ja: EDITION_JA };

export function editionFor(locale: Locale): Edition {
  return EDITIONS[locale];
}
