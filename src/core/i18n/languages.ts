/**
 * The language registry: one entry per language the extension speaks, the first being the
 * fallback. Adding a language is adding its files and one entry here:
 *
 * - `xx.ts`, the checks' catalog (`Catalog`);
 * - `uiStringsXx.ts`, the words of the pages around the checks (`UiStrings`);
 * - `configMessagesXx.ts`, the configuration core's message codes (`ConfigWords`);
 * - `signinWordsXx.ts`, the sign-in flow doctor's words (`SigninWords`);
 * - `badgeWordsXx.ts`, the toolbar tooltip (`BadgeWords`).
 *
 * `Locale`, `LOCALES`, what each page loads (`registry.ts`) and the worker's badge words all
 * derive from this table; `satisfies Language` refuses an entry that lacks a part, and each
 * file's type refuses one that lacks a key.
 *
 * Each part but the badge is loaded with `import()`, a chunk of its own: a page parses only its
 * language and only the parts it shows (the popup never loads the configuration words). The badge
 * words are held here directly because the service worker needs them and nothing else; it imports
 * this module but never calls a loader (`import()` is not allowed in a service worker), and a
 * unit test following its static imports (registry.test.ts) keeps the catalogs out of it.
 */
import type { BadgeWords } from './badge';
import { ENGLISH_BADGE_WORDS } from './badgeWordsEn';
import { JAPANESE_BADGE_WORDS } from './badgeWordsJa';
import type { Catalog } from './catalog';
import type { ConfigWords } from './configMessages';
import type { SigninWords } from './signinWords';
import type { UiStrings } from './uiStrings';

/** The parts of a language a page may load, each a chunk of its own. */
export interface WordParts {
  /** The checks' words, the claims', the report's. */
  catalog: Catalog;
  /** The words around them on the popup, the options page, the HAR page and the DevTools panel. */
  ui: UiStrings;
  /** The words of the configuration core's message codes (import, validation), by code. */
  config: ConfigWords;
  /** The sign-in flow doctor's checks, Postman settings and app client imports. */
  signin: SigninWords;
}
export type WordPart = keyof WordParts;

export interface Language {
  /** The toolbar tooltip, held here (not loaded): the service worker reads it. */
  badge: BadgeWords;
  /** For `toLocaleString`; undefined follows the browser's own locale. */
  dateLocale: string | undefined;
  /** How to load each part. */
  load: { readonly [Part in WordPart]: () => Promise<WordParts[Part]> };
}

export const LANGUAGES = {
  en: {
    badge: ENGLISH_BADGE_WORDS,
    dateLocale: undefined,
    load: {
      catalog: () => import('./en').then((module) => module.en),
      ui: () => import('./uiStrings').then((module) => module.UI_EN),
      config: () => import('./configMessagesEn').then((module) => module.CONFIG_WORDS_EN),
      signin: () => import('./signinWordsEn').then((module) => module.SIGNIN_WORDS_EN),
    },
  },
  ja: {
    badge: JAPANESE_BADGE_WORDS,
    dateLocale: 'ja-JP',
    load: {
      catalog: () => import('./ja').then((module) => module.ja),
      ui: () => import('./uiStringsJa').then((module) => module.UI_JA),
      config: () => import('./configMessagesJa').then((module) => module.CONFIG_WORDS_JA),
      signin: () => import('./signinWordsJa').then((module) => module.SIGNIN_WORDS_JA),
    },
  },
} satisfies Record<string, Language>;

export type Locale = keyof typeof LANGUAGES;

/** The locales, the fallback first (the table's order). */
export const LOCALES = Object.keys(LANGUAGES) as Locale[];

/** A locale's language, typed as the registry's common shape. */
export function languageOf(locale: Locale): Language {
  return LANGUAGES[locale];
}
