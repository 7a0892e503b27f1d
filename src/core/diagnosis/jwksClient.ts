import { parseCognitoIss } from './cognitoIssuer';
import { base64UrlToBytes, decodeJwt, ownClaim } from './decodeToken';
import { type TrustedIssuer, trustedJwksSource } from './trustedIssuers';
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
  /**
   * Whether the extension may fetch from `origin` (`https://host`). Asked before any request for a
   * configured issuer's keys or discovery document: such hosts need the user's grant (an optional
   * host permission), and without it nothing is fetched. Absent: no such host is ever fetched.
   * Cognito's JWKS host is covered by the manifest's `https://*.amazonaws.com/*` and not asked about.
   */
  hasHostAccess?: (origin: string) => Promise<boolean>;
}

export interface JwksClient {
  /**
   * Never throws, never keeps the token. Fetches a Cognito pool's JWKS for a Cognito `iss`; for
   * another `iss`, only when it equals one of `trusted` exactly (the API's own configuration, not
   * the token's word), and only from hosts `hasHostAccess` allows.
   */
  verify(token: string, trusted?: readonly TrustedIssuer[]): Promise<SignatureVerdict>;
}

/**
 * After a `kid` miss, one JWKS download per issuer per 10 s at most, like aws-jwt-verify's penalty
 * box (aws-facts.md §7 `WaitPeriodNotYetEndedJwkError`): a flood of forged tokens must not turn
 * into a flood of requests to Cognito.
 */
export const JWKS_REFETCH_WAIT_MS = 10_000;

/**
 * The JWS algorithms WebCrypto can verify, with the key each needs. Cognito signs RS256 only
 * (aws-facts.md §5); a REST JWT authorizer may allow RS256/384/512 and ES256/384/512
 * (aws-facts-2.md §2.1), so a configured issuer's token may use any of these. A Map: `alg` is the
 * token's text, and `constructor` must find nothing.
 */
interface AlgorithmSpec {
  kty: 'RSA' | 'EC';
  /** EC only: the curve, and a signature's length (r and s, each the curve's size). */
  crv?: 'P-256' | 'P-384' | 'P-521';
  ecSignatureBytes?: number;
  importParams: RsaHashedImportParams | EcKeyImportParams;
  verifyParams: AlgorithmIdentifier | EcdsaParams;
}

const rsa = (hash: string): AlgorithmSpec => ({
  kty: 'RSA',
  importParams: { name: 'RSASSA-PKCS1-v1_5', hash },
  verifyParams: { name: 'RSASSA-PKCS1-v1_5' },
});
const ec = (crv: 'P-256' | 'P-384' | 'P-521', hash: string, bytes: number): AlgorithmSpec => ({
  kty: 'EC',
  crv,
  ecSignatureBytes: bytes,
  importParams: { name: 'ECDSA', namedCurve: crv },
  verifyParams: { name: 'ECDSA', hash },
});

const ALGORITHMS: ReadonlyMap<string, AlgorithmSpec> = new Map([
  ['RS256', rsa('SHA-256')],
  ['RS384', rsa('SHA-384')],
  ['RS512', rsa('SHA-512')],
  ['ES256', ec('P-256', 'SHA-256', 64)],
  ['ES384', ec('P-384', 'SHA-384', 96)],
  ['ES512', ec('P-521', 'SHA-512', 132)],
]);

/** What `token.signature` can verify for a configured issuer (Cognito tokens: RS256 only). */
export const VERIFIABLE_ALGORITHMS: readonly string[] = [...ALGORITHMS.keys()];

interface JwksEntry {
  keys: Map<string, unknown>;
  imported: Map<string, Promise<CryptoKey>>;
}

type JwksFailure = Extract<SignatureVerdict, { kind: 'jwks-unreachable' }>;
type NeedsAccess = Extract<SignatureVerdict, { kind: 'needs-access' }>;

/**
 * The public part of a JWKS entry that fits `alg`: its `kty` (and curve), `use` absent or `sig`,
 * `alg` absent or the token's (aws-jwt-verify checks the same fields, aws-facts.md §7).
 */
function publicJwkFor(jwk: unknown, alg: string, spec: AlgorithmSpec): JsonWebKey | undefined {
  if (typeof jwk !== 'object' || jwk === null) return undefined;
  const fields = jwk as Record<string, unknown>;
  if (fields.kty !== spec.kty) return undefined;
  if (fields.use !== undefined && fields.use !== 'sig') return undefined;
  if (fields.alg !== undefined && fields.alg !== alg) return undefined;
  if (spec.kty === 'RSA') {
    if (typeof fields.n !== 'string' || typeof fields.e !== 'string') return undefined;
    return { kty: 'RSA', n: fields.n, e: fields.e, alg, ext: true };
  }
  if (fields.crv !== spec.crv || typeof fields.x !== 'string' || typeof fields.y !== 'string')
    return undefined;
  return { kty: 'EC', crv: spec.crv, x: fields.x, y: fields.y, ext: true };
}

/** The length of every signature the key makes: an RSA modulus, or twice an EC curve's size. */
function expectedSignatureBytes(jwk: JsonWebKey, spec: AlgorithmSpec): number {
  if (spec.ecSignatureBytes !== undefined) return spec.ecSignatureBytes;
  const bytes = jwk.n === undefined ? undefined : base64UrlToBytes(jwk.n);
  if (bytes === undefined) return 0;
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  return bytes.length - start;
}

/** `https://host[:port]` of an https URL, or undefined for anything else. */
function httpsOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

export function createJwksClient({
  fetch,
  now,
  timeoutMs = 3000,
  subtle = globalThis.crypto.subtle,
  hasHostAccess,
}: JwksClientOptions): JwksClient {
  const cache = new Map<string, JwksEntry>();
  const inFlight = new Map<string, Promise<JwksEntry | JwksFailure>>();
  const lastDownload = new Map<string, number>();
  const failures = new Map<string, JwksFailure>();
  /** A configured issuer's `jwks_uri` from its discovery document, once read. */
  const discovered = new Map<string, string>();

  /** One GET, the client's only way out: no credentials, no redirects, a time limit. */
  async function getText(
    url: string,
  ): Promise<{ text: string } | { failed: 'timeout' | 'network' } | { status: number }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'GET',
        signal: controller.signal,
        credentials: 'omit',
        redirect: 'error',
      });
      if (!response.ok) return { status: response.status };
      return { text: await response.text() };
    } catch {
      return { failed: controller.signal.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }

  async function download(iss: string, jwksUrl: string): Promise<JwksEntry | JwksFailure> {
    lastDownload.set(iss, now());
    const failure = (reason: JwksFailure['reason'], httpStatus?: number): JwksFailure =>
      httpStatus === undefined
        ? { kind: 'jwks-unreachable', iss, reason }
        : { kind: 'jwks-unreachable', iss, reason, httpStatus };
    const answer = await getText(jwksUrl);
    if ('failed' in answer) return failure(answer.failed);
    if ('status' in answer) return failure('http-status', answer.status);
    let document: unknown;
    try {
      document = JSON.parse(answer.text);
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
  }

  /** Nothing is fetched from a host the user has not granted; the verdict names the hosts to allow. */
  async function allowed(iss: string, urls: string[]): Promise<NeedsAccess | undefined> {
    const origins = [...new Set(urls.flatMap((url) => httpsOrigin(url) ?? []))];
    const missing: string[] = [];
    for (const origin of origins) {
      const granted = hasHostAccess === undefined ? false : await hasHostAccess(origin).catch(() => false);
      if (!granted) missing.push(origin);
    }
    return missing.length === 0 ? undefined : { kind: 'needs-access', iss, origins: missing };
  }

  /**
   * A configured issuer without a `jwksUri` (an HTTP API's JWT authorizer configures none): its
   * OpenID discovery document gives `jwks_uri`, and must name this exact issuer, as API Gateway
   * requires of it (aws-facts-2.md §2.1, API_JwtIssuerInput; aws-facts.md §4: the keys come from
   * the issuer's `jwks_uri`).
   */
  async function discoverJwksUrl(iss: string, discoveryUrl: string): Promise<string | JwksFailure> {
    const known = discovered.get(iss);
    if (known !== undefined) return known;
    const answer = await getText(discoveryUrl);
    if ('failed' in answer) return { kind: 'jwks-unreachable', iss, reason: 'discovery-failed' };
    if ('status' in answer)
      return { kind: 'jwks-unreachable', iss, reason: 'discovery-failed', httpStatus: answer.status };
    let document: unknown;
    try {
      document = JSON.parse(answer.text);
    } catch {
      return { kind: 'jwks-unreachable', iss, reason: 'discovery-failed' };
    }
    const fields =
      typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
    const jwksUri = typeof fields.jwks_uri === 'string' ? fields.jwks_uri : undefined;
    if (fields.issuer !== iss || jwksUri === undefined || httpsOrigin(jwksUri) === undefined) {
      return { kind: 'jwks-unreachable', iss, reason: 'discovery-mismatch' };
    }
    discovered.set(iss, jwksUri);
    return jwksUri;
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

  function importKey(entry: JwksEntry, kid: string, alg: string, jwk: JsonWebKey, spec: AlgorithmSpec) {
    const cacheKey = `${alg} ${kid}`;
    let key = entry.imported.get(cacheKey);
    if (key === undefined) {
      key = subtle.importKey('jwk', jwk, spec.importParams, false, ['verify']);
      entry.imported.set(cacheKey, key);
    }
    return { key, forget: () => entry.imported.delete(cacheKey) };
  }

  /** Where the keys of `rawIss` may come from, or why there is nowhere to look. */
  async function keySource(
    rawIss: unknown,
    alg: string,
    trusted: readonly TrustedIssuer[] | undefined,
  ): Promise<{ iss: string; jwksUrl: string } | SignatureVerdict> {
    // CHECKS.md: `iss` is attacker-controlled, so a Cognito pool's JWKS URL is built only from a
    // strict Cognito issuer, and any other host only from the API's own configuration.
    const cognito = parseCognitoIss(rawIss);
    if (cognito !== undefined && cognito.region === cognito.poolRegion) {
      // Cognito signs RS256 only (aws-facts.md §5).
      if (alg !== 'RS256') return { kind: 'unsupported-alg', alg };
      return { iss: cognito.issuer, jwksUrl: cognito.jwksUrl };
    }
    const source = typeof rawIss === 'string' ? trustedJwksSource(trusted ?? [], rawIss) : undefined;
    if (source === undefined) return { kind: 'not-cognito' };
    const iss = source.issuer;
    if ('jwksUri' in source) {
      return (await allowed(iss, [source.jwksUri])) ?? { iss, jwksUrl: source.jwksUri };
    }
    const blocked = await allowed(iss, [source.discoveryUrl]);
    if (blocked !== undefined) return blocked;
    const jwksUrl = await discoverJwksUrl(iss, source.discoveryUrl);
    if (typeof jwksUrl !== 'string') return jwksUrl;
    return (await allowed(iss, [jwksUrl])) ?? { iss, jwksUrl };
  }

  async function verifyToken(token: string, trusted?: readonly TrustedIssuer[]): Promise<SignatureVerdict> {
    const decoded = decodeJwt(token);
    if (!decoded.ok) return { kind: 'not-checked', reason: 'undecodable' };
    const alg = ownClaim(decoded.header, 'alg');
    const spec = typeof alg === 'string' ? ALGORITHMS.get(alg) : undefined;
    if (typeof alg !== 'string' || spec === undefined)
      return { kind: 'unsupported-alg', alg: typeof alg === 'string' ? alg : null };
    const source = await keySource(ownClaim(decoded.payload, 'iss'), alg, trusted);
    if ('kind' in source) return source;
    const { iss, jwksUrl } = source;
    const kid = ownClaim(decoded.header, 'kid');
    if (typeof kid !== 'string' || kid === '') {
      return { kind: 'unknown-kid', iss, kid: null, knownKids: [], refetched: false };
    }

    let entry = cache.get(iss);
    let downloadedNow = false;
    if (entry === undefined) {
      const loaded = await load(iss, jwksUrl);
      if (!('keys' in loaded)) return loaded;
      entry = loaded;
      downloadedNow = true;
    }
    let refetched = false;
    const waited = now() - (lastDownload.get(iss) ?? Number.NEGATIVE_INFINITY);
    // A rotated key appears in a fresh download; a forged kid must not trigger one per token.
    if (!entry.keys.has(kid) && !downloadedNow && waited >= JWKS_REFETCH_WAIT_MS) {
      const loaded = await load(iss, jwksUrl);
      if (!('keys' in loaded)) return loaded;
      entry = loaded;
      refetched = true;
    }
    const listed = entry.keys.get(kid);
    if (listed === undefined)
      return { kind: 'unknown-kid', iss, kid, knownKids: [...entry.keys.keys()], refetched };
    const jwk = publicJwkFor(listed, alg, spec);
    if (jwk === undefined) return { kind: 'jwks-unreachable', iss, reason: 'invalid-key' };
    const imported = importKey(entry, kid, alg, jwk, spec);
    let key: CryptoKey;
    try {
      key = await imported.key;
    } catch {
      imported.forget();
      return { kind: 'jwks-unreachable', iss, reason: 'invalid-key' };
    }
    const signature = base64UrlToBytes(decoded.signatureSegment) ?? new Uint8Array(0);
    const signedPart = new TextEncoder().encode(`${decoded.headerSegment}.${decoded.payloadSegment}`);
    let valid = false;
    try {
      valid = await subtle.verify(spec.verifyParams, key, signature, signedPart);
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
          expectedBytes: expectedSignatureBytes(jwk, spec),
        };
  }

  return {
    async verify(token: string, trusted?: readonly TrustedIssuer[]): Promise<SignatureVerdict> {
      try {
        return await verifyToken(typeof token === 'string' ? token : '', trusted);
      } catch {
        // Nothing from the error is kept: it could quote the token.
        return { kind: 'not-checked', reason: 'undecodable' };
      }
    },
  };
}
