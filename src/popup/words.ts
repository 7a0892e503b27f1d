/**
 * The popup's words, in the browser's language only and only the parts its first screen shows
 * (`wordsLoading.ts` starts loading them; this module waits). Components import `ui` and `catalog`
 * from here, never a word file directly; the sign-in words come from `signinWords.ts` (in a
 * component loaded with `deferred`) or `useSigninWords`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SigninWords } from '../core/i18n/signinWords';
import { firstWords, loadSigninWords, locale, signinWordsNow } from './wordsLoading';

export { locale };
export const edition = await firstWords;
export const { catalog, ui, dateLocale } = edition;

/** The sign-in words once loaded; asks for them when `wanted` (a sign-in step is listed). */
export function useSigninWords(wanted: boolean): SigninWords | undefined {
  const [words, setWords] = useState(signinWordsNow);
  useEffect(() => {
    if (!wanted || words !== undefined) return undefined;
    let live = true;
    loadSigninWords().then(
      (loaded) => {
        if (live) setWords(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, words]);
  return words ?? signinWordsNow();
}
