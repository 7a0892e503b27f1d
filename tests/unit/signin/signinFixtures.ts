import type { HttpHeader } from '../../../src/core/capture/types';
import type { AppClientConfig, SigninConfiguration } from '../../../src/core/signin/appClientConfig';
import { diagnoseSignin } from '../../../src/core/signin/diagnoseSignin';
import { secretDigester } from '../../../src/core/signin/secretDigest';
import type { SigninDiagnosis } from '../../../src/core/signin/signinChecks';
import { signinFailureOf } from '../../../src/core/signin/signinFlow';
import {
  type ObservedBody,
  type ObservedSigninRequest,
  recordSigninRequest,
  type SigninRecord,
} from '../../../src/core/signin/signinRecord';

export const DOMAIN = 'https://myapp.auth.eu-west-1.amazoncognito.com';
export const APP = 'https://app.example.com';
export const CALLBACK = `${APP}/callback`;
export const CLIENT_ID = '1example23456789abcdefghij';
export const POOL_ID = 'eu-west-1_AbC123xyz';
export const T0 = Date.UTC(2026, 10, 20, 10, 0, 0);

/** Secret values the tests send: none of them may appear in anything kept. */
export const SECRETS = {
  code: 'c0de-3f4e-aaaa-bbbb-1234567890ab',
  otherCode: 'c0de-9999-aaaa-bbbb-1234567890ab',
  verifier: 'verifier-0123456789abcdefghijklmnopqrstuvwxyzABCDEFG',
  clientSecret: 'client-secret-1a2b3c4d5e6f7g8h9i0jklmnopqrstuvwx',
  refreshToken: 'eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.refresh-token-body',
  password: 'Hunter2-correct-horse',
} as const;

export const digest = await secretDigester('5a'.repeat(32));

export function authorizeUrl(params: Record<string, string>, path = '/oauth2/authorize'): string {
  return `${DOMAIN}${path}?${new URLSearchParams(params).toString()}`;
}

export const CODE_FLOW = {
  response_type: 'code',
  client_id: CLIENT_ID,
  redirect_uri: CALLBACK,
  scope: 'openid email',
  state: 'st4te',
};

export function formBody(fields: Record<string, string>): ObservedBody {
  return { kind: 'form', fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [v]])) };
}

export const FORM_HEADERS: HttpHeader[] = [
  { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
  { name: 'Accept', value: 'application/json' },
];

export function basicHeader(clientId: string, secret: string): HttpHeader {
  return { name: 'Authorization', value: `Basic ${btoa(`${clientId}:${secret}`)}` };
}

let sequence = 0;

/** One observed request; `requestId` defaults to a fresh one, `requestTime` to `T0 + at` seconds. */
export interface Hop extends Partial<ObservedSigninRequest> {
  url: string;
  at?: number;
}

export async function record(hop: Hop, customDomains: readonly string[] = []): Promise<SigninRecord> {
  sequence += 1;
  const { at = 0, ...observed } = hop;
  const result = await recordSigninRequest(
    {
      requestId: `r${sequence}`,
      tabId: 7,
      method: 'GET',
      requestTime: T0 + at * 1000,
      ...observed,
    },
    `hop-${sequence}`,
    customDomains,
    digest,
  );
  if (!result) throw new Error(`not a sign-in request: ${hop.url}`);
  return result;
}

export async function records(hops: readonly Hop[]): Promise<SigninRecord[]> {
  const list: SigninRecord[] = [];
  for (const hop of hops) list.push(await record(hop));
  return list;
}

export function client(overrides: Partial<AppClientConfig> = {}): AppClientConfig {
  return {
    userPoolId: POOL_ID,
    clientId: CLIENT_ID,
    callbackUrls: [CALLBACK, 'http://localhost:3000/callback'],
    logoutUrls: [`${APP}/`],
    allowedOAuthFlows: ['code'],
    allowedOAuthScopes: ['openid', 'email', 'profile'],
    oauthEnabled: true,
    supportedIdentityProviders: ['COGNITO'],
    explicitAuthFlows: [],
    hasSecret: false,
    ...overrides,
  };
}

/** Diagnoses the last failing hop of a tab's flow, as the popup does. */
export async function diagnoseFlow(
  hops: readonly Hop[],
  configuration: SigninConfiguration = { pools: [], clients: [] },
): Promise<SigninDiagnosis> {
  const list = await records(hops);
  const failing = list.filter((entry) => signinFailureOf(entry) !== undefined);
  const step = failing[failing.length - 1];
  const diagnosis = step && diagnoseSignin(step, list, configuration);
  if (!diagnosis) throw new Error('no failing step in this flow');
  return diagnosis;
}

/** An authorize request with this `redirect_uri`, redirected to Cognito's error page with `error`. */
export function errorPageHops(redirectUri: string, error: string): Hop[] {
  const target = `${DOMAIN}/error?error=${encodeURIComponent(error)}&client_id=${CLIENT_ID}`;
  return [
    {
      url: authorizeUrl({ ...CODE_FLOW, redirect_uri: redirectUri }),
      statusCode: 302,
      redirectUrl: target,
      requestId: 'nav',
    },
    { url: target, statusCode: 400, requestId: 'nav' },
  ];
}

/** A failed form POST exchanging `SECRETS.code`, without client credentials. */
export function tokenHop(extra: Partial<Hop> = {}): Hop {
  return {
    url: `${DOMAIN}/oauth2/token`,
    method: 'POST',
    statusCode: 400,
    requestHeaders: FORM_HEADERS,
    body: formBody({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      redirect_uri: CALLBACK,
      code: SECRETS.code,
    }),
    at: 10,
    ...extra,
  };
}
