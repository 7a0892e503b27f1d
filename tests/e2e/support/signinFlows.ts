// The steps of a hosted UI sign-in as an app takes them, from a test page, against the hosted UI
// stand-in (fakeHostedUi.ts): the authorize redirect, and the two kinds of request to the token
// endpoint the sign-in tests make (a form exchanging a code, and the JSON body Cognito refuses).
import type { Page } from 'playwright-core';
import { fireDetailed } from './appServer';
import { HOSTED_UI_HOST } from './fakeHostedUi';

const TOKEN_ENDPOINT = `https://${HOSTED_UI_HOST}/oauth2/token`;

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
