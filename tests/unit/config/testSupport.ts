import { readFileSync } from 'node:fs';
import type { CapturedCall } from '../../../src/core/capture/types';
import type { AwsImportResult, AwsImportSuccess, ImportHints } from '../../../src/core/config/importTypes';
import type { ConfigMessage } from '../../../src/core/config/messages';
import { interpretImport } from '../../../src/core/config/parseAwsImport';
import { renderConfigMessage } from '../../../src/core/i18n/configMessages';
import { CONFIG_WORDS_EN } from '../../../src/core/i18n/configMessagesEn';

/** Text of a fixture in tests/fixtures/aws. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/aws/${name}`, import.meta.url), 'utf8');
}

/** Narrows an import result, failing the test with the parser's own message when it is an error. */
export function expectSuccess(result: AwsImportResult): AwsImportSuccess {
  if (!result.ok) throw new Error(`expected a successful import, got: ${text(result.error)}`);
  return result;
}

/**
 * A JSON fixture interpreted as parseAwsImport interprets it, without the asynchronous read: for
 * helpers that build saved state outside a test (the read itself is tested in parseAwsImport.test).
 */
export function importJson(fixtureText: string, hints: ImportHints = {}): AwsImportResult {
  return interpretImport({ ok: true, value: JSON.parse(fixtureText) }, hints);
}

/** The English words of a failed import's message. */
export function expectFailure(result: AwsImportResult): string {
  if (result.ok) throw new Error(`expected a failed import, got format ${result.format}`);
  return text(result.error);
}

/**
 * A message in English as a reader sees it (code spans as plain text): the parsers' tests assert
 * the code and its parameters through the words they produce.
 */
export function text(message: ConfigMessage): string {
  return renderConfigMessage(message, CONFIG_WORDS_EN)
    .segments.map((segment) => segment.text)
    .join('');
}

export function texts(messages: readonly ConfigMessage[]): string[] {
  return messages.map(text);
}

/**
 * The smallest captured call the configuration core reads: the API target as the capture layer
 * derives it from the URL (first path segment taken as the stage).
 */
export function capturedCall(method: string, url: string): CapturedCall {
  const parsed = new URL(url);
  const [apiId = '', , region = ''] = parsed.hostname.split('.');
  const segments = parsed.pathname.split('/').slice(1);
  const [first, ...rest] = segments;
  const stage = first === undefined || first === '' ? undefined : first;
  return {
    id: 'capture-1',
    requestId: '1001',
    tabId: 7,
    url,
    method,
    requestTime: 1_795_000_000_000,
    responseTime: 1_795_000_000_120,
    statusCode: 401,
    statusLine: 'HTTP/1.1 401 Unauthorized',
    responseHeaders: [{ name: 'x-amzn-ErrorType', value: 'UnauthorizedException' }],
    api: {
      host: parsed.hostname,
      apiId,
      region,
      partition: 'aws',
      ...(stage === undefined ? {} : { stage }),
      resourcePath: `/${rest.join('/')}`,
      path: parsed.pathname,
    },
  };
}

export const POOL_A = 'eu-west-1_AbC123xyz';
export const POOL_B = 'eu-west-1_Def456uvw';
export const CLIENT_A = '4kq2n7b1c8d9e0f3g5h6j7k8lm';
export const CLIENT_B = '7p9r2s4t6v8w0x1y3z5a7b9c1d';
export const ORDERS_READ = 'https://api.example.com/orders.read';
export const ORDERS_WRITE = 'https://api.example.com/orders.write';
export const COGNITO_ISSUER = `https://cognito-idp.eu-west-1.amazonaws.com/${POOL_A}`;
