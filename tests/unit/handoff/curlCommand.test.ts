import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CapturedCall } from '../../../src/core/capture/types';
import { buildCurlCommand, shellQuote, variableNameFor } from '../../../src/core/handoff/curlCommand';
import { createTestKey, idClaims, makeCall, signToken } from '../diagnosis/tokenFactory';

/**
 * Runs `command` in a real bash with `curl` replaced by a function that prints each argument it
 * got, NUL-separated: what the shell would pass to curl, exactly.
 */
function argumentsOf(command: string, env: Record<string, string> = {}): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}\n`;
  const out = execFileSync('bash', ['-c', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
  }).toString('utf8');
  return out.split('\0').slice(0, -1);
}

/** The `-H` values of an argument list. */
function headersOf(args: string[]): string[] {
  return args.flatMap((arg, index) => (args[index - 1] === '-H' ? [arg] : []));
}

let token: string;
beforeAll(async () => {
  token = await signToken(await createTestKey('curl-key'), idClaims());
});

const hostile = [
  "it's",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion the quoting must neutralise.
  '$HOME and ${PATH} and $(id)',
  '`id`',
  'double "quotes" and \\backslash\\',
  'line one\nline two',
  'carriage\rreturn',
  'tab\there',
  'bell\u0007 and del\u007f',
  '日本語 🙂',
  '',
  "'; rm -rf / #",
  '!history !! expansion',
];

// Each test starts real bash processes; on a loaded machine that takes seconds, not a verdict on the code.
const BASH_TIMEOUT = { timeout: 30_000 };

describe('shellQuote', BASH_TIMEOUT, () => {
  test.each(hostile)('bash gets back exactly %j', (value) => {
    expect(argumentsOf(`curl ${shellQuote(value)}`)).toEqual([value]);
  });

  test('safe words stay bare, the rest is quoted', () => {
    expect(shellQuote('GET')).toBe('GET');
    expect(shellQuote('https://a.example/x')).toBe('https://a.example/x');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('a\nb')).toBe("$'a\\nb'");
  });
});

describe('buildCurlCommand', BASH_TIMEOUT, () => {
  function call(overrides: Partial<CapturedCall> = {}): CapturedCall {
    return {
      ...makeCall({
        authorization: `Bearer ${token}`,
        path: "/prod/orders?q=a b&x='1'",
        extraRequestHeaders: [
          { name: 'x-api-key', value: 'apikey-0123456789' },
          { name: 'cookie', value: 'sid=cookie-secret' },
          { name: 'sec-ch-ua', value: '"Chromium";v="156"' },
          { name: 'sec-fetch-mode', value: 'cors' },
          { name: 'user-agent', value: 'Mozilla/5.0 Chrome/156' },
          { name: 'accept-encoding', value: 'gzip, br' },
          { name: 'x-trace', value: hostile.join(' | ') },
        ],
      }),
      ...overrides,
    };
  }

  test('placeholder mode: "$TOKEN" and "$X_API_KEY", no secret in the text, browser noise dropped', () => {
    const { text, variables, notes } = buildCurlCommand(call());
    expect(text).not.toContain(token.split('.')[2]);
    expect(text).not.toContain('apikey-0123456789');
    expect(text).not.toContain('cookie-secret');
    expect(text).toContain('"$TOKEN"');
    expect(variables).toEqual(['TOKEN', 'X_API_KEY']);
    expect(notes).toEqual([]);
    const args = argumentsOf(text, { TOKEN: token, X_API_KEY: 'k' });
    expect(args[0]).toBe(call().url);
    expect(headersOf(args)).toEqual([
      'accept: application/json',
      'origin: https://app.example.com',
      `authorization: Bearer ${token}`,
      'x-api-key: k',
      `x-trace: ${hostile.join(' | ')}`,
    ]);
  });

  test('real mode: the values as captured, cookies still dropped; user-agent on request', () => {
    const { text, variables } = buildCurlCommand(call(), { token: 'real', includeUserAgent: true });
    expect(variables).toEqual([]);
    const headers = headersOf(argumentsOf(text));
    expect(headers).toContain(`authorization: Bearer ${token}`);
    expect(headers).toContain('x-api-key: apikey-0123456789');
    expect(headers).toContain('user-agent: Mozilla/5.0 Chrome/156');
    expect(headers.join('\n')).not.toContain('cookie');
  });

  test.each([
    ['Bearer Bearer', (t: string) => `Bearer Bearer ${t}`],
    ['quoted', (t: string) => `"Bearer ${t}"`],
    ['no scheme', (t: string) => t],
    ['trailing space', (t: string) => `Bearer ${t} `],
  ])('the identity header keeps its blemish (%s) around "$TOKEN"', (_label, shape) => {
    const value = shape(token);
    const { text } = buildCurlCommand(call({ requestHeaders: [{ name: 'Authorization', value }] }));
    expect(text).not.toContain(token);
    expect(headersOf(argumentsOf(text, { TOKEN: token }))).toEqual([`Authorization: ${value}`]);
  });

  test('a placeholder value is sent as is: it is the finding and holds no secret', () => {
    const { text, variables } = buildCurlCommand(
      call({ requestHeaders: [{ name: 'Authorization', value: 'Bearer undefined' }] }),
    );
    expect(variables).toEqual([]);
    expect(headersOf(argumentsOf(text))).toEqual(['Authorization: Bearer undefined']);
  });

  test('a configured identity header', () => {
    const { text } = buildCurlCommand(call({ requestHeaders: [{ name: 'X-Id-Token', value: token }] }), {
      identityHeader: 'x-id-token',
    });
    expect(headersOf(argumentsOf(text, { TOKEN: token }))).toEqual([`X-Id-Token: ${token}`]);
  });

  test('methods and bodies', () => {
    const post = buildCurlCommand(
      call({ method: 'POST', requestBody: { mimeType: 'application/json', text: `{"a":"it's $x"}` } }),
    );
    expect(argumentsOf(post.text, { TOKEN: token }).slice(-2)).toEqual(['--data-raw', `{"a":"it's $x"}`]);
    expect(post.text).not.toContain('-X');

    const put = buildCurlCommand(call({ method: 'PUT', requestBody: { mimeType: 'text/plain', text: 'x' } }));
    expect(argumentsOf(put.text, { TOKEN: token }).slice(1, 3)).toEqual(['-X', 'PUT']);

    expect(buildCurlCommand(call({ method: 'POST' })).notes).toEqual(['request-body-not-captured']);
    expect(
      buildCurlCommand(
        call({ method: 'POST', requestBody: { mimeType: 'text/plain', text: 'x', truncated: true } }),
      ).notes,
    ).toEqual(['request-body-truncated']);
    expect(
      buildCurlCommand(call({ method: 'POST', requestBody: { mimeType: 'image/png', size: 10 } })).notes,
    ).toEqual(['request-body-binary']);
    expect(argumentsOf(buildCurlCommand(call({ method: 'HEAD' })).text, { TOKEN: token })).toContain(
      '--head',
    );
    // A hostile method is one quoted word.
    const odd = buildCurlCommand(call({ method: 'GET;id' }));
    expect(argumentsOf(odd.text, { TOKEN: token }).slice(1, 3)).toEqual(['-X', 'GET;ID']);
  });

  test('a NUL cannot be passed to a program: removed, and said', () => {
    const result = buildCurlCommand(call({ requestHeaders: [{ name: 'x-a', value: 'a\u0000b' }] }));
    expect(result.notes).toEqual(['nul-removed']);
    expect(headersOf(argumentsOf(result.text))).toEqual(['x-a: ab']);
  });

  test('a hostile header name is quoted too', () => {
    const result = buildCurlCommand(
      call({
        requestHeaders: [
          { name: "x-'$(id)`", value: 'v' },
          { name: 'x-secret-$(id)', value: 's3cret' },
        ],
      }),
    );
    expect(result.text).not.toContain('s3cret');
    expect(headersOf(argumentsOf(result.text, { X_SECRET_ID: 'S' }))).toEqual([
      "x-'$(id)`: v",
      'x-secret-$(id): S',
    ]);
  });

  test.each([
    ['x-api-key', 'X_API_KEY'],
    ['X-Amz-Security-Token', 'X_AMZ_SECURITY_TOKEN'],
    ['1-token', 'HEADER_1_TOKEN'],
    ['$$$', 'HEADER_VALUE'],
  ])('variableNameFor(%s) = %s', (name, variable) => {
    expect(variableNameFor(name)).toBe(variable);
  });
});
