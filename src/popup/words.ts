/**
 * The popup's edition, picked once when the popup loads from the browser's preferred languages.
 * Only that edition is loaded (`loadEdition`: one chunk per language), before the first render.
 * Components import `ui` and `catalog` from here, never an edition directly.
 */
import { loadEdition } from '../core/i18n/loadEdition';
import { pickLocale } from '../core/i18n/locale';
import { preferredLanguages } from '../platform/languages';

export const locale = pickLocale(preferredLanguages());
export const edition = await loadEdition(locale);
export const { catalog, ui, dateLocale } = edition;
