// The steps of a hosted UI sign-in as an app takes them, from a test page, against the hosted UI
// stand-in (fakeHostedUi.ts): the authorize redirect, and the two kinds of request to the token
// endpoint the sign-in tests make (a form exchanging a code, and the JSON body Cognito refuses).
import type { Page } from 'playwright-core';
import { type AppServer, fireDetailed } from './appServer';
import { type FakeHostedUi, HOSTED_UI_HOST } from './fakeHostedUi';

const TOKEN_ENDPOINT = `https://${HOSTED_UI_HOST}/oauth2/token`;

/** The user pool the sign-in tests' app clients belong to (what describe-user-pool-client names). */
export const SIGNIN_POOL_ID = 'eu-west-1_StandIn01';
export const PUBLIC_CLIENT = 'publicclient0123456789abcd';
export const CONFIDENTIAL_CLIENT = 'confidential0123456789abcd';
export const CLIENT_SECRET = 'stand-in-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Serves the app's `/callback` page and registers the sign-in tests' two app clients with the hosted
 * UI stand-in, that page their one callback URL: PUBLIC_CLIENT allowed `publicScopes`, and
 * CONFIDENTIAL_CLIENT (openid) with CLIENT_SECRET.
 */
export function addSigninClients(app: AppServer, hostedUi: FakeHostedUi, publicScopes: string[]): void {
  app.addPage('/callback', '<!doctype html><title>callback</title><p>signed in</p>');
  const callbackUrls = [`${app.origin}/callback`];
  hostedUi.addClient({ clientId: PUBLIC_CLIENT, callbackUrls, allowedScopes: publicScopes });
  hostedUi.addClient({
    clientId: CONFIDENTIAL_CLIENT,
    callbackUrls,
    allowedScopes: ['openid'],
    secret: CLIENT_SECRET,
  });
}

/** The stand-in's `/oauth2/authorize` with these query parameters. */
export function authorizeUrl(params: Record<string, string>): string {
  return `https://${HOSTED_UI_HOST}/oauth2/authorize?${new URLSearchParams(params)}`;
}

/**
 * Signs `page` in through the authorization code flow (scope openid) and returns the code the
 * stand-in put on the redirect back to `redirectUri` ('' when it sent none).
 */
export async function signInForCode(page: Page, clientId: string, redirectUri: string): Promise<string> {
  await page.goto(
    authorizeUrl({ response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope: 'openid' }),
  );
  return new URL(page.url()).searchParams.get('code') ?? '';
}

/** Exchanges `code` at the token endpoint as a public client would: a form, no secret. */
export function exchangeCode(page: Page, exchange: { clientId: string; redirectUri: string; code: string }) {
  return fireDetailed(page, {
    url: TOKEN_ENDPOINT,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: exchange.clientId,
      redirect_uri: exchange.redirectUri,
      code: exchange.code,
    }).toString(),
  });
}

/** A JSON body to the token endpoint, which takes forms only: Cognito answers 405 (aws-facts-2.md §1). */
export function postJsonToTokenEndpoint(page: Page, clientId: string) {
  return fireDetailed(page, {
    url: TOKEN_ENDPOINT,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'authorization_code', client_id: clientId, code: 'abc' }),
  });
}
