import { beforeAll, describe, expect, test } from 'vitest';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import { firstScreen } from '../../../src/core/diagnosis/firstScreen';
import type { SignatureVerdict } from '../../../src/core/diagnosis/types';
import { en } from '../../../src/core/i18n/en';
import { ja } from '../../../src/core/i18n/ja';
import { causeWords, renderHeadline, renderHeadlineFix } from '../../../src/core/i18n/render';
import {
  API_HOST,
  createTestKey,
  httpApi401,
  ISS,
  idClaims,
  makeCall,
  POOL_ID,
  REQUEST_S,
  signToken,
  type TestKey,
} from './tokenFactory';

let key: TestKey;
beforeAll(async () => {
  key = await createTestKey('id-key-1');
});
const token = (claims: Record<string, unknown>) => signToken(key, claims);
const verified: SignatureVerdict = { kind: 'verified', iss: ISS, kid: 'id-key-1' };
const sameOrigin = `https://${API_HOST}`;

describe('firstScreen', () => {
  test('an expired token: headline, its command, failing checks surfaced, the rest counted', async () => {
    const diagnosis = diagnose({
      call: makeCall({
        authorization: await token(idClaims({ exp: REQUEST_S - 720 })),
        initiator: sameOrigin,
      }),
      signature: verified,
    });
    const screen = firstScreen(diagnosis);
    expect(screen.headline?.id).toBe('token.expiry');
    expect(screen.surfaced.map((result) => result.id)).toEqual(['token.expiry']);
    const { passed, notApplicable, informational } = screen.folded;
    expect(passed + notApplicable + informational + screen.surfaced.length).toBe(diagnosis.checks.length);
    expect(passed).toBe(diagnosis.checks.filter((result) => result.status === 'pass').length);
    expect(notApplicable).toBe(diagnosis.checks.filter((result) => result.status === 'skip').length);
  });

  test('surfaced checks keep contract order, failures and warnings alike', async () => {
    const diagnosis = diagnose({
      // Cross-origin without Access-Control-Allow-Origin (cors warns) and an expired token.
      call: makeCall({ authorization: await token(idClaims({ exp: REQUEST_S - 60 })) }),
    });
    const screen = firstScreen(diagnosis);
    expect(screen.surfaced.map((result) => [result.id, result.status])).toEqual([
      ['cors', 'warn'],
      ['token.expiry', 'fail'],
    ]);
    expect(screen.headline?.id).toBe('token.expiry');
  });

  test("the action is the headline check's first command", () => {
    const diagnosis = diagnose({
      call: makeCall({ method: 'OPTIONS', authorization: null, initiator: sameOrigin }),
    });
    const screen = firstScreen(diagnosis);
    expect(screen.headline?.id).toBe('preflight');
    expect(screen.action).toEqual({ kind: 'command', command: screen.headline?.commands[0] });
  });

  test('a headline without a command borrows one from the next surfaced check, or offers none', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: 'Bearer undefined', initiator: sameOrigin }),
    });
    const screen = firstScreen(diagnosis);
    expect(screen.headline?.id).toBe('header.format');
    const withCommand = screen.surfaced.find((result) => result.commands.length > 0);
    expect(screen.action).toEqual(
      withCommand === undefined ? undefined : { kind: 'command', command: withCommand.commands[0] },
    );
  });

  test('nothing decided, no configuration: configuring the API is the action', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims()), initiator: sameOrigin }),
      signature: verified,
    });
    const screen = firstScreen(diagnosis);
    expect(screen.headline).toBeUndefined();
    expect(screen.surfaced).toEqual([]);
    expect(screen.action).toEqual({ kind: 'configure' });
  });

  test('nothing decided, configured: testing the authorizer is the action', async () => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims()), initiator: sameOrigin }),
      config: { authorizerKind: 'cognito', userPoolIds: [POOL_ID], methodScopes: [], authorizerId: 'abc123' },
      signature: verified,
    });
    const screen = firstScreen(diagnosis);
    expect(screen.headline).toBeUndefined();
    expect(screen.action).toMatchObject({ kind: 'command', command: { kind: 'test-invoke-authorizer' } });
  });
});

describe('headline words when nothing decides (CHECKS.md "No cause found")', () => {
  test('says what is unknown and what would decide it, with the gateway reason', async () => {
    const diagnosis = diagnose({
      call: makeCall({
        authorization: `Bearer ${await token(idClaims())}`,
        initiator: sameOrigin,
        responseHeaders: httpApi401('Bearer error="invalid_token" error_description="odd reason"'),
      }),
      signature: verified,
    });
    expect(renderHeadline(diagnosis, en).text).toBe(
      "Not decided: without this API's configuration, its scopes and audiences cannot be checked (API Gateway said `odd reason`).",
    );
    expect(renderHeadlineFix(diagnosis, en).text).toContain(
      "Import this API's configuration to check scopes and audiences",
    );
    expect(renderHeadlineFix(diagnosis, ja).text).toContain('この API の設定をインポート');
  });

  test("a decided headline's fix is its check's fix", async () => {
    const diagnosis = diagnose({
      call: makeCall({
        authorization: await token(idClaims({ exp: REQUEST_S - 720 })),
        initiator: sameOrigin,
      }),
    });
    expect(renderHeadlineFix(diagnosis, en).text).toBe(
      "Refresh the token before calling (Amplify's `fetchAuthSession()`, or the refresh-token flow), and refresh it again when a call answers 401.",
    );
  });
});

describe('causeWords: a call in a few words', () => {
  test.each([
    ['expired', { exp: REQUEST_S - 720 }, 'expired token', '期限切れのトークン'],
    ['about to expire', { exp: REQUEST_S + 20 }, 'token about to expire', '期限切れ間近のトークン'],
    ['wrong token type', { token_use: 'refresh' }, 'wrong token type', 'トークンの種類'],
  ])('%s', async (_name, claims, english, japanese) => {
    const diagnosis = diagnose({
      call: makeCall({ authorization: await token(idClaims(claims)), initiator: sameOrigin }),
      signature: verified,
    });
    expect(causeWords(diagnosis, en)).toBe(english);
    expect(causeWords(diagnosis, ja)).toBe(japanese);
  });

  test('no header, a header with no token, and nothing decided', () => {
    const none = diagnose({ call: makeCall({ authorization: null, initiator: sameOrigin }) });
    expect(causeWords(none, en)).toBe('no token sent');
    const undecided = diagnose({ call: makeCall({ headersMissing: true, initiator: sameOrigin }) });
    expect(undecided.headline).toBeUndefined();
    expect(causeWords(undecided, en)).toBe('cause not decided');
  });
});

describe('ago', () => {
  test.each([
    [3, 'just now', 'たった今'],
    [42, '42 s ago', '42 秒前'],
    [150, '2 min ago', '2 分前'],
    [7300, '2 h ago', '2 時間前'],
    [200_000, '2 d ago', '2 日前'],
  ])('%d s', (seconds, english, japanese) => {
    expect(en.ago(seconds)).toBe(english);
    expect(ja.ago(seconds)).toBe(japanese);
  });
});
