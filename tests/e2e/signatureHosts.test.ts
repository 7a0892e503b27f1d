// token.signature for an issuer that is not Cognito (issue 12): an HTTP API JWT authorizer whose
// configuration trusts https://login.example.test. Its discovery document and JWKS are served by the
// local stand-in on that host name (mapped with --host-resolver-rules, *.example.test). Without the
// user's grant nothing is fetched and the check says how to allow it; with the grant (a build whose
// manifest grants the host, as a user's "Allow" would) the signature is verified.
import { generateKeyPairSync } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AppServer, fire, startAppServer } from './support/appServer';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openPopup,
  pollFor,
  readPopupPath,
  tabIdOf,
} from './support/browser';
import { type FakeAws, startFakeAws } from './support/fakeAws';
import { buildGrantingHosts, type GrantedBuild } from './support/grantedBuild';
import { signJwt } from './support/tokens';

const DIST = 'dist';
const API = 'j7w8t9a0b1';
const ISSUER = 'https://login.example.test';
const IDP_HOST = 'login.example.test';
const AUDIENCE = 'catalog-web';
const KID = 'idp-key-2026';

let fake: FakeAws;
let app: AppServer;
let granted: GrantedBuild;
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

function idpToken(claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    { alg: 'RS256', kid: KID, typ: 'JWT' },
    { iss: ISSUER, aud: AUDIENCE, sub: 'user-1', iat: now - 60, exp: now + 3600, ...claims },
    privateKey,
  );
}

/** The token with its payload changed after signing: what a tampered token looks like. */
function tampered(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  const changed = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
  return `${header}.${changed}.${signature}`;
}

beforeAll(async () => {
  fake = await startFakeAws();
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  fake.addJson('/.well-known/openid-configuration', { issuer: ISSUER, jwks_uri: `${ISSUER}/keys.json` });
  fake.addJson('/keys.json', {
    keys: [{ kty: 'RSA', use: 'sig', alg: 'RS256', kid: KID, n: jwk.n, e: jwk.e }],
  });
  fake.addHttpApi({
    apiId: API,
    authorizer: { issuer: ISSUER, audience: [AUDIENCE] },
    cors: true,
    routes: [{ method: 'GET', path: '/items', scopes: ['catalog/read'] }],
  });
  app = await startAppServer();
  granted = buildGrantingHosts(DIST, [`${ISSUER}/*`]);
});

afterAll(async () => {
  granted?.remove();
  await app?.close();
  await fake?.close();
});

/** What importing the API's `apigatewayv2 get-authorizers` leaves in storage.local. */
function configuration() {
  return {
    apiId: API,
    stage: '$default',
    region: 'eu-west-1',
    authorizerKind: 'jwt',
    identityHeader: 'Authorization',
    userPoolIds: [],
    clientIds: [AUDIENCE],
    issuer: ISSUER,
    methods: [],
    source: { kind: 'apigatewayv2-get-authorizers', updatedAt: Date.now() },
  };
}

/** Launches `distDir`, saves the configuration, fires `tokens` from the app, opens the popup. */
async function popupAfter(
  distDir: string,
  tokens: string[],
): Promise<{ browser: ExtensionBrowser; popup: Page }> {
  const browser = await launchWithExtension({ distDir, fakeAwsPort: fake.port });
  await browser.serviceWorker.evaluate(
    (config) => chrome.storage.local.set({ apiConfigs: [config] }),
    configuration(),
  );
  const page = await browser.context.newPage();
  await page.goto(app.url());
  const tabId = await tabIdOf(browser.serviceWorker, page);
  for (const token of tokens) {
    expect(
      await fire(page, { url: fake.apiUrl(API, '/items'), headers: { Authorization: `Bearer ${token}` } }),
    ).toBe(401);
  }
  const popup = await openPopup(browser.context, browser.extensionId, readPopupPath(distDir), tabId);
  await pollFor(popup, async () => (await popup.locator('[data-call]').count()) === tokens.length);
  return { browser, popup };
}

const signature = (popup: Page) => popup.locator('[data-check="token.signature"]');

async function signatureOf(popup: Page, index: number): Promise<string | null> {
  await popup.locator('[data-call]').nth(index).click();
  await pollFor(popup, '[data-diagnosis][data-signature="done"]', 10_000);
  return signature(popup).getAttribute('data-status');
}

describe('an issuer the configuration trusts, on a host the user has not allowed', () => {
  let browser: ExtensionBrowser;
  let popup: Page;
  const token = idpToken();

  beforeAll(async () => {
    ({ browser, popup } = await popupAfter(DIST, [token]));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the check does not run, says why, and offers to allow that host', async () => {
    expect(await signatureOf(popup, 0)).toBe('skip');
    const text = await signature(popup).textContent();
    expect(text).toContain(`may not fetch the keys of ${ISSUER}`);
    expect(text).toContain(IDP_HOST);
    const allow = popup.locator('[data-check="token.signature"] [data-action="allow-key-hosts"]');
    expect(await allow.getAttribute('data-key-hosts')).toBe(IDP_HOST);
    expect(await allow.textContent()).toBe(`Allow checking signatures from ${IDP_HOST}`);
  });

  test('nothing was requested from the identity provider', () => {
    expect(fake.requestsTo(IDP_HOST)).toEqual([]);
  });
});

describe('the same issuer once its host is allowed', () => {
  let browser: ExtensionBrowser;
  let popup: Page;
  const good = idpToken();
  const forged = tampered(idpToken());

  beforeAll(async () => {
    fake.clearRequests();
    ({ browser, popup } = await popupAfter(granted.distDir, [good, forged]));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a token signed by the issuer passes, against the keys its discovery document names', async () => {
    // Newest first: the forged token is listed first, the good one second.
    expect(await signatureOf(popup, 1)).toBe('pass');
    expect(await signature(popup).textContent()).toContain(
      `listed by the discovery document ${ISSUER}/.well-known/openid-configuration`,
    );
    expect(fake.requestsTo(IDP_HOST).map((request) => [request.method, request.path])).toEqual([
      ['GET', '/.well-known/openid-configuration'],
      ['GET', '/keys.json'],
    ]);
  });

  test('a token changed after signing fails', async () => {
    expect(await signatureOf(popup, 0)).toBe('fail');
  });

  test('only public keys were fetched: no token, no cookie, no credential reached the identity provider', () => {
    for (const request of fake.requestsTo(IDP_HOST)) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.cookie).toBeUndefined();
    }
    for (const token of [good, forged]) {
      expect(fake.requestsContaining(token.split('.')[1] as string).every((r) => r.host !== IDP_HOST)).toBe(
        true,
      );
    }
  });
});
