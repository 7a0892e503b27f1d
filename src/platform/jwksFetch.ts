import type { JwksFetch } from '../core/diagnosis';
import { type StoredJwksDocuments, withJwksDocumentCache } from '../core/jwksDocumentCache';
import browser from './browser';

/** Key of the downloaded JWKS documents in `storage.session` (public keys, never a token). */
export const JWKS_STORAGE_KEY = 'jwksDocuments';

const sessionStore = {
  async load(): Promise<unknown> {
    return (await browser.storage.session.get(JWKS_STORAGE_KEY))[JWKS_STORAGE_KEY];
  },
  async save(documents: StoredJwksDocuments): Promise<void> {
    await browser.storage.session.set({ [JWKS_STORAGE_KEY]: documents });
  },
};

/**
 * The network side of signature verification: the worker's own `fetch`, with the documents kept
 * in `storage.session` so a restarted worker does not download them again. The JWKS client asks
 * for `https://cognito-idp.<region>.amazonaws.com/<pool>/.well-known/jwks.json`, which the
 * `https://*.amazonaws.com/*` host permission covers (`.com.cn` likewise), and for the keys (or
 * discovery document) of an issuer a JWT authorizer's configuration trusts, only on a host the
 * user granted (`hasKeyHostAccess`).
 */
export const jwksFetch: JwksFetch = withJwksDocumentCache(globalThis.fetch.bind(globalThis), sessionStore, {
  now: Date.now,
});
