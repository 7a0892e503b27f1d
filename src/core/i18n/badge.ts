import type { BadgeTooltip, StatusCounts } from '../capture/badgeState';

/**
 * The toolbar tooltip's words. They sit apart from the rest of each edition because the service
 * worker needs them and nothing else: they are the one part of a language (`languages.ts`) held
 * in the registry itself rather than loaded as a chunk, so the worker reads them without loading
 * a catalog. Each language's own words are in `badgeWords<Lang>.ts`.
 */
export interface BadgeWords {
  /** Tooltip when the tab has no failed call. */
  idle: string;
  /** Tooltip when it has `count` failed calls, `byStatus` of them stored per status. */
  failing: (count: number, byStatus: StatusCounts) => string;
}

/** Only 401s (or nothing stored to break down): the sentence names the status itself. */
export function only401(byStatus: StatusCounts): boolean {
  return byStatus.every(([status]) => status === 401);
}

// One formatter per language, made on first use and kept: `Number#toLocaleString` builds a new one
// on each call, which measured about 60 µs of the worker's thread per badge update (docs/performance.md).
const formatters = new Map<string, Intl.NumberFormat>();

/** `value.toLocaleString(locale)`, with the formatter kept for the next call. */
export function formatCount(value: number, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}

/** The tooltip's words for what `badgeFor` says (a code and the tab's count of 401s). */
export function badgeTitle(tooltip: BadgeTooltip, words: BadgeWords): string {
  return tooltip.code === 'idle' ? words.idle : words.failing(tooltip.count, tooltip.byStatus);
}
