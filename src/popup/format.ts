import { formatDateTimeIn, formatTimeIn } from '../ui-shared/dateFormat';
import { dateLocale } from './words';

/** Local time of day with seconds, in the user's locale: the popup's own clock, not the checks'. */
export function formatTime(ms: number): string {
  return formatTimeIn(dateLocale, ms);
}

export function formatDateTime(ms: number): string {
  return formatDateTimeIn(dateLocale, ms);
}
