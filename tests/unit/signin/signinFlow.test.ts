import { describe, expect, test } from 'vitest';
import {
  authorizeParam,
  correlateFlow,
  isFlowContext,
  signinFailureOf,
} from '../../../src/core/signin/signinFlow';
import {
  authorizeUrl,
  CALLBACK,
  CLIENT_ID,
  CODE_FLOW,
  DOMAIN,
  FORM_HEADERS,
  formBody,
  type Hop,
  record,
  records,
  SECRETS,
} from './signinFixtures';

const token = (code: string, extra: Partial<Hop> = {}): Hop => ({
  url: `${DOMAIN}/oauth2/token`,
  method: 'POST',
  statusCode: 400,
  requestHeaders: FORM_HEADERS,
  body: formBody({ grant_type: 'authorization_code', client_id: CLIENT_ID, redirect_uri: CALLBACK, code }),
  at: 5,
  ...extra,
});

const issue = (code: string, at = 0, params = CODE_FLOW, extra: Partial<Hop> = {}): Hop => ({
  url: authorizeUrl(params),
  statusCode: 302,
  redirectUrl: `${CALLBACK}?code=${code}`,
  at,
  ...extra,
});

describe('signinFailureOf', () => {
  test.each<[string, Hop, string | undefined]>([
    ['error page', { url: `${DOMAIN}/error?error=x`, statusCode: 400 }, 'error-page'],
    [
      'authorize redirected to the error page',
      { url: authorizeUrl(CODE_FLOW), statusCode: 302, redirectUrl: `${DOMAIN}/error?error=x` },
      undefined,
    ],
    ['authorize redirected to the app with a code', issue(SECRETS.code), undefined],
    [
      'authorize redirected to the login page',
      { url: authorizeUrl(CODE_FLOW), statusCode: 302, redirectUrl: `${DOMAIN}/login` },
      undefined,
    ],
    [
      'authorize redirected to the app with error=',
      { url: authorizeUrl(CODE_FLOW), statusCode: 302, redirectUrl: `${CALLBACK}?error=access_denied` },
      'error-redirect',
    ],
    [
      'login redirected to the app with only error_description',
      { url: `${DOMAIN}/login`, statusCode: 302, redirectUrl: `${CALLBACK}#error_description=x` },
      'error-redirect',
    ],
    ['login page 200', { url: `${DOMAIN}/login`, statusCode: 200 }, undefined],
    ['login page 401', { url: `${DOMAIN}/login`, statusCode: 401 }, 'page-error'],
    ['logout 400', { url: `${DOMAIN}/logout`, statusCode: 400 }, 'page-error'],
    ['token 200', token(SECRETS.code, { statusCode: 200 }), undefined],
    ['token 400', token(SECRETS.code), 'token-error'],
    ['token 405', token(SECRETS.code, { statusCode: 405 }), 'token-error'],
    ['token 500', token(SECRETS.code, { statusCode: 500 }), undefined],
    ['revoke 400', { url: `${DOMAIN}/oauth2/revoke`, method: 'POST', statusCode: 400 }, 'revoke-error'],
    ['userInfo 401', { url: `${DOMAIN}/oauth2/userInfo`, statusCode: 401 }, 'userinfo-error'],
    ['userInfo 200', { url: `${DOMAIN}/oauth2/userInfo`, statusCode: 200 }, undefined],
    [
      'openid-configuration',
      { url: `${DOMAIN}/.well-known/openid-configuration`, statusCode: 404 },
      'discovery',
    ],
    ['jwks.json', { url: `${DOMAIN}/.well-known/jwks.json` }, 'discovery'],
    [
      'idpresponse',
      { url: `${DOMAIN}/oauth2/idpresponse?state=s`, statusCode: 302, redirectUrl: `${CALLBACK}?code=x` },
      undefined,
    ],
  ])('%s', async (_name, hop, failure) => {
    expect(signinFailureOf(await record(hop))).toBe(failure);
  });

  test.each<[Hop, boolean]>([
    [issue(SECRETS.code), true],
    [{ url: `${DOMAIN}/login`, statusCode: 200 }, true],
    [token(SECRETS.code, { statusCode: 200 }), true],
    [{ url: `${DOMAIN}/oauth2/idpresponse`, statusCode: 302 }, true],
    [{ url: `${DOMAIN}/oauth2/userInfo`, statusCode: 200 }, false],
    [{ url: `${DOMAIN}/logout`, statusCode: 302 }, false],
  ])('flow context: %j', async (hop, expected) => {
    expect(isFlowContext(await record(hop))).toBe(expected);
  });
});

describe('correlateFlow', () => {
  test('the token request is tied to the authorize redirect that issued its code', async () => {
    const list = await records([
      issue(SECRETS.otherCode, 0, { ...CODE_FLOW, redirect_uri: 'https://elsewhere.example/cb' }),
      issue(SECRETS.code, 1),
      issue(SECRETS.otherCode, 2, { ...CODE_FLOW, redirect_uri: 'https://later.example/cb' }),
      token(SECRETS.code, { at: 4 }),
    ]);
    const step = list[3];
    if (!step) throw new Error('no step');
    const flow = correlateFlow(step, list);
    expect(flow.authorizeBasis).toBe('issued-code');
    expect(flow.codeIssuer?.id).toBe(list[1]?.id);
    expect(flow.codeAgeMs).toBe(3000);
    expect(authorizeParam(flow, 'redirect_uri')).toBe(CALLBACK);
    expect(flow.earlierCodeUse).toBeUndefined();
  });

  test('the same code sent twice: the earlier token request is found by the digest', async () => {
    const list = await records([
      issue(SECRETS.code),
      token(SECRETS.otherCode, { at: 1 }),
      token(SECRETS.code, { at: 2, statusCode: 200 }),
      token(SECRETS.code, { at: 2.05 }),
    ]);
    const step = list[3];
    if (!step) throw new Error('no step');
    const flow = correlateFlow(step, list);
    expect(flow.earlierCodeUse?.id).toBe(list[2]?.id);
  });

  test('the code is issued by a POST to the login page: its query carries the app parameters', async () => {
    const list = await records([
      {
        url: authorizeUrl(CODE_FLOW),
        statusCode: 302,
        redirectUrl: authorizeUrl(CODE_FLOW, '/login'),
        requestId: 'nav',
      },
      { url: authorizeUrl(CODE_FLOW, '/login'), statusCode: 200, requestId: 'nav' },
      {
        url: authorizeUrl(CODE_FLOW, '/login'),
        method: 'POST',
        statusCode: 302,
        body: formBody({ username: 'ana', password: SECRETS.password }),
        redirectUrl: `${CALLBACK}?code=${SECRETS.code}`,
        at: 30,
      },
      token(SECRETS.code, { at: 31 }),
    ]);
    const step = list[3];
    if (!step) throw new Error('no step');
    const flow = correlateFlow(step, list);
    expect(flow.codeIssuer?.id).toBe(list[2]?.id);
    expect(flow.codeAgeMs).toBe(1000);
    expect(authorizeParam(flow, 'scope')).toBe('openid email');
  });

  test("the error page's context is the redirect chain that led to it", async () => {
    const list = await records([
      issue(SECRETS.code, 0, { ...CODE_FLOW, redirect_uri: 'https://other.example/cb' }),
      {
        url: authorizeUrl(CODE_FLOW),
        statusCode: 302,
        redirectUrl: authorizeUrl(CODE_FLOW, '/login'),
        requestId: 'n1',
        at: 1,
      },
      {
        url: authorizeUrl(CODE_FLOW, '/login'),
        statusCode: 302,
        redirectUrl: `${DOMAIN}/error?error=x`,
        requestId: 'n1',
        at: 1,
      },
      { url: `${DOMAIN}/error?error=x`, statusCode: 400, requestId: 'n1', at: 1 },
    ]);
    const step = list[3];
    if (!step) throw new Error('no step');
    const flow = correlateFlow(step, list);
    expect(flow.chain.map((hop) => hop.endpoint)).toEqual(['authorize', 'login']);
    expect(flow.authorizeBasis).toBe('chain');
    expect(authorizeParam(flow, 'redirect_uri')).toBe(CALLBACK);
  });

  test('a token request whose code was not seen issued falls back to the latest authorize of its client', async () => {
    const list = await records([
      {
        url: authorizeUrl({ ...CODE_FLOW, redirect_uri: 'https://first.example/cb' }),
        statusCode: 302,
        redirectUrl: `${DOMAIN}/login`,
        at: 0,
      },
      {
        url: authorizeUrl({ ...CODE_FLOW, client_id: 'another' }),
        statusCode: 302,
        redirectUrl: `${DOMAIN}/login`,
        at: 1,
      },
      token(SECRETS.code, { at: 2 }),
    ]);
    const step = list[2];
    if (!step) throw new Error('no step');
    const flow = correlateFlow(step, list);
    expect(flow.authorizeBasis).toBe('same-client');
    expect(authorizeParam(flow, 'redirect_uri')).toBe('https://first.example/cb');
    expect(flow.codeIssuer).toBeUndefined();
  });

  test('userInfo is tied to the latest authorize of the tab, whatever the client', async () => {
    const list = await records([
      issue(SECRETS.code, 0, { ...CODE_FLOW, scope: 'openid' }),
      { url: `${DOMAIN}/oauth2/userInfo`, statusCode: 401, at: 2 },
    ]);
    const step = list[1];
    if (!step) throw new Error('no step');
    expect(correlateFlow(step, list).authorizeBasis).toBe('latest');
  });

  test('requests of other tabs and later requests are not part of the flow', async () => {
    const list = await records([
      issue(SECRETS.code, 0, CODE_FLOW, { tabId: 8 }),
      token(SECRETS.code, { at: 1, tabId: 8, statusCode: 200 }),
      token(SECRETS.code, { at: 2 }),
      token(SECRETS.code, { at: 3, statusCode: 200 }),
    ]);
    const step = list[2];
    if (!step) throw new Error('no step');
    const flow = correlateFlow(step, list);
    expect(flow).toEqual({ chain: [], authorize: [] });
  });
});
