/**
 * Narrowing helpers for parsed JSON or YAML whose shape nobody vouches for: pasted text can be
 * anything, so every read goes through one of these instead of a cast.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-blank string, trimmed; undefined for anything else. */
export function optionalString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The non-blank strings of an array, trimmed; `[]` when the value is not an array. */
export function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const strings: string[] = [];
  for (const entry of value) {
    const text = optionalString(entry);
    if (text !== undefined) strings.push(text);
  }
  return strings;
}

/** A finite number, also from a numeric string (OpenAPI extensions write some numbers as strings). */
export function optionalNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** First-seen order, duplicates dropped. */
export function uniqueStrings(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * A value from an AWS output, for a message's parameters. Cut short so that a pasted blob never
 * ends up whole in the UI.
 */
export function clip(value: string, maxLength = 80): string {
  return value.length > maxLength ? `${value.slice(0, maxLength - 1)}…` : value;
}
