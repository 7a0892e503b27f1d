import type { ConfigSource } from '../config/model';
import type { UiStrings } from './uiStrings';

type ConfigSourceWords = UiStrings['configSource'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Where a configuration came from, in the words of the edition shown: "imported from get-export,
 * 2 min ago", "entered by hand, just now"; "not configured" without a source. The configuration
 * core keeps only the source's kind and time; this is where they become words.
 */
export function describeConfigSource(
  source: ConfigSource | undefined,
  now: number,
  words: ConfigSourceWords,
): string {
  if (source === undefined) return words.notConfigured;
  const label = words.labels[source.kind] ?? words.configured;
  return words.withAge(label, describeAge(now - source.updatedAt, source.updatedAt, words));
}

function describeAge(elapsed: number, updatedAt: number, words: ConfigSourceWords): string {
  // A clock moved backwards since the edit reads as "just now" rather than as a future time.
  if (elapsed < MINUTE) return words.justNow;
  if (elapsed < HOUR) return words.minutesAgo(Math.floor(elapsed / MINUTE));
  if (elapsed < DAY) return words.hoursAgo(Math.floor(elapsed / HOUR));
  const days = Math.floor(elapsed / DAY);
  if (days < 30) return words.daysAgo(days);
  return words.onDate(new Date(updatedAt).toISOString().slice(0, 10));
}
