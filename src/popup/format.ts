import { formatDateTimeIn } from '../ui-shared/dateFormat';
import { dateLocale } from './words';

/** Local date and time with seconds, in the user's locale. */
export function formatDateTime(ms: number): string {
  return formatDateTimeIn(dateLocale, ms);
}
