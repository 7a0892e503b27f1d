// HAR files shaped like Chrome's "Export HAR" (DevTools, Network panel): HTTP/2 pseudo-headers in
// the request, `_initiator`, `_resourceType`, `_priority`, `_transferSize`, `timings` with -1 for
// phases that did not happen, and the whole file pretty-printed with two spaces. Written at test
// time from these builders, never checked in.
import type { HttpHeader } from '../../../src/core/capture/types';
import { API_HOST, APP_ORIGIN, REST_AUTHORIZER_401 } from '../diagnosis/tokenFactory';

export interface ChromeEntryOptions {
  url?: string;
  method?: string;
  status?: number;
  statusText?: string;
  requestHeaders?: HttpHeader[];
  responseHeaders?: HttpHeader[];
  /** The response body as Chrome writes it; absent when exported without content. */
  content?: { size: number; mimeType: string; text?: string; encoding?: string };
  postData?: { mimeType: string; text: string };
  resourceType?: string;
  initiator?: unknown;
  startedDateTime?: string;
}

export function chromeEntry(options: ChromeEntryOptions = {}): Record<string, unknown> {
  const url = new URL(options.url ?? `https://${API_HOST}/prod/orders`);
  const method = options.method ?? 'GET';
  return {
    _connectionId: '48211',
    _initiator: options.initiator ?? {
      type: 'script',
      stack: {
        callFrames: [
          {
            functionName: 'loadOrders',
            scriptId: '31',
            url: `${APP_ORIGIN}/static/js/main.8c1f.js`,
            lineNumber: 0,
            columnNumber: 10450,
          },
        ],
      },
    },
    _priority: 'High',
    _resourceType: options.resourceType ?? 'fetch',
    cache: {},
    connection: '443',
    pageref: 'page_1',
    request: {
      method,
      url: url.href,
      httpVersion: 'http/2.0',
      headers: [
        { name: ':authority', value: url.host },
        { name: ':method', value: method },
        { name: ':path', value: `${url.pathname}${url.search}` },
        { name: ':scheme', value: 'https' },
        ...(options.requestHeaders ?? [
          { name: 'accept', value: 'application/json' },
          { name: 'origin', value: APP_ORIGIN },
        ]),
        { name: 'sec-ch-ua', value: '"Chromium";v="156", "Not:A-Brand";v="24"' },
        { name: 'sec-fetch-mode', value: 'cors' },
        { name: 'user-agent', value: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36' },
      ],
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      cookies: [],
      headersSize: -1,
      bodySize: options.postData?.text.length ?? 0,
      ...(options.postData && { postData: options.postData }),
    },
    response: {
      status: options.status ?? 401,
      statusText: options.statusText ?? '',
      httpVersion: 'http/2.0',
      headers: options.responseHeaders ?? REST_AUTHORIZER_401,
      cookies: [],
      content: options.content ?? { size: 0, mimeType: 'application/json' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      _transferSize: 412,
      _error: null,
      _fetchedViaServiceWorker: false,
    },
    serverIPAddress: '203.0.113.10',
    startedDateTime: options.startedDateTime ?? '2026-11-20T12:00:00.000Z',
    time: 83.42,
    timings: {
      blocked: 1.2,
      dns: -1,
      ssl: -1,
      connect: -1,
      send: 0.2,
      wait: 80.5,
      receive: 1.5,
      _blocked_queueing: 0.9,
    },
  };
}

/** A 200 of the app's own page, the bulk of any HAR. */
export function pageEntry(body = '<!doctype html><title>App</title>'): Record<string, unknown> {
  return chromeEntry({
    url: `${APP_ORIGIN}/`,
    status: 200,
    resourceType: 'document',
    initiator: { type: 'other' },
    requestHeaders: [{ name: 'accept', value: 'text/html' }],
    responseHeaders: [{ name: 'content-type', value: 'text/html' }],
    content: { size: body.length, mimeType: 'text/html', text: body },
  });
}

export function chromeHar(entries: unknown[]): string {
  return JSON.stringify(
    {
      log: {
        version: '1.2',
        creator: { name: 'WebInspector', version: '537.36' },
        pages: [
          {
            startedDateTime: '2026-11-20T11:59:59.000Z',
            id: 'page_1',
            title: `${APP_ORIGIN}/`,
            pageTimings: { onContentLoad: 120.5, onLoad: 300.1 },
          },
        ],
        entries,
      },
    },
    null,
    2,
  );
}

/** The text in pieces of `size` characters, as a stream would deliver it. */
export function piecesOf(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}
