/**
 * JWT decoding that explains its failures. jwt-decode is not used here: it hands the segment to
 * `atob`, which accepts `+`, `/` and whitespace that API Gateway would reject, falls back to
 * Latin-1 on bad UTF-8, and does not give back the decoded text that the claims view needs to
 * show numbers exactly as written.
 */

export type SegmentName = 'header' | 'payload' | 'signature';

const SEGMENT_NAMES: readonly SegmentName[] = ['header', 'payload', 'signature'];

export type JsonKind = 'array' | 'string' | 'number' | 'boolean' | 'null';

export type DecodeFailure =
  | { code: 'empty' }
  | { code: 'segment-count'; segments: number }
  | { code: 'bad-base64'; segment: SegmentName; position: number; character?: string }
  | { code: 'bad-json'; segment: SegmentName; reason: 'not-utf8' | 'syntax' }
  | { code: 'not-object'; segment: SegmentName; jsonKind: JsonKind }
  | { code: 'truncated'; segment: SegmentName; reason: 'base64-length' | 'json-cut' };

export interface DecodedJwt {
  ok: true;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** Decoded JSON text of header and payload, for raw claim values. */
  headerJson: string;
  payloadJson: string;
  headerSegment: string;
  payloadSegment: string;
  signatureSegment: string;
}

export type DecodeResult = DecodedJwt | ({ ok: false } & DecodeFailure);

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64URL_ALPHABET.length; i++) BASE64URL_VALUE[BASE64URL_ALPHABET.charCodeAt(i)] = i;

/** Index of the first character outside the base64url alphabet (padding `=` included), or -1. */
function firstInvalidBase64UrlChar(segment: string): number {
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code >= 128 || (BASE64URL_VALUE[code] ?? -1) < 0) return i;
  }
  return -1;
}

/** Strict base64url (no padding) to bytes; undefined when the text is not base64url. */
export function base64UrlToBytes(segment: string): Uint8Array<ArrayBuffer> | undefined {
  if (segment.length % 4 === 1 || firstInvalidBase64UrlChar(segment) >= 0) return undefined;
  const bytes = new Uint8Array(Math.floor((segment.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < segment.length; i++) {
    buffer = (buffer << 6) | (BASE64URL_VALUE[segment.charCodeAt(i)] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function jsonKind(value: unknown): JsonKind | 'object' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return type;
  return 'object';
}

/** A JSON object that stops before its closing brace: what a token cut mid-copy looks like. */
function looksCutJson(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith('{') && !trimmed.endsWith('}');
}

type SegmentJson =
  | { ok: true; value: Record<string, unknown>; text: string }
  | ({ ok: false } & DecodeFailure);

function decodeJsonSegment(segment: string, name: SegmentName, isLast: boolean, offset: number): SegmentJson {
  const invalid = firstInvalidBase64UrlChar(segment);
  if (invalid >= 0) {
    return {
      ok: false,
      code: 'bad-base64',
      segment: name,
      position: offset + invalid + 1,
      character: describeCharacter(segment.charCodeAt(invalid)),
    };
  }
  const bytes = base64UrlToBytes(segment);
  if (bytes === undefined) {
    // Only a length of 4n+1 gets here: no base64 text has it, a cut one often does.
    return isLast
      ? { ok: false, code: 'truncated', segment: name, reason: 'base64-length' }
      : { ok: false, code: 'bad-base64', segment: name, position: offset + segment.length };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: 'bad-json', segment: name, reason: 'not-utf8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (isLast && looksCutJson(text))
      return { ok: false, code: 'truncated', segment: name, reason: 'json-cut' };
    return { ok: false, code: 'bad-json', segment: name, reason: 'syntax' };
  }
  const kind = jsonKind(value);
  if (kind !== 'object') return { ok: false, code: 'not-object', segment: name, jsonKind: kind };
  return { ok: true, value: value as Record<string, unknown>, text };
}

/** `U+0009` style, so a tab or a non-breaking space can be named without printing it. */
export function describeCharacter(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Decodes a compact JWT. Never throws: any string, of any size, gives a result that says which
 * segment failed and why.
 */
export function decodeJwt(token: string): DecodeResult {
  if (token.length === 0) return { ok: false, code: 'empty' };
  const segments = token.split('.');
  if (segments.length > 3) return { ok: false, code: 'segment-count', segments: segments.length };

  let offset = 0;
  const decoded: Array<{ value: Record<string, unknown>; text: string }> = [];
  for (let i = 0; i < Math.min(segments.length, 2); i++) {
    const segment = segments[i] ?? '';
    const result = decodeJsonSegment(
      segment,
      SEGMENT_NAMES[i] ?? 'payload',
      i === segments.length - 1,
      offset,
    );
    if (!result.ok) {
      // With segments missing, only a JSON object cut mid-way says "truncated" better than the count.
      const cut = result.code === 'truncated' && result.reason === 'json-cut';
      if (segments.length < 3 && !cut) return { ok: false, code: 'segment-count', segments: segments.length };
      return result;
    }
    decoded.push(result);
    offset += segment.length + 1;
  }
  if (segments.length < 3) return { ok: false, code: 'segment-count', segments: segments.length };

  const signature = segments[2] ?? '';
  const invalid = firstInvalidBase64UrlChar(signature);
  if (invalid >= 0) {
    return {
      ok: false,
      code: 'bad-base64',
      segment: 'signature',
      position: offset + invalid + 1,
      character: describeCharacter(signature.charCodeAt(invalid)),
    };
  }
  if (signature.length % 4 === 1) {
    return { ok: false, code: 'truncated', segment: 'signature', reason: 'base64-length' };
  }
  const [header, payload] = decoded;
  if (header === undefined || payload === undefined) return { ok: false, code: 'segment-count', segments: 0 };
  return {
    ok: true,
    header: header.value,
    payload: payload.value,
    headerJson: header.text,
    payloadJson: payload.text,
    headerSegment: segments[0] ?? '',
    payloadSegment: segments[1] ?? '',
    signatureSegment: signature,
  };
}

/** An own property of a decoded JSON object: `payload.constructor` must not find Object's. */
export function ownClaim(object: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(object, name) ? object[name] : undefined;
}
