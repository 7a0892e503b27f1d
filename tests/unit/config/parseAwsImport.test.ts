import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_LENGTH, parseAwsImport } from '../../../src/core/config/parseAwsImport';
import { expectFailure, expectSuccess, POOL_A, readFixture } from './testSupport';

const EXPECTED =
  /Expected the JSON or YAML printed by aws apigateway get-authorizers, get-method, get-resources --embed methods, get-stages, get-base-path-mappings or get-export/;

describe('auto-detection', () => {
  test.each([
    ['rest-get-authorizers.json', 'get-authorizers'],
    ['rest-get-authorizer-stage-variable.json', 'get-authorizers'],
    ['rest-get-method.json', 'get-method'],
    ['rest-get-resources-embed.json', 'get-resources'],
    ['rest-get-resources.json', 'get-resources'],
    ['rest-export-oas30.json', 'get-export'],
    ['rest-export-oas30.yaml', 'get-export'],
    ['rest-export-swagger.json', 'get-export'],
    ['http-export-oas30.json', 'get-export'],
    ['http-get-authorizers.json', 'apigatewayv2-get-authorizers'],
    ['http-get-routes.json', 'apigatewayv2-get-routes'],
    ['config-file-v1.json', 'config-file'],
  ])('%s is %s', async (fixture, format) => {
    expect(expectSuccess(await parseAwsImport(readFixture(fixture))).format).toBe(format);
  });

  test('AWS CLI --output yaml of get-authorizers', async () => {
    const yaml = [
      'items:',
      '- authType: cognito_user_pools',
      '  authorizerResultTtlInSeconds: 300',
      '  id: x7y8z9',
      '  identitySource: method.request.header.Authorization',
      '  name: orders-cognito',
      '  providerARNs:',
      `  - arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${POOL_A}`,
      '  type: COGNITO_USER_POOLS',
    ].join('\n');
    const result = expectSuccess(await parseAwsImport(yaml));
    expect(result.format).toBe('get-authorizers');
    expect(result.patch.userPoolIds).toEqual([POOL_A]);
  });

  test.each([
    [
      'a bare list (--query items)',
      JSON.stringify(JSON.parse(readFixture('rest-get-authorizers.json')).items),
      'get-authorizers',
    ],
    [
      'a bare list (--query Items)',
      JSON.stringify(JSON.parse(readFixture('http-get-routes.json')).Items),
      'apigatewayv2-get-routes',
    ],
    ['a byte-order mark and blank lines', `\uFEFF\n\n${readFixture('rest-get-method.json')}\n`, 'get-method'],
  ])('%s', async (_what, text, format) => {
    expect(expectSuccess(await parseAwsImport(text)).format).toBe(format);
  });
});

describe('rejected input says what was expected', () => {
  test.each([
    ['empty text', '', /^Nothing to import: the text is empty\./],
    ['blank text', ' \n\t ', /^Nothing to import: the text is empty\./],
    [
      'a 5 MB blob',
      'x'.repeat(5_000_000),
      /^The text is 5\.0 MB; one command's output is far smaller \(the limit is 2 MB\)\./,
    ],
    [
      'an HTML page',
      '<!DOCTYPE html><html><body>Sign in</body></html>',
      /^This looks like an HTML or XML page/,
    ],
    [
      'random JSON',
      '{"name": "my-app", "version": "1.0.0", "dependencies": {}}',
      /^This JSON or YAML is not an API Gateway output this import knows\./,
    ],
    ['a JSON array of numbers', '[1, 2, 3]', /^The listed items are not authorizers, resources or routes\./],
    ['a plain sentence', 'please check my API', /^This is not a JSON or YAML object\./],
    ['a JSON string', '"a1b2c3d4e5"', /^This is not a JSON or YAML object\./],
    ['null', 'null', /^This is not a JSON or YAML object\./],
    ['an empty items list', '{"items": []}', /^The output lists nothing \(an empty items list\)/],
    ['an empty Items list', '{"Items": [], "NextToken": null}', /^The output lists nothing/],
    [
      'a YAML syntax error',
      'items:\n  - id: x\n - bad: [',
      /^The text is neither JSON nor valid YAML \(line \d+, column \d+\)\./,
    ],
    ['two YAML documents', 'a: 1\n---\nb: 2\n', /^The text is neither JSON nor valid YAML/],
    [
      '--output text',
      'ITEMS\tcognito_user_pools\t300\tx7y8z9\tmethod.request.header.Authorization',
      /^This is not a JSON or YAML object\./,
    ],
    [
      "get-export's terminal output",
      '{"contentType": "application/json", "contentDisposition": "attachment; filename=\\"swagger_2026-11-20T09:14:03Z.json\\""}',
      /^This is what aws apigateway get-export prints on screen/,
    ],
    [
      'a single get-rest-api',
      '{"id": "a1b2c3d4e5", "name": "orders-api", "createdDate": "2026-03-02T11:20:41+00:00"}',
      /^This describes an API, not how its methods are protected\./,
    ],
  ])('%s', async (_what, text, error) => {
    const message = expectFailure(await parseAwsImport(text));
    expect(message).toMatch(error);
  });

  test.each([
    ['empty text', ''],
    ['random JSON', '{"a": 1}'],
    ['an HTML page', '<html></html>'],
  ])('the message for %s lists the formats it reads', async (_what, text) => {
    expect(expectFailure(await parseAwsImport(text))).toMatch(EXPECTED);
  });

  test('get-rest-apis: names the APIs to pick from and the commands to run', async () => {
    expect(expectFailure(await parseAwsImport(readFixture('rest-get-rest-apis.json')))).toBe(
      'This is aws apigateway get-rest-apis output: it lists APIs (a1b2c3d4e5 (orders-api), q9w8e7r6t5 (billing-api)), not how they are protected. Import aws apigateway get-authorizers --rest-api-id <id>, get-resources --rest-api-id <id> --embed methods, or get-export instead.',
    );
  });

  test('apigatewayv2 get-apis: same, for HTTP APIs', async () => {
    const text = JSON.stringify({
      Items: [
        {
          ApiEndpoint: 'https://f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com',
          ApiId: 'f6g7h8i9j0',
          Name: 'orders-http-api',
          ProtocolType: 'HTTP',
        },
      ],
    });
    expect(expectFailure(await parseAwsImport(text))).toBe(
      'This is aws apigatewayv2 get-apis output: it lists APIs (f6g7h8i9j0 (orders-http-api)), not how they are protected. Import aws apigatewayv2 get-authorizers --api-id <id> and get-routes --api-id <id> instead.',
    );
  });

  test('the size limit is 2 MB, and text just under it is parsed', async () => {
    expect(MAX_IMPORT_LENGTH).toBe(2_000_000);
    const padded = `${readFixture('rest-get-method.json').trimEnd()}${' '.repeat(10)}`;
    expect((await parseAwsImport(padded)).ok).toBe(true);
  });
});

describe('a token pasted by mistake never comes back in a message', () => {
  const token =
    'eyJraWQiOiJ0ZXN0LWtpZCIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJ1c2VyLTEiLCJ0b2tlbl91c2UiOiJpZCJ9.c2lnbmF0dXJlLXBhcnQ';

  test.each([
    ['the token alone', token, /^This looks like a token, not configuration; it was not stored\./],
    ['a Bearer header value', `Bearer ${token}`, /^This looks like a token/],
    [
      'broken JSON around a token',
      `{"AuthenticationResult": {"IdToken": "${token}",}}`,
      /^The text starts like JSON but is not valid JSON \(line 1, column \d+\): paste/,
    ],
    [
      'valid JSON around a token',
      `{"AuthenticationResult": {"IdToken": "${token}"}}`,
      /^This JSON or YAML is not an API Gateway output/,
    ],
    ['YAML around a token', `IdToken: ${token}\n  bad: [`, /^The text is neither JSON nor valid YAML/],
  ])('%s', async (_what, text, error) => {
    const message = expectFailure(await parseAwsImport(text));
    expect(message).toMatch(error);
    expect(message).not.toContain(token.slice(0, 20));
    expect(message).not.toContain('c2lnbmF0dXJl');
  });
});

describe('never throws: odd shapes get an answer', () => {
  test.each([
    ['undefined instead of text', undefined, /^Nothing to import\. Expected/],
    ['a number instead of text', 42, /^Nothing to import\. Expected/],
    ['items of null', '{"items": [null, null]}', /^The listed items are not authorizers/],
    [
      'a numeric type',
      '{"items": [{"id": "a", "type": 5, "providerARNs": "x"}]}',
      /^No authorizer could be read/,
    ],
    [
      'paths that are null',
      '{"openapi": "3.0.1", "paths": null, "components": {"securitySchemes": {"x": null}}}',
      /^This OpenAPI document has no paths/,
    ],
    ['a RouteKey that is a number', '{"Items": [{"RouteKey": 7}]}', /^No route could be read/],
    [
      'a config file without configs',
      '{"format": "cognito-401-doctor-config", "version": 1}',
      /^This configuration file has no configs list\.$/,
    ],
    [
      'deeply nested arrays',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      /^The listed items are not authorizers/,
    ],
  ])('%s', async (_what, text, error) => {
    expect(expectFailure(await parseAwsImport(text as string))).toMatch(error);
  });

  test.each([
    [
      'resourceMethods that is a list',
      '{"items": [{"id": "r", "path": "/x", "resourceMethods": ["GET"]}]}',
      'get-resources',
      [],
    ],
    [
      'servers and security that are strings',
      '{"openapi": "3.0.1", "servers": "https://x", "paths": {"/x": {"get": {"security": "all"}}}}',
      'get-export',
      [{ method: 'GET', path: '/x', authorizationType: 'NONE', scopes: [] }],
    ],
  ])('%s', async (_what, text, format, methods) => {
    const result = expectSuccess(await parseAwsImport(text));
    expect(result.format).toBe(format);
    expect(result.patch.methods).toEqual(methods);
  });

  test('a YAML alias bomb is refused, not expanded', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level <= 12; level += 1) {
      const name = String.fromCharCode(97 + level);
      const previous = `*${String.fromCharCode(96 + level)}`;
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => previous).join(',')}]`);
    }
    expect(expectFailure(await parseAwsImport(lines.join('\n')))).toMatch(
      /^The YAML repeats anchors \(&name \/ \*name\) far more/,
    );
  });
});
