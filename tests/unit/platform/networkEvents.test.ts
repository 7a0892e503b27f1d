// The webRequest edge with the smallest fake `browser` it needs: `webRequest` events that record
// their listeners, so a test can register, then deliver Chrome-shaped details.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { MAX_HEADER_VALUE_BYTES } from '../../../src/core/capture/requestCorrelator';

type Listener = (details: Record<string, unknown>) => unknown;
interface Registration {
  listener: Listener;
  filter: { urls: string[]; types?: string[] };
  extraInfo: string[];
}

const registered = new Map<string, Registration[]>();

function fakeEvent(name: string) {
  return {
    addListener: (listener: Listener, filter: Registration['filter'], extraInfo: string[] = []) => {
      registered.set(name, [...(registered.get(name) ?? []), { listener, filter, extraInfo }]);
    },
  };
}

vi.mock('../../../src/platform/browser', () => ({
  default: {
    webRequest: {
      onSendHeaders: fakeEvent('onSendHeaders'),
      onHeadersReceived: fakeEvent('onHeadersReceived'),
      onCompleted: fakeEvent('onCompleted'),
      onErrorOccurred: fakeEvent('onErrorOccurred'),
    },
  },
}));

const { listenToApiGatewayTraffic } = await import('../../../src/platform/networkEvents');

const API = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders/1';

function details(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requestId: '7',
    tabId: 3,
    url: API,
    method: 'GET',
    timeStamp: 1000,
    type: 'xmlhttprequest',
    initiator: 'http://localhost:5173',
    ...overrides,
  };
}

function deliver(name: string, event: Record<string, unknown>): unknown {
  const [registration] = registered.get(name) ?? [];
  if (!registration) throw new Error(`no listener on ${name}`);
  return registration.listener(event);
}

describe('network events', () => {
  const onRequestHeaders = vi.fn();
  const onResponseHeaders = vi.fn();

  beforeEach(() => {
    registered.clear();
    onRequestHeaders.mockReset();
    onResponseHeaders.mockReset();
    listenToApiGatewayTraffic({ onRequestHeaders, onResponseHeaders });
  });

  test('asks Chrome for two events only, for fetch/XHR and preflights to any https host it may access', () => {
    expect([...registered.keys()].sort()).toEqual(['onHeadersReceived', 'onSendHeaders']);
    for (const [registration] of registered.values()) {
      // Custom domain names can be any host: Chrome reports only granted ones (TOOLING.md, behaviour 1).
      expect(registration?.filter).toEqual({
        urls: ['https://*/*'],
        types: ['xmlhttprequest', 'other'],
      });
    }
  });

  test("'extraHeaders' only on the response listener, where Chrome needs it to report the CORS-less 401", () => {
    expect(registered.get('onSendHeaders')?.[0]?.extraInfo).toEqual(['requestHeaders']);
    expect(registered.get('onHeadersReceived')?.[0]?.extraInfo).toEqual(['responseHeaders', 'extraHeaders']);
  });

  test('passes the request and the response on in the core shape', () => {
    deliver('onSendHeaders', details({ requestHeaders: [{ name: 'authorization', value: 'Bearer x' }] }));
    expect(onRequestHeaders).toHaveBeenCalledWith({
      requestId: '7',
      tabId: 3,
      url: API,
      method: 'GET',
      timeStamp: 1000,
      type: 'xmlhttprequest',
      initiator: 'http://localhost:5173',
      requestHeaders: [{ name: 'authorization', value: 'Bearer x' }],
    });
    const answer = deliver(
      'onHeadersReceived',
      details({
        statusCode: 401,
        statusLine: 'HTTP/1.1 401',
        responseHeaders: [{ name: 'x-amzn-errortype', value: 'UnauthorizedException' }],
      }),
    );
    expect(answer).toBeUndefined();
    expect(onResponseHeaders).toHaveBeenCalledWith(
      expect.objectContaining({
        statusCode: 401,
        statusLine: 'HTTP/1.1 401',
        responseHeaders: [{ name: 'x-amzn-errortype', value: 'UnauthorizedException' }],
      }),
    );
  });

  test('reads a binary header value as Latin-1, a huge one bounded and marked, without throwing', () => {
    deliver(
      'onSendHeaders',
      details({ requestHeaders: [{ name: 'x-bin', binaryValue: [0x42, 0xe9, 0x00] }] }),
    );
    expect(onRequestHeaders.mock.calls[0]?.[0].requestHeaders).toEqual([
      { name: 'x-bin', value: 'B\u00e9\u0000' },
    ]);
    // Spread into one String.fromCharCode call, 500,000 bytes throw a RangeError.
    const huge = new Array<number>(500_000).fill(0x61);
    expect(() =>
      deliver('onSendHeaders', details({ requestHeaders: [{ name: 'x-bin', binaryValue: huge }] })),
    ).not.toThrow();
    const header = onRequestHeaders.mock.calls[1]?.[0].requestHeaders[0];
    expect(header.value).toBe('a'.repeat(MAX_HEADER_VALUE_BYTES));
    expect(header.truncated).toBe(true);
  });

  test('a listener never throws, whatever the event or the handler does', () => {
    onRequestHeaders.mockImplementation(() => {
      throw new Error('Bearer secret');
    });
    expect(() => deliver('onSendHeaders', details())).not.toThrow();
    expect(() => deliver('onHeadersReceived', details({ responseHeaders: 'not a list' }))).not.toThrow();
    expect(() =>
      deliver('onHeadersReceived', { ...details(), requestHeaders: null, responseHeaders: [null] }),
    ).not.toThrow();
  });
});
