/**
 * Dates as the pages show them, in the user's locale. `Date#toLocaleString` with options builds a
 * new `Intl.DateTimeFormat` at every call, about 1–2 ms each on a 2-core machine: the popup's first
 * render formatted the call's time and each time claim that way, 7 ms of its 20
 * (docs/performance.md, "Issue 8's targets in one quiet run"). One formatter per locale is made on
 * first use and kept.
 */

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local date and time with seconds, in `locale` (undefined: the browser's own). */
export function formatDateTimeIn(locale: string | undefined, ms: number): string {
  const date = new Date(ms);
  // `format` throws on an invalid date where `toLocaleString` answers "Invalid Date": keep the latter.
  if (Number.isNaN(date.getTime())) return String(date);
  const key = locale ?? '';
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, DATE_TIME);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
