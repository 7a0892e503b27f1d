/**
 * The popup's words, picked once when the popup loads from the browser's preferred languages.
 * Only that language is loaded, and only the parts the popup shows (`loadWords`: never the
 * configuration words of the options page), before the first render. Components import `ui` and
 * `catalog` from here, never a word file directly.
 */
import { pickLocale } from '../core/i18n/locale';
import { loadWords } from '../core/i18n/registry';
import { preferredLanguages } from '../platform/languages';

export const locale = pickLocale(preferredLanguages());
export const edition = await loadWords(locale, ['catalog', 'ui', 'signin']);
export const { catalog, ui, dateLocale } = edition;
