import type { HttpHeader } from './types';

/** Headers whose values are credentials: shown masked until the user asks to see them. */
const CREDENTIAL_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'x-amz-security-token',
]);

export function isCredentialHeader(name: string, identityHeader?: string): boolean {
  const lower = name.toLowerCase();
  return (
    CREDENTIAL_HEADERS.has(lower) || (identityHeader !== undefined && identityHeader.toLowerCase() === lower)
  );
}

/**
 * A masked form that still helps: the scheme and the first characters (a JWT header, which is not
 * secret, starts `eyJ`), never enough of the payload or signature to be reused.
 */
export function maskCredential(value: string): string {
  const scheme = /^(Bearer|Basic|AWS4-HMAC-SHA256)\s+/i.exec(value);
  const prefix = scheme?.[0] ?? '';
  const rest = value.slice(prefix.length);
  if (rest.length <= 8) return `${prefix}${'•'.repeat(rest.length)}`;
  return `${prefix}${rest.slice(0, 6)}${'•'.repeat(8)}`;
}

/** Header lookup by name, case-insensitively: Chromium speaks HTTP/2 to API Gateway (lower-case names). */
export function findHeader(headers: readonly HttpHeader[] | undefined, name: string): HttpHeader | undefined {
  const lower = name.toLowerCase();
  return headers?.find((header) => header.name.toLowerCase() === lower);
}
