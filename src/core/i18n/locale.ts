/** The editions of the interface: every catalog and word list comes in these. */
export type Locale = 'en' | 'ja';

/**
 * The edition for the browser's preferred languages, best first (`navigator.languages`): the first
 * one the extension speaks decides (`ja`, `ja-JP`, `ja_JP` → Japanese; `en`, `en-GB` → English),
 * English when none does.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'ja') return 'ja';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
