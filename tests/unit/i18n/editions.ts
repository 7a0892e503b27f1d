import { LOCALES, type Locale } from '../../../src/core/i18n/languages';
import { type Edition, loadEdition } from '../../../src/core/i18n/registry';

/** Every language's whole edition, loaded once through the registry as the pages load them. */
export const EDITIONS = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await loadEdition(locale)] as const)),
) as Record<Locale, Edition>;
