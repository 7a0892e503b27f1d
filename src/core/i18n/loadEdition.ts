import type { Locale } from './locale';
import type { Edition } from './registry';

/**
 * One edition, loaded by itself: a page that shows one language need not parse the others (the
 * Japanese catalog alone is about 56 KB of JavaScript). Each entry is a chunk of its own in the
 * build. Adding a language adds its entry here too; the type refuses a locale without one.
 */
const LOADERS: Record<Locale, () => Promise<Edition>> = {
  en: () => import('./editionEn').then((module) => module.EDITION_EN),
  ja: () => import('./editionJa').then((module) => module.EDITION_JA),
};

export function loadEdition(locale: Locale): Promise<Edition> {
  return LOADERS[locale]();
}
