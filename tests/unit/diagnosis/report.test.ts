import { beforeAll, describe, expect, test } from 'vitest';
import type { CallConfiguration } from '../../../src/core/config/model';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import { redactJwts } from '../../../src/core/diagnosis/redact';
import { buildMarkdownReport } from '../../../src/core/diagnosis/report';
import { en } from '../../../src/core/i18n/en';
import type { CallOptions } from './tokenFactory';
import {
  accessClaims,
  createTestKey,
  ISS,
  idClaims,
  makeCall,
  REQUEST_S,
  signToken,
  type TestKey,
} from './tokenFactory';

const SIGV4 = 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/x, Signature=deadbeefcafe';
let key: TestKey;
let token: string;
beforeAll(async () => {
  key = await createTestKey('id-key-1');
  token = await signToken(key, accessClaims({ exp: REQUEST_S - 720 }));
});

function report(options: CallOptions, config?: CallConfiguration) {
  const call = makeCall(options);
  return buildMarkdownReport(call, diagnose({ call, config }), en, 'full');
}

/** Table rows must keep their column count whatever the cells hold. */
function cellCount(row: string): number {
  return row.replace(/\\\|/g, '').split('|').length - 2;
}

describe('buildMarkdownReport never leaks the credential', () => {
  test.each<[string, (t: string) => CallOptions, (t: string) => string]>([
    [
      'Bearer token',
      (t) => ({ authorization: `Bearer ${t}` }),
      (t) => `Bearer ${t.split('.').slice(0, 2).join('.')}.<signature removed>`,
    ],
    [
      'raw token',
      (t) => ({ authorization: t }),
      (t) => `${t.split('.').slice(0, 2).join('.')}.<signature removed>`,
    ],
    [
      'quoted token',
      (t) => ({ authorization: `"${t}"` }),
      (t) => `${t.split('.').slice(0, 2).join('.')}.<signature removed>`,
    ],
    [
      'token with a space inside',
      (t) => ({ authorization: `Bearer ${t.slice(0, 30)} ${t.slice(30)}` }),
      (t) => `Bearer ${t.split('.').slice(0, 2).join('.')}.<signature removed>`,
    ],
    [
      'token in another header',
      (t) => ({ authorization: null, extraRequestHeaders: [{ name: 'x-auth', value: t }] }),
      (t) => `${t.split('.').slice(0, 2).join('.')}.<signature removed>`,
    ],
    [
      'token in the query string',
      () => ({ authorization: null, path: `/prod/orders?id_token=${token}&page=2` }),
      () => 'id_token=<removed',
    ],
    [
      'undecodable value',
      (t) => ({ authorization: `Bearer ${t.replace(/\./g, '!')}` }),
      (t) => `Bearer <removed, ${t.length + 7} characters>`,
    ],
    [
      'SigV4',
      () => ({ authorization: SIGV4 }),
      () => `AWS4-HMAC-SHA256 <removed, ${SIGV4.length} characters>`,
    ],
    [
      'Basic',
      () => ({ authorization: 'Basic dXNlcjpwYXNzd29yZA==' }),
      () => 'Basic <removed, 26 characters>',
    ],
  ])('%s', (_name, options, expected) => {
    const markdown = report(options(token));
    const signature = token.split('.')[2] ?? '';
    expect(markdown).not.toContain(token);
    expect(markdown).not.toContain(signature);
    expect(markdown).not.toContain(signature.slice(0, 40));
    expect(markdown).not.toContain('deadbeefcafe');
    expect(markdown).not.toContain('dXNlcjpwYXNzd29yZA');
    expect(markdown).toContain(expected(token));
  });

  test('placeholders are the finding and are kept', () => {
    expect(report({ authorization: 'Bearer undefined' })).toContain(
      '| `authorization` | `Bearer undefined` |',
    );
  });

  test('cookies and other credentials are masked', () => {
    const markdown = report({
      authorization: token,
      extraRequestHeaders: [
        { name: 'Cookie', value: 'session=s3cr3t; theme=dark' },
        { name: 'x-api-key', value: 'k3y-value' },
        { name: 'X-CSRF-Token', value: 'csrf-value' },
      ],
      responseHeaders: [{ name: 'set-cookie', value: 'session=s3cr3t2' }],
    });
    expect(markdown).toContain('| `Cookie` | `<removed, 26 characters>` |');
    expect(markdown).toContain('| `x-api-key` | `<removed, 9 characters>` |');
    expect(markdown).toContain('| `set-cookie` | `<removed, 15 characters>` |');
    expect(markdown).not.toMatch(/s3cr3t|k3y-value|csrf-value/);
  });
});

describe('buildMarkdownReport content', () => {
  test('request line, status, headers, claims and checks with commands', () => {
    const markdown = report(
      { authorization: `Bearer ${token}` },
      { authorizerKind: 'cognito', methodScopes: [] },
    );
    expect(markdown).toContain('**Most likely cause:** The token expired 12 minutes before this request.');
    expect(markdown).toContain('`GET https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders`');
    expect(markdown).toContain('- Status: `HTTP/1.1 401`');
    expect(markdown).toContain('- Sent: 2026-11-20T12:00:00.000Z');
    expect(markdown).toContain('| `x-amzn-errortype` | `UnauthorizedException` |');
    expect(markdown).toContain(
      `| \`exp\` | \`${REQUEST_S - 720}\` (2026-11-20T11:48:00.000Z, 12 min before the request) | Expiry time: the token is rejected from this moment on. |`,
    );
    expect(markdown).toContain('### `token.expiry`: fail: Expired 12 minutes before the request');
    expect(markdown).toContain(
      '```sh\naws apigateway create-deployment --rest-api-id a1b2c3d4e5 --stage-name prod --region eu-west-1\n```',
    );
    expect(markdown).toContain(
      '[Why do I get 401 Unauthorized from a Cognito user pool authorizer?](https://repost.aws/knowledge-center/api-gateway-cognito-401-unauthorized)',
    );
  });

  test('escapes attacker-controlled text: backticks and pipes in table cells, Markdown in prose', async () => {
    const hostile = await signToken(
      key,
      idClaims({
        'custom:note': 'a | b ` c ``` d\nnew | row',
        iss: 'https://evil.example.com/[x](javascript:alert(1))',
      }),
    );
    const markdown = report({
      authorization: hostile,
      extraRequestHeaders: [{ name: 'x-note', value: 'pipe | and `tick` <b>bold</b>' }],
    });
    const noteRow = markdown.split('\n').find((line) => line.startsWith('| `custom:note`')) ?? '';
    expect(noteRow).toBe(
      '| `custom:note` | ````a \\| b ` c ``` d new \\| row```` | A custom user-pool attribute (always a string). |',
    );
    expect(cellCount(noteRow)).toBe(3);
    const headerRow = markdown.split('\n').find((line) => line.startsWith('| `x-note`')) ?? '';
    expect(headerRow).toBe('| `x-note` | ``pipe \\| and `tick` <b>bold</b>`` |');
    expect(cellCount(headerRow)).toBe(2);
    // The issuer appears only inside code spans, never as a live link.
    const outsideCode = markdown.replace(/(`+)[\s\S]*?\1/g, '');
    expect(outsideCode).not.toContain('javascript');
    expect(markdown).toContain('`https://evil.example.com/[x](javascript:alert(1))`');
  });

  test('headers never captured, no token', () => {
    const markdown = report({ headersMissing: true });
    expect(markdown).toContain('Chrome did not report the request headers.');
    expect(markdown).toContain('No token could be decoded.');
  });
});

test('redactJwts removes every signature and keeps the rest', () => {
  const jwe = 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d';
  expect(redactJwts(`x=${token};y=eyJabc.def;${jwe}`, '<sig>')).toBe(
    `x=${token.split('.').slice(0, 2).join('.')}.<sig>;y=eyJabc.def;eyJhbGciOiJSU0EtT0FFUCJ9.a.<sig>`,
  );
  expect(redactJwts(ISS, '<sig>')).toBe(ISS);
});

describe('report variants', () => {
  const personal = {
    email: 'alice@example.com',
    phone_number: '+15555550100',
    name: 'Alice Liddell',
    given_name: 'Alice',
    address: { formatted: '1 Wonder Lane, Oxford' },
    'custom:tenant': 'tenant-secret-42',
    'cognito:username': 'alice-l',
  };
  const noise = [
    { name: 'sec-ch-ua', value: '"Chromium";v="156"' },
    { name: 'sec-ch-ua-platform', value: '"Linux"' },
    { name: 'user-agent', value: 'Mozilla/5.0 (X11; Linux x86_64)' },
    { name: 'sec-fetch-mode', value: 'cors' },
    { name: 'accept-language', value: 'en-GB,en;q=0.9' },
  ];

  async function both(path = '/prod/orders') {
    const sent = await signToken(key, idClaims({ exp: REQUEST_S - 720, ...personal }));
    const call = makeCall({ authorization: `Bearer ${sent}`, extraRequestHeaders: noise, path });
    const diagnosis = diagnose({ call });
    return {
      sent,
      short: buildMarkdownReport(call, diagnosis, en, 'short'),
      full: buildMarkdownReport(call, diagnosis, en, 'full'),
    };
  }

  test('short: the call, the headline and its fix, failing checks with evidence, the claims that matter', async () => {
    const { short } = await both();
    expect(short).toContain('**Most likely cause:** The token expired 12 minutes before this request.');
    expect(short).toContain('**Fix:** Refresh the token before calling');
    expect(short).toContain('`GET https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders`');
    expect(short).toContain('### `token.expiry`: fail: Expired 12 minutes before the request');
    expect(short).not.toContain('### `token.alg`');
    const claimNames = [...short.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    expect(claimNames).toEqual(['iss', 'aud', 'token_use', 'auth_time', 'exp', 'iat']);
    expect(short).toMatch(/\d+ other claims left out\./);
  });

  test('short: no personal claim, even where the URL quotes one; no header value, no signature', async () => {
    const { short, sent } = await both('/prod/users/alice@example.com/orders');
    for (const value of [
      'alice@example.com',
      '+15555550100',
      'Alice',
      'Wonder Lane',
      'tenant-secret-42',
      'alice-l',
    ]) {
      expect(short).not.toContain(value);
    }
    expect(short).toContain('/prod/users/<personal data masked>/orders');
    expect(short).not.toContain(sent.split('.')[2]);
    expect(short).not.toContain(sent.split('.')[1]);
    expect(short).not.toMatch(/user-agent|sec-ch-ua/i);
  });

  test('full: every claim and check, without the noise headers and the signature', async () => {
    const { full, sent } = await both();
    expect(full).toContain('| `email` | `alice@example.com` |');
    expect(full).toContain('### `token.alg`');
    expect(full).toContain('| `origin` |');
    for (const { name } of noise) expect(full).not.toContain(`\`${name}\``);
    expect(full).not.toContain(sent.split('.')[2]);
  });

  test('short with nothing failing says so', async () => {
    const sent = await signToken(key, idClaims());
    const call = makeCall({
      authorization: sent,
      initiator: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
    });
    const short = buildMarkdownReport(call, diagnose({ call }), en, 'short');
    expect(short).toContain('No check failed or warned.');
    expect(short).toContain("**Fix:** Import this API's configuration to check scopes and audiences");
  });
});
