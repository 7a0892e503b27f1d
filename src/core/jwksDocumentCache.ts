import type { JwksFetch, JwksResponse } from './diagnosis';
import { createSerialQueue } from './serialQueue';

/**
 * The JWKS client keeps each pool's keys in memory, which a service-worker stop wipes
 * (TOOLING.md, Chrome behaviour 6). This wraps its `fetch` so the documents it downloads also go
 * to session storage, and the first request for a JWKS after a restart is answered from there.
 * A JWKS holds public keys only, so storing it is harmless; the token never passes through here.
 */

export interface StoredJwks {
  /** The document as Cognito sent it. */
  text: string;
  /** When it was downloaded (ms since the epoch). */
  fetchedAt: number;
}

/** Stored documents by JWKS URL. */
export type StoredJwksDocuments = Record<string, StoredJwks>;

/** Where the documents live (in the extension: one `storage.session` key). */
export interface JwksDocumentStore {
  /** Whatever is stored, unchecked: it is revived before use. */
  load(): Promise<unknown>;
  save(documents: StoredJwksDocuments): Promise<void>;
}

export interface JwksDocumentCacheOptions {
  now: () => number;
  /**
   * A stored document older than this is downloaded again. Cognito does not rotate a pool's
   * keys on a schedule; the bound only limits how long a replaced key set can linger.
   */
  maxAgeMs?: number;
  /** Pools remembered at most; the least recently downloaded go first. */
  maxDocuments?: number;
  /** A Cognito JWKS is about 1 KB; anything far bigger is not kept. */
  maxChars?: number;
}

export const JWKS_DOCUMENT_MAX_AGE_MS = 60 * 60 * 1000;
const DEFAULT_MAX_DOCUMENTS = 20;
const DEFAULT_MAX_CHARS = 64 * 1024;

/** Keeps only well-formed entries: storage from an older version must not break verification. */
export function reviveJwksDocuments(raw: unknown): Map<string, StoredJwks> {
  const documents = new Map<string, StoredJwks>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return documents;
  for (const [url, entry] of Object.entries(raw)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { text, fetchedAt } = entry as { text?: unknown; fetchedAt?: unknown };
    if (typeof text === 'string' && typeof fetchedAt === 'number' && Number.isFinite(fetchedAt)) {
      documents.set(url, { text, fetchedAt });
    }
  }
  return documents;
}

/** A JSON object with a non-empty `keys` list: anything else is left for the client to report. */
export function looksLikeJwks(text: string): boolean {
  try {
    const document: unknown = JSON.parse(text);
    if (typeof document !== 'object' || document === null) return false;
    const keys = (document as { keys?: unknown }).keys;
    return Array.isArray(keys) && keys.length > 0;
  } catch {
    return false;
  }
}

function answer(text: string, status = 200): JwksResponse {
  return { ok: true, status, text: async () => text };
}

export function withJwksDocumentCache(
  fetch: JwksFetch,
  store: JwksDocumentStore,
  {
    now,
    maxAgeMs = JWKS_DOCUMENT_MAX_AGE_MS,
    maxDocuments = DEFAULT_MAX_DOCUMENTS,
    maxChars = DEFAULT_MAX_CHARS,
  }: JwksDocumentCacheOptions,
): JwksFetch {
  /** URLs already answered in this life of the worker. */
  const answered = new Set<string>();
  // Two pools downloaded at once must not both read the old map and lose one document.
  const serially = createSerialQueue();

  const isFresh = (stored: StoredJwks, at: number) =>
    at - stored.fetchedAt >= 0 && at - stored.fetchedAt < maxAgeMs;

  async function stored(url: string): Promise<StoredJwks | undefined> {
    try {
      const found = reviveJwksDocuments(await store.load()).get(url);
      return found !== undefined && isFresh(found, now()) ? found : undefined;
    } catch {
      return undefined;
    }
  }

  function remember(url: string, text: string): Promise<void> {
    return serially(async () => {
      const at = now();
      const documents = reviveJwksDocuments(await store.load());
      documents.set(url, { text, fetchedAt: at });
      const kept = [...documents]
        .filter(([, entry]) => isFresh(entry, at))
        .sort(([, a], [, b]) => b.fetchedAt - a.fetchedAt)
        .slice(0, maxDocuments);
      // fromEntries defines own properties, so no URL can reach an object's prototype.
      await store.save(Object.fromEntries(kept));
    }).catch(() => undefined);
  }

  return async (url, init) => {
    // Only the first request for a URL may be answered from storage. The client asks again only
    // on purpose (a `kid` missing from the keys it has, or a retry after a failure), and such a
    // request must reach Cognito.
    if (!answered.has(url)) {
      answered.add(url);
      const found = await stored(url);
      if (found !== undefined) return answer(found.text);
    }
    const response = await fetch(url, init);
    if (!response.ok) return response;
    const text = await response.text();
    if (text.length <= maxChars && looksLikeJwks(text)) await remember(url, text);
    return answer(text, response.status);
  };
}
