/**
 * The options page's words, picked once when the page loads from the browser's preferred
 * languages; only that language is loaded. Components import `ui` (and `config`, the
 * configuration results' words) from here, never a word file directly.
 */
import { pickLocale } from '../core/i18n/locale';
import { loadEdition } from '../core/i18n/registry';
import { preferredLanguages } from '../platform/languages';

export const locale = pickLocale(preferredLanguages());
export const edition = await loadEdition(locale);
export const { ui, config } = edition;
