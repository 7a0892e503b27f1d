// The sign-in doctor in Japanese: Chromium in Japanese (`--lang=ja`, `--accept-lang=ja`, as in
// japanese.test.ts) against the local stand-in for a hosted UI domain (signin.test.ts). The popup's
// sign-in steps with their checks and Postman panel, and the options page's app client import, say
// everything in Japanese: the only Latin words left are product names, and what AWS or the page
// wrote (identifiers, commands, quoted messages, values), which the pages show as code.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pollFor } from './support/browser';
import { axeViolations, englishInProse } from './support/pageChecks';
import {
  addSigninClients,
  authorizeUrl,
  CLIENT_SECRET,
  CONFIDENTIAL_CLIENT,
  exchangeCode,
  PUBLIC_CLIENT,
  postJsonToTokenEndpoint,
  SIGNIN_POOL_ID,
  signInForCode,
} from './support/signinFlows';
import { startWorld, type World } from './support/world';

/** What the pages show as sent: HTTP methods are the request's, not words of the edition. */
const SENT = ['GET', 'POST'];

let world: World;

function callback(): string {
  return `${world.app.origin}/callback`;
}

beforeAll(async () => {
  world = await startWorld({ poolRegion: false, hostedUi: true, locale: 'ja' });
  addSigninClients(world.app, world.hostedUi, ['openid']);
});

afterAll(() => world?.close());

async function openOptions(): Promise<Page> {
  const options = await world.browser.context.newPage();
  await options.goto(`chrome-extension://${world.browser.extensionId}/src/options/index.html`);
  await pollFor(options, '[data-signin-import-text]');
  expect(await options.evaluate(() => document.documentElement.lang)).toBe('ja');
  return options;
}

async function readImport(options: Page, output: unknown): Promise<void> {
  await options.locator('[data-signin-import-text]').fill(JSON.stringify(output));
  await options.locator('[data-signin-import-submit]').click();
  await pollFor(options, '[data-signin-import-preview]');
}

describe('the sign-in doctor in Japanese', () => {
  test('the options page: the app client import error, preview, warnings and saved list', async () => {
    const options = await openOptions();

    await options.locator('[data-signin-import-text]').fill('not json');
    await options.locator('[data-signin-import-submit]').click();
    await pollFor(options, '[data-signin-import-error]');
    expect(await options.locator('[data-signin-import-error]').textContent()).toMatch(/[\u3040-\u30ff]/);
    expect(await englishInProse(options)).toEqual([]);

    // A client that raises every client warning: no callback URL, OAuth off, a flow Cognito does not have.
    await readImport(options, {
      UserPoolClient: {
        UserPoolId: SIGNIN_POOL_ID,
        ClientId: 'warnclient0123456789abcdef',
        ClientName: 'batch-jobs',
        AllowedOAuthFlows: ['code', 'password'],
        AllowedOAuthScopes: ['openid'],
        AllowedOAuthFlowsUserPoolClient: false,
      },
    });
    const warnings = await options.locator('[data-signin-import-warnings] li').allTextContents();
    expect(warnings).toHaveLength(3);
    for (const warning of warnings) expect(warning).toMatch(/[\u3040-\u30ff]/);
    expect(await englishInProse(options)).toEqual([]);

    // A domain that is not active yet.
    await readImport(options, {
      DomainDescription: {
        UserPoolId: SIGNIN_POOL_ID,
        Domain: 'myapp',
        Status: 'CREATING',
      },
    });
    expect(await options.locator('[data-signin-import-warnings] li').count()).toBe(1);
    expect(await englishInProse(options)).toEqual([]);

    // The confidential client, saved: the list of pools and clients reads in Japanese too.
    await readImport(options, {
      UserPoolClient: {
        UserPoolId: SIGNIN_POOL_ID,
        ClientId: CONFIDENTIAL_CLIENT,
        ClientName: 'web',
        ClientSecret: CLIENT_SECRET,
        CallbackURLs: [callback()],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      },
    });
    expect(await englishInProse(options)).toEqual([]);
    await options.locator('[data-signin-import-confirm]').click();
    await pollFor(options, '[data-signin-import-done]');
    await pollFor(options, `[data-signin-client="${CONFIDENTIAL_CLIENT}"]`);
    expect(await englishInProse(options)).toEqual([]);
    expect(await options.content()).not.toContain(CLIENT_SECRET);
    await options.close();
  });

  test('the popup: every failing step, its checks and the Postman panel', async () => {
    const { page, tabId } = await world.appTab();
    const exchange = (clientId: string, code: string) =>
      exchangeCode(page, { clientId, redirectUri: callback(), code });
    const codeFor = (clientId: string) => signInForCode(page, clientId, callback());

    // The error page (an unregistered callback URL), then the error redirects, query and fragment.
    await page.goto(
      authorizeUrl({ response_type: 'code', client_id: PUBLIC_CLIENT, redirect_uri: `${callback()}/` }),
    );
    await page.goto(
      authorizeUrl({
        response_type: 'code',
        client_id: PUBLIC_CLIENT,
        redirect_uri: callback(),
        scope: 'openid offline_access',
      }),
    );
    await page.goto(
      authorizeUrl({
        response_type: 'token',
        client_id: PUBLIC_CLIENT,
        redirect_uri: callback(),
        scope: 'openid offline_access',
      }),
    );
    await page.goto(world.app.url());
    // A JSON body (405), a code exchanged twice, a confidential client without its secret.
    const json = await postJsonToTokenEndpoint(page, PUBLIC_CLIENT);
    expect(json.outcome).toBe(405);
    const code = await codeFor(PUBLIC_CLIENT);
    await page.goto(world.app.url());
    expect((await exchange(PUBLIC_CLIENT, code)).outcome).toBe(200);
    expect((await exchange(PUBLIC_CLIENT, code)).body).toContain('invalid_grant');
    const confidentialCode = await codeFor(CONFIDENTIAL_CLIENT);
    await page.goto(world.app.url());
    expect((await exchange(CONFIDENTIAL_CLIENT, confidentialCode)).body).toContain('invalid_client');

    const steps = 6;
    await world.waitForBadge(tabId, String(steps), 10_000);
    const popup = await world.openPopup(tabId);
    await pollFor(popup, async () => (await popup.locator('[data-call]').count()) === steps, 10_000);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ja');

    const seen = new Set<string>();
    for (let index = 0; index < steps; index += 1) {
      const row = popup.locator('[data-call]').nth(index);
      await row.click();
      await pollFor(popup, async () => (await row.getAttribute('data-selected')) !== null);
      const id = await row.getAttribute('data-call');
      await pollFor(popup, `[data-call-detail="${id}"] [data-check="signin.issuer"]`, 10_000);
      await pollFor(popup, `[data-call-detail="${id}"] [data-postman]`, 10_000);
      seen.add((await popup.locator('[data-headline]').getAttribute('data-headline-check')) ?? '');
      const english = await englishInProse(popup, SENT);
      expect(english, `step ${index + 1}: ${await row.textContent()}`).toEqual([]);
    }
    // Each failure was diagnosed by the check that names it, in Japanese.
    expect([...seen].sort()).toEqual([
      'signin.client',
      'signin.grant',
      'signin.redirect_uri',
      'signin.request_format',
      'signin.scope',
    ]);
    const secretField = popup.locator('[data-postman-field="client_secret"]');
    expect(await secretField.textContent()).toMatch(/[\u3040-\u30ff]/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
