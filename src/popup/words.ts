/**
 * The popup's edition, picked once when the popup loads from the browser's preferred languages.
 * Components import `ui` and `catalog` from here, never an edition directly.
 */
import { pickLocale } from '../core/i18n/locale';
import { editionFor } from '../core/i18n/registry';
import { preferredLanguages } from '../platform/languages';

export const locale = pickLocale(preferredLanguages());
export const { catalog, ui, dateLocale } = editionFor(locale);
