export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

/**
 * A duration in two units at most ("1 hour 30 minutes", "2 days 3 hours"), for every catalog to
 * word: the second part may be zero, and catalogs leave a zero second part out.
 */
function splitDuration(seconds: number): Array<[number, DurationUnit]> {
  const total = Math.floor(Math.abs(seconds));
  if (total < 60) return [[total, 'second']];
  if (total < 3600) return [[Math.floor(total / 60), 'minute']];
  if (total < 86400) {
    return [
      [Math.floor(total / 3600), 'hour'],
      [Math.floor((total % 3600) / 60), 'minute'],
    ];
  }
  return [
    [Math.floor(total / 86400), 'day'],
    [Math.floor((total % 86400) / 3600), 'hour'],
  ];
}

/** The parts worth saying: the first always, the second only when it is not zero. */
export function durationParts(seconds: number): Array<[number, DurationUnit]> {
  return splitDuration(seconds).filter(([count], index) => index === 0 || count > 0);
}
