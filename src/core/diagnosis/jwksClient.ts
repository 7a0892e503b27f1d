import { parseCognitoIss } from './cognitoIssuer';
import { base64UrlToBytes, decodeJwt, ownClaim } from './decodeToken';
import type { SignatureVerdict } from './types';

/** The part of a fetch Response this client reads; `globalThis.fetch` satisfies it. */
export interface JwksResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}

export type JwksFetch = (
  url: string,
  init: { method: 'GET'; signal: AbortSignal; credentials: 'omit'; redirect: 'error' },
) => Promise<JwksResponse>;

export interface JwksClientOptions {
  /** In production the service worker passes `globalThis.fetch`; tests pass a fake. */
  fetch: JwksFetch;
  /** Milliseconds since the epoch; drives the refetch penalty box. */
  now: () => number;
  /** aws-facts.md §7: aws-jwt-verify's web build waits 3000 ms for a JWKS response. */
  timeoutMs?: number;
  subtle?: SubtleCrypto;
}

export interface JwksClient {
  /** Never throws, never fetches anything but a Cognito pool's JWKS, never keeps the token. */
  verify(token: string): Promise<SignatureVerdict>;
}

/**
 * After a `kid` miss, one JWKS download per issuer per 10 s at most, like aws-jwt-verify's penalty
 * box (aws-facts.md §7 `WaitPeriodNotYetEndedJwkError`): a flood of forged tokens must not turn
 * into a flood of requests to Cognito.
 */
export const JWKS_REFETCH_WAIT_MS = 10_000;

interface RsaJwk {
  kty: 'RSA';
  n: string;
  e: string;
}

interface JwksEntry {
  keys: Map<string, unknown>;
  imported: Map<string, Promise<CryptoKey>>;
}

type JwksFailure = Extract<SignatureVerdict, { kind: 'jwks-unreachable' }>;

/** Cognito JWKS keys are RSA signing keys (aws-facts.md §5); aws-jwt-verify checks the same fields (§7). */
function asRsaSigningKey(jwk: unknown): RsaJwk | undefined {
  if (typeof jwk !== 'object' || jwk === null) return undefined;
  const { kty, n, e, use, alg } = jwk as Record<string, unknown>;
  if (kty !== 'RSA' || typeof n !== 'string' || typeof e !== 'string') return undefined;
  if (use !== undefined && use !== 'sig') return undefined;
  if (alg !== undefined && alg !== 'RS256') return undefined;
  return { kty, n, e };
}

/** Modulus length in bytes, which is the length of every signature the key makes. */
function modulusBytes(n: string): number {
  const bytes = base64UrlToBytes(n);
  if (bytes === undefined) return 0;
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  return bytes.length - start;
}

export function createJwksClient({
  fetch,
  now,
  timeoutMs = 3000,
  subtle = globalThis.crypto.subtle,
}: JwksClientOptions): JwksClient {
  const cache = new Map<string, JwksEntry>();
  const inFlight = new Map<string, Promise<JwksEntry | JwksFailure>>();
  const lastDownload = new Map<string, number>();
  const failures = new Map<string, JwksFailure>();

  async function download(iss: string, jwksUrl: string): Promise<JwksEntry | JwksFailure> {
    lastDownload.set(iss, now());
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const failure = (reason: JwksFailure['reason'], httpStatus?: number): JwksFailure =>
      httpStatus === undefined
        ? { kind: 'jwks-unreachable', iss, reason }
        : { kind: 'jwks-unreachable', iss, reason, httpStatus };
    try {
      const response = await fetch(jwksUrl, {
        method: 'GET',
        signal: controller.signal,
        credentials: 'omit',
        redirect: 'error',
      });
      if (!response.ok) return failure('http-status', response.status);
      const text = await response.text();
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch {
        return failure('not-json');
      }
      const list =
        typeof document === 'object' && document !== null ? (document as { keys?: unknown }).keys : undefined;
      const keys = new Map<string, unknown>();
      if (Array.isArray(list)) {
        for (const jwk of list) {
          const kid = typeof jwk === 'object' && jwk !== null ? (jwk as { kid?: unknown }).kid : undefined;
          if (typeof kid === 'string' && kid !== '') keys.set(kid, jwk);
        }
      }
      if (keys.size === 0) return failure('no-keys');
      const entry: JwksEntry = { keys, imported: new Map() };
      cache.set(iss, entry);
      return entry;
    } catch {
      return failure(controller.signal.aborted ? 'timeout' : 'network');
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Concurrent verifications of one pool's tokens share one download, and a failed download is
   * not retried within the penalty-box wait either.
   */
  function load(iss: string, jwksUrl: string): Promise<JwksEntry | JwksFailure> {
    const pending = inFlight.get(iss);
    if (pending) return pending;
    const failed = failures.get(iss);
    if (failed && now() - (lastDownload.get(iss) ?? 0) < JWKS_REFETCH_WAIT_MS) return Promise.resolve(failed);
    const started = download(iss, jwksUrl)
      .then((result) => {
        if ('keys' in result) failures.delete(iss);
        else failures.set(iss, result);
        return result;
      })
      .finally(() => inFlight.delete(iss));
    inFlight.set(iss, started);
    return started;
  }

  function importKey(entry: JwksEntry, kid: string, jwk: RsaJwk): Promise<CryptoKey> {
    let key = entry.imported.get(kid);
    if (key === undefined) {
      key = subtle.importKey(
        'jwk',
        { kty: jwk.kty, n: jwk.n, e: jwk.e, alg: 'RS256', ext: true },
        { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
        false,
        ['verify'],
      );
      entry.imported.set(kid, key);
    }
    return key;
  }

  async function verifyToken(token: string): Promise<SignatureVerdict> {
    const decoded = decodeJwt(token);
    if (!decoded.ok) return { kind: 'not-checked', reason: 'undecodable' };
    const alg = ownClaim(decoded.header, 'alg');
    if (alg !== 'RS256') return { kind: 'unsupported-alg', alg: typeof alg === 'string' ? alg : null };
    // CHECKS.md: `iss` is attacker-controlled, so only a strict Cognito issuer is ever fetched.
    const issuer = parseCognitoIss(ownClaim(decoded.payload, 'iss'));
    if (issuer === undefined || issuer.region !== issuer.poolRegion) return { kind: 'not-cognito' };
    const iss = issuer.issuer;
    const kid = ownClaim(decoded.header, 'kid');
    if (typeof kid !== 'string' || kid === '') {
      return { kind: 'unknown-kid', iss, kid: null, knownKids: [], refetched: false };
    }

    let entry = cache.get(iss);
    let downloadedNow = false;
    if (entry === undefined) {
      const loaded = await load(iss, issuer.jwksUrl);
      if (!('keys' in loaded)) return loaded;
      entry = loaded;
      downloadedNow = true;
    }
    let refetched = false;
    const waited = now() - (lastDownload.get(iss) ?? Number.NEGATIVE_INFINITY);
    // A rotated key appears in a fresh download; a forged kid must not trigger one per token.
    if (!entry.keys.has(kid) && !downloadedNow && waited >= JWKS_REFETCH_WAIT_MS) {
      const loaded = await load(iss, issuer.jwksUrl);
      if (!('keys' in loaded)) return loaded;
      entry = loaded;
      refetched = true;
    }
    const jwk = entry.keys.get(kid);
    if (jwk === undefined)
      return { kind: 'unknown-kid', iss, kid, knownKids: [...entry.keys.keys()], refetched };
    const rsa = asRsaSigningKey(jwk);
    if (rsa === undefined) return { kind: 'jwks-unreachable', iss, reason: 'invalid-key' };
    let key: CryptoKey;
    try {
      key = await importKey(entry, kid, rsa);
    } catch {
      entry.imported.delete(kid);
      return { kind: 'jwks-unreachable', iss, reason: 'invalid-key' };
    }
    const signature = base64UrlToBytes(decoded.signatureSegment) ?? new Uint8Array(0);
    const signedPart = new TextEncoder().encode(`${decoded.headerSegment}.${decoded.payloadSegment}`);
    let valid = false;
    try {
      valid = await subtle.verify({ name: 'RSASSA-PKCS1-v1_5' }, key, signature, signedPart);
    } catch {
      valid = false;
    }
    return valid
      ? { kind: 'verified', iss, kid }
      : {
          kind: 'bad-signature',
          iss,
          kid,
          signatureBytes: signature.length,
          expectedBytes: modulusBytes(rsa.n),
        };
  }

  return {
    async verify(token: string): Promise<SignatureVerdict> {
      try {
        return await verifyToken(typeof token === 'string' ? token : '');
      } catch {
        // Nothing from the error is kept: it could quote the token.
        return { kind: 'not-checked', reason: 'undecodable' };
      }
    },
  };
}
