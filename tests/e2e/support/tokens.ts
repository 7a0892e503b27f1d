// A fake Cognito user pool: RSA keys made at test time, its JWKS, and tokens shaped like
// real Cognito tokens (aws-facts.md §5). Nothing here talks to the network.
import {
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  randomUUID,
} from 'node:crypto';

export interface Jwk {
  alg: 'RS256';
  e: string;
  kid: string;
  kty: 'RSA';
  n: string;
  use: 'sig';
}

export interface Jwks {
  keys: Jwk[];
}

export type Claims = Record<string, unknown>;

export interface MintOptions {
  /** Seconds from `iat` to `exp`. Default 3600 (Cognito's default lifetime). Negative values are allowed. */
  lifetimeSeconds?: number;
  /** `iat` in epoch seconds. Default: now. `auth_time` follows it unless overridden. */
  issuedAt?: number;
  /**
   * Which key signs: 'pool' (default, the pool's ID or access key), 'foreign' (a key that is in no JWKS,
   * header keeps the pool's kid: looks like a tampered token or a recreated pool), or any private KeyObject.
   */
  signer?: 'pool' | 'foreign' | KeyObject;
  /** Extra or replacement JOSE header fields (e.g. `{ kid: 'nope' }`, `{ alg: 'HS256' }`). */
  header?: Record<string, unknown>;
}

export interface UserPool {
  region: string;
  poolId: string;
  /** `https://cognito-idp.{region}.amazonaws.com/{poolId}` */
  issuer: string;
  /** `{issuer}/.well-known/jwks.json` */
  jwksUrl: string;
  /** The default app client id (26 lowercase alphanumerics, like real ones). */
  clientId: string;
  /** The default user. */
  username: string;
  sub: string;
  /** kid of the key that signs ID tokens. */
  idKid: string;
  /** kid of the key that signs access tokens. */
  accessKid: string;
  /** The pool's JWKS (two RSA keys, like Cognito). */
  jwks: Jwks;
  /**
   * An ID token. `claims` override or add claims; a claim set to `undefined` is removed
   * (e.g. `{ exp: undefined }` for a token without expiry).
   */
  mintIdToken(claims?: Claims, options?: MintOptions): string;
  /** An access token; default scope `aws.cognito.signin.user.admin`, like tokens from InitiateAuth / SRP. */
  mintAccessToken(claims?: Claims, options?: MintOptions): string;
  /** An ID token that expired `secondsAgo` seconds ago (default 600), issued an hour before that. */
  expiredIdToken(secondsAgo?: number, claims?: Claims): string;
  /** An access token that expired `secondsAgo` seconds ago (default 600). */
  expiredAccessToken(secondsAgo?: number, claims?: Claims): string;
  /** A well-formed ID token with this pool's iss and kid, signed by a key that is not in the JWKS. */
  foreignIdToken(claims?: Claims): string;
  /** Same for an access token. */
  foreignAccessToken(claims?: Claims): string;
}

export interface CreateUserPoolOptions {
  region?: string;
  /** `{region}_{9 alphanumerics}`; generated when omitted. */
  poolId?: string;
  clientId?: string;
  username?: string;
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomChars(count: number, alphabet = ALNUM): string {
  const bytes = randomBytes(count);
  let out = '';
  for (let i = 0; i < count; i++) out += alphabet[(bytes[i] ?? 0) % alphabet.length];
  return out;
}

/** A Cognito-looking kid: base64 of 32 random bytes (real kids are base64 SHA-256 digests). */
function randomKid(): string {
  return randomBytes(32).toString('base64');
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

interface KeyPair {
  kid: string;
  privateKey: KeyObject;
  jwk: Jwk;
}

function newKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const exported = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const kid = randomKid();
  return {
    kid,
    privateKey,
    jwk: { alg: 'RS256', e: exported.e, kid, kty: 'RSA', n: exported.n, use: 'sig' },
  };
}

let foreignKey: KeyObject | undefined;

/** A private RSA key that belongs to no pool (made once per process). */
export function foreignPrivateKey(): KeyObject {
  foreignKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  return foreignKey;
}

/** Signs header + payload with RS256 (the header is used as given, so set `alg`/`kid` yourself). */
export function signJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyObject,
): string {
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
  return `${signingInput}.${b64url(signature)}`;
}

/** Decodes a compact JWT without verifying it; throws on anything that is not three base64url JSON parts. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error(`token has ${parts.length} segments, expected 3`);
  const [h, p, s] = parts as [string, string, string];
  const b64urlRe = /^[A-Za-z0-9_-]*$/;
  if (!b64urlRe.test(h) || !b64urlRe.test(p) || !b64urlRe.test(s) || h === '' || p === '') {
    throw new Error('token segments are not base64url');
  }
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as unknown;
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as unknown;
  if (!isObject(header) || !isObject(payload))
    throw new Error('token header or payload is not a JSON object');
  return { header, payload, signingInput: `${h}.${p}`, signature: Buffer.from(s, 'base64url') };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Verifies an RS256 signature against one JWK. */
export function verifyRs256(decoded: DecodedJwt, jwk: Jwk): boolean {
  const key = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
  return createVerify('RSA-SHA256').update(decoded.signingInput).verify(key, decoded.signature);
}

function applyOverrides(base: Claims, overrides: Claims | undefined): Claims {
  const out: Claims = { ...base };
  for (const [k, v] of Object.entries(overrides ?? {})) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Creates a fake user pool with two fresh RSA keys (one for ID tokens, one for access tokens). */
export function createUserPool(options: CreateUserPoolOptions = {}): UserPool {
  const region = options.region ?? 'eu-west-1';
  const poolId = options.poolId ?? `${region}_${randomChars(9)}`;
  if (!poolId.startsWith(`${region}_`)) {
    throw new Error(`pool id ${poolId} must start with its region (${region}_), as Cognito pool ids do`);
  }
  const clientId = options.clientId ?? randomChars(26, 'abcdefghijklmnopqrstuvwxyz0123456789');
  const username = options.username ?? 'alice';
  const sub = randomUUID();
  const issuer = `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
  const idKey = newKeyPair();
  const accessKey = newKeyPair();

  function sign(kind: 'id' | 'access', payload: Claims, opts: MintOptions): string {
    const own = kind === 'id' ? idKey : accessKey;
    const header = { kid: own.kid, alg: 'RS256', ...(opts.header ?? {}) };
    const signer = opts.signer ?? 'pool';
    const key = signer === 'pool' ? own.privateKey : signer === 'foreign' ? foreignPrivateKey() : signer;
    // Refuse a public key early with a clear message (createSign would throw a cryptic one).
    if (key.type !== 'private') throw new Error('signer must be a private key');
    return signJwt(header, payload, key);
  }

  function times(opts: MintOptions) {
    const iat = opts.issuedAt ?? nowSeconds();
    return { iat, exp: iat + (opts.lifetimeSeconds ?? 3600) };
  }

  const pool: UserPool = {
    region,
    poolId,
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    clientId,
    username,
    sub,
    idKid: idKey.kid,
    accessKid: accessKey.kid,
    jwks: { keys: [idKey.jwk, accessKey.jwk] },

    mintIdToken(claims, opts = {}) {
      const { iat, exp } = times(opts);
      // Claim order as in captured Cognito ID tokens.
      const base: Claims = {
        sub,
        email_verified: true,
        iss: issuer,
        'cognito:username': username,
        origin_jti: randomUUID(),
        aud: clientId,
        event_id: randomUUID(),
        token_use: 'id',
        auth_time: iat,
        exp,
        iat,
        jti: randomUUID(),
        email: `${username}@example.test`,
      };
      return sign('id', applyOverrides(base, claims), opts);
    },

    mintAccessToken(claims, opts = {}) {
      const { iat, exp } = times(opts);
      const base: Claims = {
        sub,
        iss: issuer,
        client_id: clientId,
        origin_jti: randomUUID(),
        event_id: randomUUID(),
        token_use: 'access',
        scope: 'aws.cognito.signin.user.admin',
        auth_time: iat,
        exp,
        iat,
        jti: randomUUID(),
        username,
        version: 2,
      };
      return sign('access', applyOverrides(base, claims), opts);
    },

    expiredIdToken(secondsAgo = 600, claims) {
      return pool.mintIdToken(claims, { issuedAt: nowSeconds() - secondsAgo - 3600, lifetimeSeconds: 3600 });
    },

    expiredAccessToken(secondsAgo = 600, claims) {
      return pool.mintAccessToken(claims, {
        issuedAt: nowSeconds() - secondsAgo - 3600,
        lifetimeSeconds: 3600,
      });
    },

    foreignIdToken(claims) {
      return pool.mintIdToken(claims, { signer: 'foreign' });
    },

    foreignAccessToken(claims) {
      return pool.mintAccessToken(claims, { signer: 'foreign' });
    },
  };
  return pool;
}
