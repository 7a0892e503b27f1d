import type { CapturedBody } from './types';

/**
 * Longest body text kept with a call. The bodies that decide something (API Gateway's
 * `{"message": …}`, a token endpoint's `{"error": …}`) are a few hundred bytes; a call keeps the
 * start of anything longer, marked `truncated`, so that a page of HTML never fills session storage.
 */
export const MAX_BODY_TEXT_LENGTH = 16 * 1024;

/** Longest `message` / `error` value kept as a fact. */
export const MAX_BODY_FACT_LENGTH = 1024;

const TEXTUAL_MIME =
  /^text\/|[/+](json|xml|javascript|x-www-form-urlencoded|graphql)\b|^application\/problem\b/i;

/** A body's declared type says it is text; a missing type counts as text (Chrome leaves it empty for some errors). */
export function isTextualMimeType(mimeType: string): boolean {
  const bare = mimeType.split(';')[0]?.trim() ?? '';
  return bare === '' || TEXTUAL_MIME.test(bare);
}

export interface RawBody {
  mimeType?: string;
  text?: string;
  /** `base64` when `text` holds the body base64-encoded (HAR 1.2 `content.encoding`). */
  encoding?: string;
  size?: number;
}

function decodeBase64Prefix(
  text: string,
  maxLength: number,
): { text: string; truncated: boolean } | undefined {
  // Four base64 characters make three bytes, and one UTF-16 unit of text takes at most three UTF-8
  // bytes: `maxLength * 4` characters always hold `maxLength` units of text when there are that many.
  const clean = text.replace(/\s+/g, '');
  const wanted = maxLength * 4 + 4;
  const slice = clean.length > wanted ? clean.slice(0, wanted) : clean;
  let binary: string;
  try {
    binary = atob(slice);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const cut = slice.length < clean.length || decoded.length > maxLength;
  return { text: decoded.slice(0, maxLength), truncated: cut };
}

/**
 * A HAR's or DevTools' body as the capture model keeps it: text bodies (base64 ones decoded) cut to
 * `maxLength`, binary bodies as type and size only. Undefined when nothing was recorded.
 */
export function boundBody(
  raw: RawBody | undefined,
  maxLength = MAX_BODY_TEXT_LENGTH,
): CapturedBody | undefined {
  if (raw === undefined) return undefined;
  const mimeType = typeof raw.mimeType === 'string' ? raw.mimeType.slice(0, 200) : '';
  const size =
    typeof raw.size === 'number' && Number.isFinite(raw.size) && raw.size >= 0 ? raw.size : undefined;
  const body: CapturedBody = { mimeType, ...(size !== undefined && { size }) };
  if (typeof raw.text !== 'string' || raw.text === '') {
    return size !== undefined && size > 0 ? body : mimeType === '' ? undefined : body;
  }
  if (!isTextualMimeType(mimeType)) return body;
  if (raw.encoding === 'base64') {
    const decoded = decodeBase64Prefix(raw.text, maxLength);
    if (decoded === undefined) return body;
    return { ...body, text: decoded.text, ...(decoded.truncated && { truncated: true }) };
  }
  if (raw.text.length > maxLength) return { ...body, text: raw.text.slice(0, maxLength), truncated: true };
  return { ...body, text: raw.text };
}

/**
 * What a response body says, in the words of whoever answered (shown verbatim, as the checks do
 * with `www-authenticate`):
 * - API Gateway: `{"message": "Unauthorized"}`, and `{"Message": "User is not authorized to access
 *   this resource with an explicit deny"}` for a policy denial (aws-facts.md §2);
 * - a Cognito token endpoint: `{"error": "invalid_grant"}`, with `error_description` when sent
 *   (SIGNIN.md, aws-facts.md §6).
 */
export interface ResponseBodyFacts {
  message?: string;
  error?: string;
  errorDescription?: string;
}

function factString(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_BODY_FACT_LENGTH) : undefined;
}

/**
 * Reads the facts above from a bounded body. Linear: one `JSON.parse` of at most
 * `MAX_BODY_TEXT_LENGTH` characters, and only for a whole JSON object (a cut body is not parsed).
 */
export function readBodyFacts(body: CapturedBody | undefined): ResponseBodyFacts {
  const text = body?.text;
  if (text === undefined || body?.truncated || text.length > MAX_BODY_TEXT_LENGTH) return {};
  if (!/^\s*\{/.test(text)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const record = parsed as Record<string, unknown>;
  const facts: ResponseBodyFacts = {};
  const message = factString(record.message) ?? factString(record.Message);
  const error = factString(record.error);
  const errorDescription = factString(record.error_description);
  if (message !== undefined) facts.message = message;
  if (error !== undefined) facts.error = error;
  if (errorDescription !== undefined) facts.errorDescription = errorDescription;
  return facts;
}
