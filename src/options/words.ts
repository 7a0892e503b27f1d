/**
 * The options page's edition, picked once when the page loads from the browser's preferred
 * languages. Components import `ui` (and `config`, the configuration results' words) from here,
 * never an edition directly.
 */
import { pickLocale } from '../core/i18n/locale';
import { editionFor } from '../core/i18n/registry';
import { preferredLanguages } from '../platform/languages';

export const locale = pickLocale(preferredLanguages());
export const edition = editionFor(locale);
export const { ui, config } = edition;
