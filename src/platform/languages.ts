/**
 * The user's preferred languages, best first, as this surface (page or service worker) sees them:
 * Chrome's language settings, which start with the browser's UI language unless the user reordered
 * them. Read once per surface at start; `pickLocale` turns them into an edition.
 */
export function preferredLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (Array.isArray(navigator.languages) && navigator.languages.length > 0) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}
