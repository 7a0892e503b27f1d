/**
 * Which language the popup speaks, and the loading of its words, started without waiting for
 * them: `startup.ts` imports this first, so the word chunks load alongside the first storage
 * reads, and `words.ts` waits for them. The HAR page and the DevTools panel read the same words
 * through `words.ts`.
 *
 * The first screen needs the catalog and the UI words only. The sign-in words are loaded when a
 * sign-in step is listed or shown (`loadSigninWords`), never for a popup of API calls alone.
 */
import type { Locale } from '../core/i18n/languages';
import { languageOf } from '../core/i18n/languages';
import { pickLocale } from '../core/i18n/locale';
import { loadWords } from '../core/i18n/registry';
import type { SigninWords } from '../core/i18n/signinWords';
import { preferredLanguages } from '../platform/languages';

export const locale: Locale = pickLocale(preferredLanguages());

/** The first screen's words: the checks' catalog and the UI words. */
export const firstWords = loadWords(locale, ['catalog', 'ui']);

let signinLoading: Promise<SigninWords> | undefined;
let signinLoaded: SigninWords | undefined;

/** The sign-in words, loaded once on first call (a failed load is tried again by the next call). */
export function loadSigninWords(): Promise<SigninWords> {
  signinLoading ??= languageOf(locale)
    .load.signin()
    .then(
      (words) => {
        signinLoaded = words;
        return words;
      },
      (error: unknown) => {
        signinLoading = undefined;
        throw error;
      },
    );
  return signinLoading;
}

/** The sign-in words when already loaded (a first render's state). */
export function signinWordsNow(): SigninWords | undefined {
  return signinLoaded;
}
