import { MAX_HEADER_VALUE_BYTES } from './requestCorrelator';
import type { HttpHeader } from './types';

/** Characters converted per `String.fromCharCode` call: far below any engine's argument limit. */
const CHUNK = 4096;

/**
 * A header whose value Chrome could only give as bytes (`binaryValue`: not UTF-8), read as
 * Latin-1 so every byte stays visible. Reads at most `MAX_HEADER_VALUE_BYTES` of it, in chunks:
 * spreading a large array into one call throws a RangeError, and this runs inside a listener.
 */
export function headerFromBytes(name: string, bytes: ArrayLike<number>): HttpHeader {
  const length = Math.min(bytes.length, MAX_HEADER_VALUE_BYTES);
  const parts: string[] = [];
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(start + CHUNK, length);
    const codes: number[] = [];
    for (let index = start; index < end; index++) codes.push((bytes[index] ?? 0) & 0xff);
    parts.push(String.fromCharCode.apply(null, codes));
  }
  const value = parts.join('');
  return bytes.length > length ? { name, value, truncated: true } : { name, value };
}
