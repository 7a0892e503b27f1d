/**
 * What a page loads of its language: the parts it shows, each a chunk of its own, from the
 * language registry (`languages.ts`, where a new language is added). Pages load their words once
 * at start and read them from their own `words.ts`; tests load whole editions.
 */
import type { BadgeWords } from './badge';
import { type Locale, languageOf, type WordPart, type WordParts } from './languages';

/** A language's words, with the parts `Part` loaded. */
export type Words<Part extends WordPart> = Pick<WordParts, Part> & {
  badge: BadgeWords;
  dateLocale: string | undefined;
};

/** A whole edition: every part. */
export type Edition = Words<WordPart>;

/** Every part, in the order of `WordParts` (the compiler refuses a part left out). */
const ALL_PARTS = Object.keys({
  catalog: true,
  ui: true,
  config: true,
  signin: true,
} satisfies Record<WordPart, true>) as WordPart[];

/** Loads `parts` of `locale`'s words at once (their chunks load in parallel). */
export async function loadWords<Part extends WordPart>(
  locale: Locale,
  parts: readonly Part[],
): Promise<Words<Part>> {
  const language = languageOf(locale);
  const loaded = await Promise.all(parts.map(async (part) => [part, await language.load[part]()] as const));
  return {
    ...(Object.fromEntries(loaded) as Pick<WordParts, Part>),
    badge: language.badge,
    dateLocale: language.dateLocale,
  };
}

/** Every part of `locale`'s words. */
export function loadEdition(locale: Locale): Promise<Edition> {
  return loadWords(locale, ALL_PARTS);
}
