/**
 * The editions the extension speaks, the first being the fallback. This is the root list: the
 * registry (`registry.ts`) and the badge words (`badge.ts`) are typed `Record<Locale, …>`, so a
 * locale added here without its edition does not compile.
 */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

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
  return LOCALES[0];
}
