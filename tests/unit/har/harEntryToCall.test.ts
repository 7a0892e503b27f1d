import { describe, expect, test } from 'vitest';
import { readBodyFacts } from '../../../src/core/capture/capturedBody';
import { harEntryToCall } from '../../../src/core/har/harEntryToCall';
import { importHar } from '../../../src/core/har/importHar';
import { API_HOST, APP_ORIGIN, httpApi401, REQUEST_MS } from '../diagnosis/tokenFactory';
import { chromeEntry, chromeHar, pageEntry } from './chromeHar';

describe('harEntryToCall', () => {
  test('a Chrome entry becomes the capture model, as webRequest would have reported it', () => {
    const verdict = harEntryToCall(
      chromeEntry({
        requestHeaders: [
          { name: 'accept', value: 'application/json' },
          { name: 'authorization', value: 'Bearer eyJ.x.y' },
        ],
        content: { size: 26, mimeType: 'application/json', text: '{"message":"Unauthorized"}' },
      }),
      4,
    );
    expect(verdict.kind).toBe('call');
    if (verdict.kind !== 'call') return;
    const { call } = verdict;
    expect(call).toMatchObject({
      id: 'har-4',
      tabId: -1,
      url: `https://${API_HOST}/prod/orders`,
      method: 'GET',
      requestTime: REQUEST_MS,
      statusCode: 401,
      statusLine: 'http/2.0 401',
      resourceType: 'xmlhttprequest',
      // No Origin header on this GET: the script's origin from `_initiator.stack`.
      initiator: APP_ORIGIN,
      api: { apiId: 'a1b2c3d4e5', stage: 'prod', resourcePath: '/orders' },
    });
    expect(call.responseTime).toBeCloseTo(REQUEST_MS + 83.42);
    // Pseudo-headers dropped; browser headers kept (the capture model keeps what was sent).
    expect(call.requestHeaders?.map((h) => h.name)).toEqual([
      'accept',
      'authorization',
      'sec-ch-ua',
      'sec-fetch-mode',
      'user-agent',
    ]);
    expect(readBodyFacts(call.responseBody)).toEqual({ message: 'Unauthorized' });
  });

  test.each([
    [
      'Origin header first',
      { requestHeaders: [{ name: 'origin', value: 'https://other.example' }] },
      'https://other.example',
    ],
    [
      'parser initiator',
      {
        initiator: { type: 'parser', url: 'https://docs.example/page.html', lineNumber: 3 },
        requestHeaders: [{ name: 'accept', value: 'text/html' }],
      },
      'https://docs.example',
    ],
    [
      'Referer last',
      {
        initiator: { type: 'other' },
        requestHeaders: [{ name: 'referer', value: 'https://ref.example/a?b' }],
      },
      'https://ref.example',
    ],
    ['nothing', { initiator: { type: 'other' }, requestHeaders: [] }, undefined],
  ])('initiator: %s', (_label, options, expected) => {
    const verdict = harEntryToCall(chromeEntry(options), 0);
    expect(verdict.kind === 'call' ? verdict.call.initiator : 'not a call').toBe(expected);
  });

  test.each([
    ['fetch', 'xmlhttprequest'],
    ['xhr', 'xmlhttprequest'],
    ['preflight', 'other'],
    ['document', 'main_frame'],
    ['unheard-of', undefined],
  ])('_resourceType %s → %s', (resourceType, expected) => {
    const verdict = harEntryToCall(chromeEntry({ resourceType }), 0);
    expect(verdict.kind === 'call' ? verdict.call.resourceType : 'not a call').toBe(expected);
  });

  test('a request with no recorded headers has undefined requestHeaders, as the checks expect', () => {
    const entry = chromeEntry();
    (entry.request as { headers: unknown[] }).headers = [];
    const verdict = harEntryToCall(entry, 0);
    expect(verdict.kind === 'call' && verdict.call.requestHeaders).toBeUndefined();
  });

  test('a form body (postData.params) and a base64 response body', () => {
    const entry = chromeEntry({
      method: 'POST',
      content: {
        size: 40,
        mimeType: 'application/json',
        text: Buffer.from('{"Message":"explicit deny"}').toString('base64'),
        encoding: 'base64',
      },
    });
    (entry.request as Record<string, unknown>).postData = {
      mimeType: 'application/x-www-form-urlencoded',
      params: [
        { name: 'grant_type', value: 'authorization_code' },
        { name: 'client_id', value: 'abc' },
      ],
    };
    const verdict = harEntryToCall(entry, 0);
    if (verdict.kind !== 'call') throw new Error(verdict.kind);
    expect(verdict.call.requestBody?.text).toBe('grant_type=authorization_code&client_id=abc');
    expect(readBodyFacts(verdict.call.responseBody)).toEqual({ message: 'explicit deny' });
  });

  test.each([
    ['a 200', pageEntry(), 'not-captured'],
    [
      'a 401 elsewhere without API Gateway headers',
      chromeEntry({ url: 'https://api.example.com/x', responseHeaders: [] }),
      'not-captured',
    ],
    ['not an object', 'entry', 'unreadable'],
    ['no request', { response: { status: 401 } }, 'unreadable'],
    ['no start time', { ...chromeEntry(), startedDateTime: 'yesterday' }, 'unreadable'],
    [
      'a status that is not a number',
      { ...chromeEntry(), response: { status: '401', headers: [] } },
      'unreadable',
    ],
  ])('%s', (_label, entry, kind) => {
    expect(harEntryToCall(entry, 0).kind).toBe(kind);
  });

  test('a 401 with API Gateway headers on a custom domain name is a call on that host, without an API id yet', () => {
    const verdict = harEntryToCall(
      chromeEntry({ url: 'https://api.example.com/v1/x', responseHeaders: httpApi401('Bearer') }),
      0,
    );
    if (verdict.kind !== 'call') throw new Error(verdict.kind);
    expect(verdict.reason).toBe('unauthorized');
    expect(verdict.call.api).toMatchObject({ host: 'api.example.com', apiId: '', customDomain: {} });
  });

  test('hostile fields are bounded and never throw', () => {
    const entry = chromeEntry({
      requestHeaders: [
        ...Array.from({ length: 500 }, (_, i) => ({ name: `x-${i}`, value: 'v' })),
        { name: 'x-big', value: 'b'.repeat(100_000) },
      ],
    });
    (entry.request as { headers: unknown[] }).headers.push(null, 42, { name: 5, value: 'x' }, { name: 'ok' });
    const verdict = harEntryToCall(entry, 0);
    if (verdict.kind !== 'call') throw new Error(verdict.kind);
    expect(verdict.call.requestHeaders?.length).toBeLessThanOrEqual(200);
  });
});

describe('importHar', () => {
  test('keeps only the calls the extension would capture, and counts the rest', async () => {
    const text = chromeHar([
      pageEntry(),
      chromeEntry(),
      chromeEntry({ url: 'https://api.example.com/x', responseHeaders: httpApi401('Bearer') }),
      { nonsense: true },
      chromeEntry({ status: 403, responseHeaders: [{ name: 'apigw-requestid', value: 'A=' }] }),
    ]);
    const result = await importHar(text);
    expect(result.scan.status).toBe('complete');
    expect(result.scan.entriesRead).toBe(5);
    expect(result.calls.map((c) => [c.call.id, c.reason])).toEqual([
      ['har-1', 'unauthorized'],
      ['har-2', 'unauthorized'],
      ['har-4', 'access-denied'],
    ]);
    expect(result.calls[1]?.call.api.customDomain).toEqual({});
    expect(result).toMatchObject({
      unreadableEntries: 1,
      droppedCalls: 0,
      signaturesRemoved: false,
    });
  });

  test('a truncated file still lists the calls read before the cut', async () => {
    const text = chromeHar([chromeEntry(), chromeEntry(), pageEntry('x'.repeat(5000))]);
    const result = await importHar(text.slice(0, text.length - 3000));
    expect(result.scan).toMatchObject({ status: 'truncated', entriesRead: 2 });
    expect(result.calls).toHaveLength(2);
  });

  test('beyond maxCalls, calls are counted, not kept', async () => {
    const result = await importHar(chromeHar([chromeEntry(), chromeEntry(), chromeEntry()]), { maxCalls: 2 });
    expect(result.calls).toHaveLength(2);
    expect(result.droppedCalls).toBe(1);
  });
});
