import { beforeAll, describe, expect, test } from 'vitest';
import type { CallConfiguration } from '../../../src/core/config/model';
import { CHECK_CODES, CHECK_IDS } from '../../../src/core/diagnosis/checks';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import type { CheckResult, DiagnosisInput } from '../../../src/core/diagnosis/types';
import { en } from '../../../src/core/i18n/en';
import { claimExplanation, renderCheck, renderHeadline, renderTemplate } from '../../../src/core/i18n/render';
import { sampleDiagnosisInputs } from './sampleDiagnoses';
import {
  API_HOST,
  accessClaims,
  createTestKey,
  httpApi401,
  ISS,
  idClaims,
  makeCall,
  POOL_ID,
  REQUEST_S,
  resultOf,
  signToken,
  type TestKey,
} from './tokenFactory';

let key: TestKey;
beforeAll(async () => {
  key = await createTestKey('id-key-1');
});
const token = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
  signToken(key, claims, header);
const sameOrigin = `https://${API_HOST}`;
const config = (overrides: CallConfiguration = {}): CallConfiguration => ({
  authorizerKind: 'cognito',
  userPoolIds: [POOL_ID],
  methodScopes: [],
  ...overrides,
});
const verified = { kind: 'verified', iss: ISS, kid: 'id-key-1' } as const;

describe('headline', () => {
  test.each<[string, () => Promise<DiagnosisInput>, string | undefined, string]>([
    [
      'expired',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims({ exp: REQUEST_S - 720 })),
          initiator: sameOrigin,
        }),
        config: config(),
        signature: verified,
      }),
      'token.expiry',
      'The token expired 12 minutes before this request.',
    ],
    [
      'access token on a method without scopes',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()), initiator: sameOrigin }),
        config: config(),
        signature: verified,
      }),
      'token.use',
      'This is an access token; a method without OAuth scopes accepts only ID tokens.',
    ],
    [
      'preflight',
      async () => ({ call: makeCall({ method: 'OPTIONS', authorization: null }) }),
      'preflight',
      'The browser sent a CORS preflight and the authorizer rejected it.',
    ],
    [
      'missing scope with configuration',
      async () => ({
        call: makeCall({ authorization: await token(accessClaims()), initiator: sameOrigin }),
        config: config({ methodScopes: ['orders/read'] }),
        signature: verified,
      }),
      'token.scope',
      'This method requires scope `orders/read`; the access token carries only `aws.cognito.signin.user.admin`.',
    ],
    [
      'a later fail beats an earlier warn',
      async () => ({
        call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S - 7200 })) }),
        config: config(),
      }),
      'token.expiry',
      'The token expired 2 hours before this request.',
    ],
    [
      'only a warning',
      async () => ({
        call: makeCall({
          authorization: await token(idClaims({ exp: REQUEST_S + 30 })),
          initiator: sameOrigin,
        }),
        config: config(),
        signature: verified,
      }),
      'token.expiry',
      'The token was about to expire: only 30 seconds left when the request was sent.',
    ],
    [
      'the first warn in order',
      async () => ({ call: makeCall({ authorization: await token(accessClaims()) }) }),
      'cors',
      'The 401 has no CORS headers, so the app sees a CORS error instead of the 401.',
    ],
    [
      'Bearer undefined',
      async () => ({ call: makeCall({ authorization: 'Bearer undefined', initiator: sameOrigin }) }),
      'header.format',
      'The app sent `undefined` instead of a token.',
    ],
    [
      'nothing wrong',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()), initiator: sameOrigin }),
        config: config(),
        signature: verified,
      }),
      undefined,
      // Configuration known, no Lambda authorizer: what is not known is the gateway's reason.
      'No check found the cause. The gateway gave no reason. Work through the manual checks below.',
    ],
    [
      'nothing wrong, nothing configured',
      async () => ({
        call: makeCall({ authorization: await token(idClaims()), initiator: sameOrigin }),
        signature: verified,
      }),
      undefined,
      'No check found the cause. No configuration is known for this API. The gateway gave no reason. Work through the manual checks below.',
    ],
    [
      'a wrong stage',
      async () => ({
        call: makeCall({
          statusCode: 403,
          path: '/dev/orders',
          initiator: sameOrigin,
          responseHeaders: [{ name: 'x-amzn-ErrorType', value: 'MissingAuthenticationTokenException' }],
        }),
        config: { stages: ['prod', 'staging'] },
      }),
      'route',
      'The URL names the stage `dev`, which the API does not have (its stages: prod, staging).',
    ],
  ])('%s', async (_name, build, headlineId, sentence) => {
    const diagnosis = diagnose(await build());
    expect(diagnosis.headline?.id).toBe(headlineId);
    expect(renderHeadline(diagnosis, en).text).toBe(sentence);
  });
});

describe('catalog', () => {
  test('has a title and an explanation for every code of every check, in CHECKS.md order', () => {
    expect(Object.keys(en.checks)).toEqual(CHECK_IDS);
    for (const id of CHECK_IDS) {
      expect(Object.keys(en.checks[id]).sort()).toEqual([...CHECK_CODES[id]].sort());
      for (const entry of Object.values(en.checks[id]) as Array<{ title: string; explanation: string }>) {
        expect(entry.title.length).toBeGreaterThan(3);
        expect(entry.explanation.length).toBeGreaterThan(3);
        expect(entry.title).not.toContain('\n');
      }
    }
  });

  test.each([
    [0, '0 seconds', 'at the time of the request'],
    [45, '45 seconds', '45 s after the request'],
    [-720, '12 minutes', '12 min before the request'],
    [10_800, '3 hours', '3 h after the request'],
    [-5_400, '1 hour 30 minutes', '1 h 30 min before the request'],
    [90_061, '1 day 1 hour', '1 d 1 h after the request'],
  ])('%d s: "%s", "%s"', (seconds, duration, relative) => {
    expect(en.duration(seconds)).toBe(duration);
    expect(en.relative(seconds)).toBe(relative);
  });

  test('templates: code spans, optional sections and flags', () => {
    const template = 'Need {required:code}[[?only|, only {have:code}]][[!only|, none]][[ at {at:time}]].';
    expect(renderTemplate(template, { required: ['a/b', 'c'], only: true, have: ['x'] }, en)).toEqual({
      text: 'Need `a/b`, `c`, only `x`.',
      segments: [
        { kind: 'text', text: 'Need ' },
        { kind: 'code', text: 'a/b' },
        { kind: 'text', text: ', ' },
        { kind: 'code', text: 'c' },
        { kind: 'text', text: ', only ' },
        { kind: 'code', text: 'x' },
        { kind: 'text', text: '.' },
      ],
    });
    expect(renderTemplate(template, { required: [], only: false, at: 0 }, en).text).toBe(
      'Need none, none at 1970-01-01T00:00:00.000Z.',
    );
  });

  test('attacker-controlled values are never read as template syntax', () => {
    const nasty = '{exp:time}[[?x|`<img src=x onerror=alert(1)>`]]';
    const rendered = renderTemplate('Signed with {alg:code}.', { alg: nasty, exp: 0, x: true }, en);
    expect(rendered.segments).toEqual([
      { kind: 'text', text: 'Signed with ' },
      { kind: 'code', text: nasty },
      { kind: 'text', text: '.' },
    ]);
  });
});

describe('renderCheck', () => {
  test('a token check capped by a Lambda authorizer says the function decides', () => {
    const rendered = renderCheck(
      {
        id: 'token.alg',
        status: 'warn',
        code: 'other',
        params: { alg: 'HS256', lambdaDecides: true },
        commands: [],
        links: [],
      },
      en,
    );
    expect(rendered.explanation.text).toMatch(
      /A Lambda authorizer decides for itself, so this is a hint, not the verdict\.$/,
    );
  });

  async function allResults(): Promise<CheckResult[]> {
    return (await sampleDiagnosisInputs(key)).flatMap((input) => diagnose(input).checks);
  }

  test('every rendered text is complete: no leftover placeholder, no "undefined", no NaN', async () => {
    for (const result of await allResults()) {
      const rendered = renderCheck(result, en);
      for (const part of [rendered.title, rendered.explanation, rendered.fix]) {
        // Code segments quote the request (a header can say `undefined`); the words around them must not.
        const text = part.segments
          .map((segment) => (segment.kind === 'text' ? segment.text : '<code>'))
          .join('');
        expect(text, `${result.id}/${result.code}`).not.toMatch(
          /\{[A-Za-z]+(:[a-z]+)?\}|\[\[|\]\]|undefined|NaN/,
        );
        expect(text, `${result.id}/${result.code}`).not.toContain(' unknown');
      }
    }
  });

  test('gives labelled commands and documentation links', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(accessClaims()) }),
      config: config(),
    });
    const rendered = renderCheck(resultOf(diagnosis, 'token.use'), en);
    expect(rendered).toMatchObject({
      id: 'token.use',
      status: 'fail',
      statusLabel: 'fail',
      title: { text: 'Access token sent to a method that takes only ID tokens' },
      commands: [
        {
          label: "Show one method's authorization and scopes",
          text: 'aws apigateway get-method --rest-api-id a1b2c3d4e5 --resource-id <resource-id> --http-method GET --region eu-west-1',
        },
      ],
      links: [
        {
          title: 'Control access to REST APIs using Amazon Cognito user pools as an authorizer',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html',
        },
        {
          title: 'Why do I get 401 Unauthorized from a Cognito user pool authorizer?',
          url: 'https://repost.aws/knowledge-center/api-gateway-cognito-401-unauthorized',
        },
      ],
    });
  });

  test('shows the HTTP API error_description verbatim', async () => {
    const diagnosis = diagnose({
      call: makeCall({
        authorization: await token(idClaims()),
        responseHeaders: httpApi401(
          'Bearer scope="" error="invalid_token" error_description="the token has expired"',
        ),
      }),
    });
    const rendered = renderCheck(resultOf(diagnosis, 'source'), en);
    expect(rendered.title.text).toBe('The HTTP API JWT authorizer rejected the token: the token has expired');
    expect(rendered.explanation.segments).toContainEqual({ kind: 'code', text: 'the token has expired' });
  });

  test('expiry explanation shows exp, iat and auth_time in UTC and relative to the request', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S - 720 })) }),
    });
    expect(renderCheck(resultOf(diagnosis, 'token.expiry'), en).explanation.text).toBe(
      'The token expired at 2026-11-20T11:48:00.000Z (12 min before the request). It was issued at 2026-11-20T11:30:00.000Z (30 min before the request). The user signed in at 2026-11-20T10:00:00.000Z (2 h before the request). Cognito tokens are self-contained: the app must refresh them before `exp`.',
    );
  });

  test('an internal error renders without details', () => {
    const rendered = renderCheck(
      { id: 'cors', status: 'skip', code: 'internal-error', params: {}, commands: [], links: [] },
      en,
    );
    expect(rendered.title.text).toBe('This check could not run');
  });
});

describe('token view', () => {
  test('claims keep their raw values and gain human forms', async () => {
    const raw = await token(idClaims({ 'custom:tenant': 'acme', big: 12345 }));
    // A number JSON.parse would round: spliced into the payload text by hand.
    const [header, , signature] = raw.split('.');
    const payloadText = JSON.stringify(idClaims({ 'custom:tenant': 'acme' })).replace(
      '{',
      '{"big":123456789012345678901,',
    );
    const value = `${header}.${Buffer.from(payloadText).toString('base64url')}.${signature}`;
    const diagnosis = diagnose({ call: makeCall({ authorization: value }) });
    const claims = Object.fromEntries((diagnosis.token?.claims ?? []).map((claim) => [claim.name, claim]));
    expect(claims.big?.raw).toBe('123456789012345678901');
    expect(claims['cognito:groups']?.raw).toBe('["admins","staff"]');
    expect(claims.email_verified?.raw).toBe('true');
    // The view is data; what a claim means and how far from the request it lies are words, looked up where shown.
    expect(claims['cognito:username']).toEqual({ name: 'cognito:username', raw: 'alice' });
    expect(claimExplanation(en, 'payload', 'cognito:username')).toBe('The user name in the user pool.');
    expect(claims.exp).toEqual({
      name: 'exp',
      raw: String(REQUEST_S + 1800),
      time: {
        epochSeconds: REQUEST_S + 1800,
        iso: '2026-11-20T12:30:00.000Z',
        secondsFromRequest: 1800,
      },
    });
    expect(en.relative(claims.exp?.time?.secondsFromRequest ?? Number.NaN)).toBe('30 min after the request');
    expect(claimExplanation(en, 'payload', 'exp')).toBe(
      'Expiry time: the token is rejected from this moment on.',
    );
    expect(en.relative(claims.auth_time?.time?.secondsFromRequest ?? Number.NaN)).toBe(
      '2 h before the request',
    );
    expect(claimExplanation(en, 'payload', 'custom:tenant')).toBe(
      'A custom user-pool attribute (always a string).',
    );
    expect(claimExplanation(en, 'payload', 'token_use')).toContain('Token type');
    expect(claimExplanation(en, 'payload', 'big')).toBeUndefined();
    expect(claimExplanation(en, 'header', 'kid')).toBe(en.headerFields.kid);
    expect(claimExplanation(en, 'header', 'exp')).toBeUndefined();
    expect(diagnosis.token?.headerClaims.map((claim) => [claim.name, claim.raw])).toEqual([
      ['kid', 'id-key-1'],
      ['alg', 'RS256'],
    ]);
    expect(diagnosis.token?.cleaned).toBe(false);
    expect(JSON.stringify(diagnosis)).not.toContain(signature);
  });
});
