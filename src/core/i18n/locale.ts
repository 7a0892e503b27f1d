import { LOCALES, type Locale } from './languages';

// The locales are the language registry's keys (`languages.ts`); re-exported for the modules that
// only pick one.
export { LOCALES, type Locale };

function isLocale(tag: string): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag);
}

/**
 * The edition for the browser's preferred languages, best first (`navigator.languages`): the first
 * one the extension speaks decides by its primary subtag (`ja`, `ja-JP`, `ja_JP` → Japanese; `en`,
 * `en-GB` → English), the fallback when none does.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return LOCALES[0] ?? 'en';
}
