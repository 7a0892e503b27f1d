import { describe, expect, test } from 'vitest';
import { SigninEventAssembler } from '../../../src/core/signin/signinEventAssembler';
import { correlateFlow } from '../../../src/core/signin/signinFlow';
import {
  addSigninRecord,
  EMPTY_SIGNIN_STATE,
  removeSigninTab,
  reviveSigninState,
  type SigninState,
  signinRecordsForTab,
  signinStepCounts,
  signinStepsForTab,
} from '../../../src/core/signin/signinStore';
import { authorizeUrl, CALLBACK, CODE_FLOW, DOMAIN, type Hop, record, SECRETS } from './signinFixtures';

const AUTHORIZE = authorizeUrl(CODE_FLOW);
const LOGIN = authorizeUrl(CODE_FLOW, '/login');
const ERROR = `${DOMAIN}/error?error=redirect_mismatch&client_id=x`;

describe('SigninEventAssembler', () => {
  test('a redirect chain gives one observation per hop, the redirects with their target', () => {
    const assembler = new SigninEventAssembler();
    const start = (url: string, timeStamp: number) =>
      assembler.start({
        requestId: '9',
        tabId: 3,
        url,
        method: 'GET',
        timeStamp,
        type: 'main_frame',
        initiator: 'https://app.example.com',
      });
    start(AUTHORIZE, 1000);
    assembler.headers({
      requestId: '9',
      url: AUTHORIZE,
      requestHeaders: [{ name: 'Accept', value: 'text/html' }],
    });
    expect(assembler.response({ requestId: '9', url: AUTHORIZE, statusCode: 302 })).toBeUndefined();
    const first = assembler.redirect({ requestId: '9', url: AUTHORIZE, statusCode: 302, redirectUrl: LOGIN });
    start(LOGIN, 1001);
    const second = assembler.redirect({ requestId: '9', url: LOGIN, statusCode: 302, redirectUrl: ERROR });
    start(ERROR, 1002);
    const third = assembler.response({ requestId: '9', url: ERROR, statusCode: 400 });

    expect(first).toEqual({
      id: '9.1-1000',
      observed: {
        requestId: '9',
        tabId: 3,
        url: AUTHORIZE,
        method: 'GET',
        requestTime: 1000,
        resourceType: 'main_frame',
        initiator: 'https://app.example.com',
        body: { kind: 'none' },
        requestHeaders: [{ name: 'Accept', value: 'text/html' }],
        statusCode: 302,
        redirectUrl: LOGIN,
      },
    });
    expect(second?.id).toBe('9.2-1001');
    expect(third).toMatchObject({ id: '9.3-1002', observed: { url: ERROR, statusCode: 400 } });
    expect(assembler.pendingCount).toBe(0);
  });

  test.each([
    [
      'form data',
      { formData: { grant_type: ['authorization_code'] } },
      'POST',
      { kind: 'form', fields: { grant_type: ['authorization_code'] } },
    ],
    [
      'a raw body (JSON)',
      { raw: [{ bytes: { byteLength: 40 } }, { bytes: { byteLength: 2 } }] },
      'POST',
      { kind: 'raw', bytes: 42 },
    ],
    ['no body on a GET', undefined, 'GET', { kind: 'none' }],
    ['no body reported on a POST', undefined, 'POST', undefined],
    ['a body Chrome could not read', { error: 'Unknown error.' }, 'POST', undefined],
  ])('the body: %s', (_name, requestBody, method, expected) => {
    const assembler = new SigninEventAssembler();
    assembler.start({
      requestId: '1',
      tabId: 1,
      url: `${DOMAIN}/oauth2/token`,
      method,
      timeStamp: 0,
      requestBody,
    });
    expect(
      assembler.response({ requestId: '1', url: `${DOMAIN}/oauth2/token`, statusCode: 400 })?.observed.body,
    ).toEqual(expected);
  });

  test('a response for another URL than the pending hop, or after a network error, gives nothing', () => {
    const assembler = new SigninEventAssembler();
    assembler.start({ requestId: '1', tabId: 1, url: AUTHORIZE, method: 'GET', timeStamp: 0 });
    expect(assembler.response({ requestId: '1', url: LOGIN, statusCode: 400 })).toBeUndefined();
    assembler.start({ requestId: '2', tabId: 1, url: AUTHORIZE, method: 'GET', timeStamp: 0 });
    assembler.forget('2');
    expect(assembler.response({ requestId: '2', url: AUTHORIZE, statusCode: 400 })).toBeUndefined();
  });

  test('pending requests are bounded in number and in age', () => {
    const assembler = new SigninEventAssembler({ maxPending: 3, maxAgeMs: 1000 });
    for (let i = 0; i < 10; i += 1)
      assembler.start({ requestId: `${i}`, tabId: 1, url: AUTHORIZE, method: 'GET', timeStamp: i });
    expect(assembler.pendingCount).toBe(3);
    assembler.start({ requestId: 'late', tabId: 1, url: AUTHORIZE, method: 'GET', timeStamp: 5000 });
    expect(assembler.pendingCount).toBe(1);
  });
});

describe('signin store', () => {
  const step = (at: number, tabId = 7): Hop => ({
    url: `${DOMAIN}/oauth2/token`,
    method: 'POST',
    statusCode: 400,
    at,
    tabId,
  });
  const context = (at: number, tabId = 7): Hop => ({
    url: AUTHORIZE,
    statusCode: 302,
    redirectUrl: `${CALLBACK}?code=${SECRETS.code}`,
    at,
    tabId,
  });

  async function fill(
    hops: Hop[],
    limits = { stepsPerTab: 3, contextPerTab: 2, total: 100 },
  ): Promise<SigninState> {
    let state = EMPTY_SIGNIN_STATE;
    for (const hop of hops) state = addSigninRecord(state, await record(hop), limits);
    return state;
  }

  test('steps and context are bounded per tab, separately; other requests are not kept', async () => {
    const state = await fill([
      context(0),
      step(1),
      context(2),
      context(3),
      step(4),
      step(5),
      step(6),
      { url: `${DOMAIN}/oauth2/userInfo`, statusCode: 200, at: 7 },
      step(8, 9),
    ]);
    expect(signinStepsForTab(state, 7)).toHaveLength(3);
    expect(signinRecordsForTab(state, 7).filter((entry) => entry.endpoint === 'authorize')).toHaveLength(2);
    expect(signinRecordsForTab(state, 7).some((entry) => entry.endpoint === 'userInfo')).toBe(false);
    expect(signinStepCounts(state)).toEqual(
      new Map([
        [7, 3],
        [9, 1],
      ]),
    );
    expect(signinStepCounts(removeSigninTab(state, 7))).toEqual(new Map([[9, 1]]));
  });

  test('records stored out of order are kept in request order, and the flow still finds its context', async () => {
    const [authorize, errorPage] = await Promise.all([
      record({ url: AUTHORIZE, statusCode: 302, redirectUrl: ERROR, requestId: 'nav', at: 1 }),
      record({ url: ERROR, statusCode: 400, requestId: 'nav', at: 2 }),
    ]);
    if (!authorize || !errorPage) throw new Error('not recorded');
    // The error page's record was digested first and stored before its context.
    const state = addSigninRecord(addSigninRecord(EMPTY_SIGNIN_STATE, errorPage), authorize);
    expect(state.records.map((entry) => entry.endpoint)).toEqual(['authorize', 'error']);
    expect(correlateFlow(errorPage, [errorPage, authorize]).chain.map((hop) => hop.id)).toEqual([
      authorize.id,
    ]);
  });

  test('steps are listed newest first', async () => {
    const state = await fill([step(1), step(2)]);
    const [newest, oldest] = signinStepsForTab(state, 7);
    expect((newest?.requestTime ?? 0) > (oldest?.requestTime ?? 0)).toBe(true);
  });

  test('revive keeps well-formed records only', async () => {
    const state = await fill([step(1)]);
    const stored = JSON.parse(JSON.stringify(state));
    expect(reviveSigninState(stored)).toEqual(state);
    expect(reviveSigninState({ records: [{ id: 'x' }, null, 3, ...stored.records] })).toEqual(state);
    expect(reviveSigninState('nonsense')).toEqual(EMPTY_SIGNIN_STATE);
    expect(reviveSigninState({ records: 'no' })).toEqual(EMPTY_SIGNIN_STATE);
  });
});
