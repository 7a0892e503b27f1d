import { beforeAll, describe, expect, test } from 'vitest';
import { createJwksClient, type JwksFetch, type JwksResponse } from '../../../src/core/diagnosis';
import {
  JWKS_DOCUMENT_MAX_AGE_MS,
  type JwksDocumentStore,
  looksLikeJwks,
  reviveJwksDocuments,
  type StoredJwksDocuments,
  withJwksDocumentCache,
} from '../../../src/core/jwksDocumentCache';
import { createTestKey, ISS, idClaims, jwksOf, signToken, type TestKey } from './tokenFactory';

const JWKS_URL = `${ISS}/.well-known/jwks.json`;
const OTHER_URL = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other1234/.well-known/jwks.json';
const INIT = {
  method: 'GET',
  signal: new AbortController().signal,
  credentials: 'omit',
  redirect: 'error',
} as const;

function respond(body: string, status = 200): JwksResponse {
  return { ok: status >= 200 && status < 300, status, text: async () => body };
}

/** A fetch that answers from a table and records what it was asked. */
function network(answers: Record<string, JwksResponse | (() => JwksResponse)>) {
  const asked: string[] = [];
  const fetch: JwksFetch = async (url) => {
    asked.push(url);
    const answer = answers[url];
    if (answer === undefined) throw new TypeError('Failed to fetch');
    return typeof answer === 'function' ? answer() : answer;
  };
  return { fetch, asked };
}

/** `storage.session` in memory. */
function memoryStore(initial?: unknown) {
  let stored: unknown = initial;
  const store: JwksDocumentStore & { saved: () => StoredJwksDocuments; saves: number } = {
    saves: 0,
    load: async () => stored,
    save: async (documents) => {
      store.saves++;
      stored = structuredClone(documents);
    },
    saved: () => stored as StoredJwksDocuments,
  };
  return store;
}

let key: TestKey;
let jwks: string;
let token: string;

beforeAll(async () => {
  key = await createTestKey('id-key-1');
  jwks = JSON.stringify(jwksOf(key));
  token = await signToken(key, idClaims());
});

describe('withJwksDocumentCache', () => {
  test('keeps a downloaded JWKS, and a new life of the worker reads it back without the network', async () => {
    const store = memoryStore();
    const first = network({ [JWKS_URL]: respond(jwks) });
    const before = createJwksClient({
      fetch: withJwksDocumentCache(first.fetch, store, { now: () => 1000 }),
      now: () => 1000,
    });
    expect(await before.verify(token)).toMatchObject({ kind: 'verified' });
    expect(first.asked).toEqual([JWKS_URL]);
    expect(store.saved()).toEqual({ [JWKS_URL]: { text: jwks, fetchedAt: 1000 } });

    // The worker restarts: new module globals, same session storage.
    const second = network({});
    const after = createJwksClient({
      fetch: withJwksDocumentCache(second.fetch, store, { now: () => 2000 }),
      now: () => 2000,
    });
    expect(await after.verify(token)).toMatchObject({ kind: 'verified' });
    expect(second.asked).toEqual([]);
    expect(JSON.stringify(store.saved())).not.toContain(token.split('.')[2]);
  });

  test('only the first request for a URL is answered from storage: a deliberate refetch reaches the network', async () => {
    const store = memoryStore({ [JWKS_URL]: { text: jwks, fetchedAt: 0 } });
    const fresh = JSON.stringify(jwksOf(key, await createTestKey('rotated')));
    const { fetch, asked } = network({ [JWKS_URL]: respond(fresh) });
    const cached = withJwksDocumentCache(fetch, store, { now: () => 10 });
    expect(await (await cached(JWKS_URL, INIT)).text()).toBe(jwks);
    expect(asked).toEqual([]);
    expect(await (await cached(JWKS_URL, INIT)).text()).toBe(fresh);
    expect(asked).toEqual([JWKS_URL]);
    expect(store.saved()[JWKS_URL]).toEqual({ text: fresh, fetchedAt: 10 });
  });

  test('a stored document past its age is downloaded again', async () => {
    const store = memoryStore({ [JWKS_URL]: { text: jwks, fetchedAt: 0 } });
    const { fetch, asked } = network({ [JWKS_URL]: respond(jwks) });
    const cached = withJwksDocumentCache(fetch, store, { now: () => JWKS_DOCUMENT_MAX_AGE_MS });
    await cached(JWKS_URL, INIT);
    expect(asked).toEqual([JWKS_URL]);
  });

  test.each([
    ['an error status', respond('{"keys":[{"kid":"a"}]}', 503)],
    ['a body that is not JSON', respond('<html>')],
    ['a JWKS without keys', respond('{"keys":[]}')],
  ])('does not keep %s, and passes it on for the client to report', async (_name, answer) => {
    const store = memoryStore();
    const { fetch } = network({ [JWKS_URL]: answer });
    const response = await withJwksDocumentCache(fetch, store, { now: () => 1 })(JWKS_URL, INIT);
    expect(response.ok).toBe(answer.ok);
    expect(response.status).toBe(answer.status);
    expect(store.saves).toBe(0);
  });

  test('a document too large to be a Cognito JWKS is used but not kept', async () => {
    const store = memoryStore();
    const { fetch } = network({ [JWKS_URL]: respond(jwks) });
    await withJwksDocumentCache(fetch, store, { now: () => 1, maxChars: 10 })(JWKS_URL, INIT);
    expect(store.saves).toBe(0);
  });

  test('network errors pass through unchanged', async () => {
    const { fetch } = network({});
    await expect(
      withJwksDocumentCache(fetch, memoryStore(), { now: () => 1 })(JWKS_URL, INIT),
    ).rejects.toThrow('Failed to fetch');
  });

  test('a broken store is no reason to fail: the network answers', async () => {
    const store: JwksDocumentStore = {
      load: async () => {
        throw new Error('quota');
      },
      save: async () => {
        throw new Error('quota');
      },
    };
    const { fetch, asked } = network({ [JWKS_URL]: respond(jwks) });
    const response = await withJwksDocumentCache(fetch, store, { now: () => 1 })(JWKS_URL, INIT);
    expect(await response.text()).toBe(jwks);
    expect(asked).toEqual([JWKS_URL]);
  });

  test('two pools downloaded at once are both kept; the oldest go beyond the limit', async () => {
    const store = memoryStore({ 'https://old.example/jwks.json': { text: jwks, fetchedAt: 1 } });
    let clock = 100;
    const { fetch } = network({ [JWKS_URL]: respond(jwks), [OTHER_URL]: respond(jwks) });
    const cached = withJwksDocumentCache(fetch, store, { now: () => clock++, maxDocuments: 2 });
    await Promise.all([cached(JWKS_URL, INIT), cached(OTHER_URL, INIT)]);
    expect(Object.keys(store.saved()).sort()).toEqual([OTHER_URL, JWKS_URL].sort());
  });
});

describe('stored documents', () => {
  test('only well-formed entries are revived', () => {
    const revived = reviveJwksDocuments({
      [JWKS_URL]: { text: '{}', fetchedAt: 5 },
      a: { text: 1, fetchedAt: 5 },
      b: { text: '{}', fetchedAt: Number.NaN },
      c: null,
      ['__proto__']: { text: '{}', fetchedAt: 5 },
    });
    expect([...revived.keys()]).toEqual([JWKS_URL, '__proto__']);
    expect(reviveJwksDocuments([{ text: '{}', fetchedAt: 1 }]).size).toBe(0);
    expect(reviveJwksDocuments('nonsense').size).toBe(0);
    expect(reviveJwksDocuments(undefined).size).toBe(0);
  });

  test.each([
    ['{"keys":[{"kid":"a"}]}', true],
    ['{"keys":[]}', false],
    ['{"keys":{}}', false],
    ['[]', false],
    ['null', false],
    ['not json', false],
  ])('looksLikeJwks(%s) is %s', (text, expected) => {
    expect(looksLikeJwks(text)).toBe(expected);
  });
});
