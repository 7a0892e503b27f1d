/**
 * UTF-8 sizes without encoding: budgets must count what Chrome's quotas count (bytes), and a
 * JavaScript string's `length` counts UTF-16 units (a CJK character is 1 unit but 3 bytes).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest prefix of `text` that takes at most `maxBytes` in UTF-8, never splitting a
 * surrogate pair. Linear, and stops reading once the budget is spent.
 */
export function cutToUtf8Bytes(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes) return text;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    let size: number;
    let width = 1;
    if (unit < 0x80) size = 1;
    else if (unit < 0x800) size = 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      const pair = next >= 0xdc00 && next <= 0xdfff;
      size = pair ? 4 : 3;
      width = pair ? 2 : 1;
    } else size = 3;
    if (bytes + size > maxBytes) return detached(text.slice(0, index));
    bytes += size;
    index += width - 1;
  }
  return text;
}

/**
 * A copy of `prefix` that does not keep the string it was cut from alive: V8 represents a slice
 * as a view on its parent, so 200 cuts of 8 KiB from 1 MB strings held 200 MB of heap (node 20),
 * 2.8 MB once copied. The JSON round trip is the portable way to get a string of its own.
 */
function detached(prefix: string): string {
  return JSON.parse(JSON.stringify(prefix)) as string;
}

/** At most `maxChars` of `text`, as a string of its own when cut (see `detached`). */
export function cutChars(text: string, maxChars: number): string {
  return text.length > maxChars ? detached(text.slice(0, maxChars)) : text;
}

/**
 * `utf8Length(JSON.stringify(value))` without building the JSON: the store counts each call's
 * size, and stringifying a call with 32 KB headers to measure it made a 32 KB string of garbage
 * per capture (in a 10,000-call burst, tens of megabytes of worker heap waiting for the
 * collector). For plain data: strings, finite numbers, booleans, null, arrays and objects;
 * `undefined` members are left out of objects and written `null` in arrays, as JSON.stringify does.
 */
export function jsonUtf8Length(value: unknown): number {
  return walk(value, PLAIN);
}

/**
 * `utf8Length(JSON.stringify(JSON.stringify(value)))`, also without building anything: what a
 * value stored as its JSON text takes once Chrome writes that string as JSON (each quote and
 * backslash of the text escaped once more).
 */
export function jsonTextUtf8Length(value: unknown): number {
  return 2 + walk(value, AS_TEXT);
}

/** What each kind of character of the JSON text costs, in UTF-8 bytes, as written. */
interface Costs {
  /** A string literal's own quote. */
  quote: number;
  /** `"` or `\` inside a string (escaped by a backslash). */
  escaped: number;
  /** A control character with a short escape (`\n`, `\t`, …). */
  shortEscape: number;
  /** Other control characters and lone surrogates (`\u001f`). */
  longEscape: number;
}

const PLAIN: Costs = { quote: 1, escaped: 2, shortEscape: 2, longEscape: 6 };
/** The text's quotes and backslashes get a backslash each in the outer string. */
const AS_TEXT: Costs = { quote: 2, escaped: 4, shortEscape: 3, longEscape: 7 };

function walk(value: unknown, costs: Costs): number {
  switch (typeof value) {
    case 'string':
      return jsonStringLength(value, costs);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let bytes = 2 + Math.max(0, value.length - 1);
        for (const item of value) bytes += item === undefined ? 4 : walk(item, costs);
        return bytes;
      }
      let bytes = 2;
      let members = 0;
      for (const [key, member] of Object.entries(value)) {
        if (member === undefined || typeof member === 'function') continue;
        bytes += jsonStringLength(key, costs) + 1 + walk(member, costs);
        members++;
      }
      return bytes + Math.max(0, members - 1);
    }
    default:
      return 0;
  }
}

/** A JSON string literal's UTF-8 length: quotes, escapes (`\n`, `\u001f`, lone surrogates) included. */
function jsonStringLength(text: string, costs: Costs): number {
  let bytes = 2 * costs.quote;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0x22 || unit === 0x5c) bytes += costs.escaped;
    else if (unit < 0x20)
      bytes +=
        unit === 8 || unit === 9 || unit === 10 || unit === 12 || unit === 13
          ? costs.shortEscape
          : costs.longEscape;
    else if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += costs.longEscape;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) bytes += costs.longEscape;
    else bytes += 3;
  }
  return bytes;
}
