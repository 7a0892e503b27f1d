/**
 * Secrets of a sign-in flow (codes, verifiers, client secrets, refresh tokens, passwords) are never
 * kept. What is kept is enough to say "the same code was sent twice" (SIGNIN.md "What a step
 * keeps"): the value's length and an HMAC-SHA-256 of it keyed with a salt drawn once per browser
 * session, so the digest is useless outside that session and cannot be looked up in a table.
 */

export interface SecretDigest {
  length: number;
  /** First 128 bits of HMAC-SHA-256(salt, value), hex: enough to tell codes apart, nothing more. */
  hash: string;
}

export type DigestSecret = (value: string) => Promise<SecretDigest>;

const SALT_BYTES = 32;
const HASH_HEX_CHARS = 32;

/** A fresh salt, as hex, for `storage.session`. */
export function newSalt(): string {
  const bytes = new Uint8Array(SALT_BYTES);
  crypto.getRandomValues(bytes);
  return toHex(bytes);
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** A digester for one session's salt (hex, as `newSalt` makes it). Throws on a malformed salt. */
export async function secretDigester(saltHex: string): Promise<DigestSecret> {
  const salt = fromHex(saltHex);
  if (salt === undefined || salt.length < 16) throw new Error('The sign-in salt is malformed.');
  const key = await crypto.subtle.importKey('raw', salt, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const encoder = new TextEncoder();
  return async (value) => {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value)));
    return { length: value.length, hash: toHex(mac).slice(0, HASH_HEX_CHARS) };
  };
}

export function sameSecret(a: SecretDigest | undefined, b: SecretDigest | undefined): boolean {
  return a !== undefined && b !== undefined && a.hash === b.hash && a.length === b.length;
}
