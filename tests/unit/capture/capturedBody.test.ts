import { describe, expect, test } from 'vitest';
import {
  boundBody,
  MAX_BODY_FACT_LENGTH,
  MAX_BODY_TEXT_LENGTH,
  readBodyFacts,
} from '../../../src/core/capture/capturedBody';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('boundBody', () => {
  test.each([
    ['nothing recorded', undefined, undefined],
    [
      'type only (exported without content)',
      { mimeType: 'application/json', size: 26 },
      { mimeType: 'application/json', size: 26 },
    ],
    [
      'text',
      { mimeType: 'application/json', text: '{"a":1}' },
      { mimeType: 'application/json', text: '{"a":1}' },
    ],
    [
      'base64 text (content.encoding)',
      {
        mimeType: 'application/json; charset=utf-8',
        text: base64('{"message":"認証されていません"}'),
        encoding: 'base64',
      },
      { mimeType: 'application/json; charset=utf-8', text: '{"message":"認証されていません"}' },
    ],
    [
      'base64 image',
      { mimeType: 'image/png', text: base64('\u0089PNG'), encoding: 'base64', size: 4 },
      { mimeType: 'image/png', size: 4 },
    ],
    [
      'broken base64',
      { mimeType: 'text/plain', text: '!!!not base64', encoding: 'base64' },
      { mimeType: 'text/plain' },
    ],
    ['no type: text', { text: 'Unauthorized' }, { mimeType: '', text: 'Unauthorized' }],
  ])('%s', (_label, raw, expected) => {
    expect(boundBody(raw)).toEqual(expected);
  });

  test('a long text body keeps its start, marked', () => {
    const body = boundBody({ mimeType: 'text/html', text: 'x'.repeat(MAX_BODY_TEXT_LENGTH * 3) });
    expect(body?.text).toHaveLength(MAX_BODY_TEXT_LENGTH);
    expect(body?.truncated).toBe(true);
  });

  test('a long base64 body decodes only its start', () => {
    const text = `${'é'.repeat(MAX_BODY_TEXT_LENGTH)}tail`;
    const body = boundBody({ mimeType: 'text/plain', text: base64(text), encoding: 'base64' });
    expect(body?.text).toBe('é'.repeat(MAX_BODY_TEXT_LENGTH));
    expect(body?.truncated).toBe(true);
  });
});

describe('readBodyFacts', () => {
  const json = (text: string) => ({ mimeType: 'application/json', text });
  test.each([
    ['REST authorizer', json('{"message":"Unauthorized"}'), { message: 'Unauthorized' }],
    [
      'explicit deny',
      json('{"Message":"User is not authorized to access this resource with an explicit deny"}'),
      { message: 'User is not authorized to access this resource with an explicit deny' },
    ],
    ['token endpoint', json('{"error":"invalid_grant"}'), { error: 'invalid_grant' }],
    [
      'token endpoint with description',
      json('{"error":"invalid_request","error_description":"invalid_scope"}'),
      { error: 'invalid_request', errorDescription: 'invalid_scope' },
    ],
    ['not strings', json('{"message":{"a":1},"error":42}'), {}],
    ['an array', json('[{"message":"x"}]'), {}],
    ['not JSON', json('{"message": "Unauth'), {}],
    ['HTML', { mimeType: 'text/html', text: '<h1>401</h1>' }, {}],
    ['no text', { mimeType: 'application/json', size: 10 }, {}],
    ['a cut body is not read', { ...json('{"message":"x"}'), truncated: true }, {}],
    ['nothing', undefined, {}],
  ])('%s', (_label, body, expected) => {
    expect(readBodyFacts(body)).toEqual(expected);
  });

  test('a long message is bounded', () => {
    const facts = readBodyFacts(json(JSON.stringify({ message: 'm'.repeat(10_000) })));
    expect(facts.message).toHaveLength(MAX_BODY_FACT_LENGTH);
  });
});
