import { parseApiGatewayUrl } from './apiGatewayUrl';
import type { CapturedCall, HttpHeader } from './types';
import { cutToUtf8Bytes, utf8Length } from './utf8';

/** What the request-headers event (`onSendHeaders`) tells, in the core's shape. */
export interface RequestHeadersEvent {
  requestId: string;
  tabId: number;
  url: string;
  method: string;
  timeStamp: number;
  requestHeaders?: HttpHeader[];
  initiator?: string;
  type?: string;
}

/** What the response-headers event (`onHeadersReceived`) tells, in the core's shape. */
export interface ResponseHeadersEvent {
  requestId: string;
  tabId: number;
  url: string;
  method: string;
  timeStamp: number;
  statusCode: number;
  statusLine?: string;
  responseHeaders?: HttpHeader[];
  initiator?: string;
  type?: string;
}

interface PendingRequest {
  event: RequestHeadersEvent;
  /** When the entry was recorded, on the events' clock: used to age entries out. */
  seenAt: number;
}

export interface CorrelatorLimits {
  /** Most requests held while waiting for their response. */
  maxPending: number;
  /** A request whose response has not come after this long is dropped (ms). */
  maxAgeMs: number;
}

/**
 * Sized from what Chromium 156 was seen to hold in flight (docs/performance.md, "Capture"): a
 * page firing 10,000 fetches at once had at most about 750 between `onSendHeaders` and their
 * response (Chrome fails the rest before sending them), so 2,048 never drops a request that can
 * still be answered. Entries are aged instead of waiting for `onCompleted` / `onErrorOccurred`,
 * which are not listened to: a request with no response after a minute is not going to get one
 * a user is waiting for (API Gateway's default integration timeout is 29 s).
 */
export const DEFAULT_CORRELATOR_LIMITS: CorrelatorLimits = { maxPending: 2048, maxAgeMs: 60_000 };

/** Header values longer than this (UTF-8 bytes) are cut before storage; a Cognito token is 1–4 KB. */
export const MAX_HEADER_VALUE_BYTES = 32 * 1024;
/** All the values of one header list together (what a call can add to the store per list). */
export const MAX_HEADER_LIST_BYTES = 96 * 1024;

/**
 * Joins the request headers of an API Gateway call with its response, by Chrome's `requestId`.
 *
 * Chrome sends `onSendHeaders` then `onHeadersReceived`, but entries can be left behind for ever:
 * when a preflight fails, the real request still fires `onSendHeaders` although it is never sent
 * (TOOLING.md, Chrome behaviour 3). So the pending map is bounded both in size and in age, and is
 * pruned on every event rather than on a timer (a service worker must not rely on timers).
 */
export class RequestCorrelator {
  private readonly pending = new Map<string, PendingRequest>();
  private readonly limits: CorrelatorLimits;

  constructor(limits: Partial<CorrelatorLimits> = {}) {
    this.limits = { ...DEFAULT_CORRELATOR_LIMITS, ...limits };
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Remembers the headers of a request to an API Gateway host; other hosts are ignored. */
  recordRequest(event: RequestHeadersEvent): void {
    this.prune(event.timeStamp);
    if (!parseApiGatewayUrl(event.url)) return;
    // A redirect reuses the requestId: the latest headers are the ones that reached the API.
    this.pending.delete(event.requestId);
    // Cut now, not when the response comes: a pending request must not hold megabytes.
    const bounded = event.requestHeaders
      ? { ...event, requestHeaders: boundHeaders(event.requestHeaders) }
      : event;
    this.pending.set(event.requestId, { event: bounded, seenAt: event.timeStamp });
    while (this.pending.size > this.limits.maxPending) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.pending.delete(oldest);
    }
  }

  /**
   * Completes a request with its response. Returns the captured call when it is a 401 from an
   * API Gateway host, null otherwise. A response whose request headers were never seen (the
   * event was missed, or came out of order) is still captured, with `requestHeaders` undefined,
   * so that one lost event never hides a failing call.
   */
  resolveResponse(event: ResponseHeadersEvent): CapturedCall | null {
    this.prune(event.timeStamp);
    const request = this.pending.get(event.requestId);
    this.pending.delete(event.requestId);
    if (event.statusCode !== 401) return null;
    const api = parseApiGatewayUrl(event.url);
    if (!api) return null;
    const requestEvent = request && request.event.url === event.url ? request.event : undefined;
    const requestTime = requestEvent?.timeStamp ?? event.timeStamp;
    const initiator = event.initiator ?? requestEvent?.initiator;
    const resourceType = event.type ?? requestEvent?.type;
    return {
      id: `${event.requestId}-${Math.round(requestTime)}`,
      requestId: event.requestId,
      tabId: event.tabId,
      url: event.url,
      method: event.method.toUpperCase(),
      requestTime,
      responseTime: event.timeStamp,
      statusCode: event.statusCode,
      statusLine: event.statusLine ?? `HTTP/1.1 ${event.statusCode}`,
      ...(initiator !== undefined && { initiator }),
      ...(resourceType !== undefined && { resourceType }),
      // Already bounded when recorded.
      ...(requestEvent?.requestHeaders && { requestHeaders: requestEvent.requestHeaders }),
      responseHeaders: boundHeaders(event.responseHeaders ?? []),
      api,
    };
  }

  private prune(now: number): void {
    for (const [requestId, entry] of this.pending) {
      // Map iteration is in insertion order, so the first young entry ends the sweep.
      if (now - entry.seenAt <= this.limits.maxAgeMs) break;
      this.pending.delete(requestId);
    }
  }
}

/** Request and response headers that carry cookies: no check reads them, so their values are never kept. */
const COOKIE_HEADERS = new Set(['cookie', 'set-cookie']);

/**
 * What a call keeps of its headers: cookie values are dropped (only their presence and length
 * stay), each value is cut to `MAX_HEADER_VALUE_BYTES` and the whole list to
 * `MAX_HEADER_LIST_BYTES` of UTF-8, so that no page can make one call fill session storage.
 */
export function boundHeaders(headers: readonly HttpHeader[]): HttpHeader[] {
  let budget = MAX_HEADER_LIST_BYTES;
  return headers.map((header) => {
    const name = header.name.length > 256 ? header.name.slice(0, 256) : header.name;
    if (COOKIE_HEADERS.has(name.toLowerCase())) {
      return { name, value: '', omittedBytes: header.omittedBytes ?? utf8Length(header.value) };
    }
    const limit = Math.max(0, Math.min(MAX_HEADER_VALUE_BYTES, budget));
    const value = cutToUtf8Bytes(header.value, limit);
    budget -= utf8Length(value);
    return value.length < header.value.length || header.truncated
      ? { name, value, truncated: true }
      : { name, value };
  });
}
