import { createJwksClient, type JwksClient } from '../core/diagnosis/jwksClient';
import { hasKeyHostAccess } from './sitePermissions';

/**
 * A JWKS client for a page whose calls are stored nowhere (the HAR page, the DevTools panel): the
 * page's own `fetch`, keys kept in memory for the page's life and never in storage. It asks for a
 * Cognito pool's public keys, which the `https://*.amazonaws.com/*` host permission covers, and
 * for a configured issuer's only on a host the user granted.
 */
export function createPageJwksClient(): JwksClient {
  return createJwksClient({
    fetch: globalThis.fetch.bind(globalThis),
    now: Date.now,
    hasHostAccess: hasKeyHostAccess,
  });
}
