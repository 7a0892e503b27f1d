import { describe, expect, it } from 'vitest';
import { formatDateTimeIn } from '../../../src/ui-shared/dateFormat';

const TIMES = [0, 1_764_547_200_000, 1_764_590_461_123, -86_400_000, 8.64e15];

describe('dateFormat', () => {
  it('formats as Date#toLocaleString does, in each locale, with the formatter kept between calls', () => {
    for (const locale of [undefined, 'ja-JP', 'en-US']) {
      for (const ms of TIMES) {
        expect(formatDateTimeIn(locale, ms)).toBe(
          new Date(ms).toLocaleString(locale, {
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          }),
        );
      }
    }
    // Locales do not share a formatter.
    expect(formatDateTimeIn('ja-JP', TIMES[1] as number)).not.toBe(
      formatDateTimeIn('en-US', TIMES[1] as number),
    );
  });

  it('answers "Invalid Date" for a time no Date can hold, as toLocaleString does, instead of throwing', () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1]) {
      expect(formatDateTimeIn('ja-JP', ms)).toBe('Invalid Date');
      expect(formatDateTimeIn(undefined, ms)).toBe('Invalid Date');
    }
  });
});
