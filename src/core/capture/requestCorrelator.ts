import { customDomainTarget, parseApiCallUrl } from './apiGatewayUrl';
import { CAPTURABLE_STATUSES, captureVerdict } from './captureRule';
import type { ApiGatewayTarget, CapturedCall, HttpHeader } from './types';
import { cutChars, cutToUtf8Bytes, utf8Length } from './utf8';

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
  /** What `event.url` says of the API, parsed once here and reused by the response. */
  api: ApiGatewayTarget;
  /** UTF-8 bytes of its header values, counted against `maxPendingBytes`. */
  bytes: number;
  /** When the entry was recorded, on the events' clock: used to age entries out. */
  seenAt: number;
}

export interface CorrelatorLimits {
  /** Most requests held while waiting for their response. */
  maxPending: number;
  /** A request whose response has not come after this long is dropped (ms). */
  maxAgeMs: number;
  /**
   * UTF-8 bytes of header values held by pending requests. Past it, a new request keeps shorter
   * values (`CROWDED_LIMITS`, marked as cut): a burst of large headers cannot grow the worker's
   * memory with what is in flight, and every request still keeps its headers.
   */
  maxPendingBytes: number;
}

/**
 * Sized from what Chromium 156 was seen to hold in flight (docs/performance.md, "Capture"): a
 * page firing 10,000 fetches at once had at most 1,268 between `onSendHeaders` and their response
 * (Chrome fails the rest before sending them), so 2,048 never drops a request that can still be
 * answered. Entries are aged instead of waiting for `onCompleted` / `onErrorOccurred`, which are
 * not listened to: a request with no response after a minute is not going to get one a user is
 * waiting for. 8 MiB of pending headers is 250 requests with 32 KB headers.
 */
export const DEFAULT_CORRELATOR_LIMITS: CorrelatorLimits = {
  maxPending: 2048,
  maxAgeMs: 60_000,
  maxPendingBytes: 8 * 1024 * 1024,
};

/** How much of its headers a call keeps (UTF-8 bytes): per value, and all values of one list together. */
export interface HeaderLimits {
  valueBytes: number;
  listBytes: number;
}

/** Header values longer than this (UTF-8 bytes) are cut before storage; a Cognito token is 1–4 KB. */
export const MAX_HEADER_VALUE_BYTES = 32 * 1024;
/** All the values of one header list together (what a call can add to the store per list). */
export const MAX_HEADER_LIST_BYTES = 96 * 1024;
const DEFAULT_HEADER_LIMITS: HeaderLimits = {
  valueBytes: MAX_HEADER_VALUE_BYTES,
  listBytes: MAX_HEADER_LIST_BYTES,
};
/**
 * What a request keeps while too many bytes are pending: still room for a Cognito token (1–4 KB,
 * more with many groups; [unverified] upper size, so kept easy to change here).
 */
export const CROWDED_HEADER_LIMITS: HeaderLimits = { valueBytes: 8 * 1024, listBytes: 12 * 1024 };

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
  private pendingBytes = 0;
  private readonly limits: CorrelatorLimits;

  constructor(limits: Partial<CorrelatorLimits> = {}) {
    this.limits = { ...DEFAULT_CORRELATOR_LIMITS, ...limits };
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** UTF-8 bytes of the header values held by pending requests. */
  get pendingHeaderBytes(): number {
    return this.pendingBytes;
  }

  /**
   * Remembers the headers of a request that may be an API call: to an execute-api host, or to any
   * other `https:` host that is not AWS's own (a custom domain name is told only by its answer).
   * S3, CloudFront's `*.amazonaws.com` names and the sign-in domains are ignored.
   */
  recordRequest(event: RequestHeadersEvent): void {
    this.prune(event.timeStamp);
    const api = parseApiCallUrl(event.url);
    if (!api) return;
    // A redirect reuses the requestId: the latest headers are the ones that reached the API.
    this.remove(event.requestId);
    // Cut now, not when the response comes: a pending request must not hold megabytes.
    let requestHeaders = event.requestHeaders && boundHeaders(event.requestHeaders);
    let bytes = headerBytes(requestHeaders);
    if (event.requestHeaders && this.pendingBytes + bytes > this.limits.maxPendingBytes) {
      requestHeaders = boundHeaders(event.requestHeaders, CROWDED_HEADER_LIMITS);
      bytes = headerBytes(requestHeaders);
    }
    const bounded = requestHeaders ? { ...event, requestHeaders } : event;
    this.pending.set(event.requestId, { event: bounded, api, bytes, seenAt: event.timeStamp });
    this.pendingBytes += bytes;
    while (this.pending.size > this.limits.maxPending) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  /**
   * Completes a request with its response. Returns the captured call when it is a 401, or a 403 or
   * 500 that API Gateway produced about access (`captureVerdict`), from an execute-api host or
   * from another host whose answer carries API Gateway's own headers (a custom domain name); null
   * otherwise. A response whose request headers were never seen (the
   * event was missed, or came out of order) is still captured, with `requestHeaders` undefined,
   * so that one lost event never hides a failing call.
   */
  resolveResponse(event: ResponseHeadersEvent): CapturedCall | null {
    this.prune(event.timeStamp);
    const request = this.pending.get(event.requestId);
    this.remove(event.requestId);
    // The status rules most responses out before any header is read: the hot path stays one lookup.
    if (!CAPTURABLE_STATUSES.has(event.statusCode)) return null;
    const responseHeaders = event.responseHeaders ?? [];
    // CHECKS.md "What else is captured": a 401, or a 403/500 API Gateway produced about access;
    // on a custom domain name only with API Gateway's own headers (`captureVerdict` decides, so it
    // is given the request's target only for an execute-api host). The custom domain's API id and
    // stage come from base path mappings at display time, so mappings imported later still apply.
    const sameUrl = request !== undefined && request.event.url === event.url;
    const known = sameUrl ? request.api : undefined;
    const verdict = captureVerdict({
      url: event.url,
      statusCode: event.statusCode,
      responseHeaders,
      ...(known !== undefined && known.customDomain === undefined && { api: known }),
    });
    const api = verdict && (verdict.api ?? known ?? customDomainTarget(event.url));
    if (!api) return null;
    const requestEvent = sameUrl ? request.event : undefined;
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
      responseHeaders: boundHeaders(responseHeaders),
      api,
    };
  }

  private prune(now: number): void {
    for (const [requestId, entry] of this.pending) {
      // Map iteration is in insertion order, so the first young entry ends the sweep.
      if (now - entry.seenAt <= this.limits.maxAgeMs) break;
      this.remove(requestId);
    }
  }

  private remove(requestId: string): void {
    const entry = this.pending.get(requestId);
    if (!entry) return;
    this.pending.delete(requestId);
    this.pendingBytes -= entry.bytes;
  }
}

/** Request and response headers that carry cookies: no check reads them, so their values are never kept. */
const COOKIE_HEADERS = new Set(['cookie', 'set-cookie']);

/**
 * What a call keeps of its headers: cookie values are dropped (only their presence and length
 * stay), each value is cut to `MAX_HEADER_VALUE_BYTES` and the whole list to
 * `MAX_HEADER_LIST_BYTES` of UTF-8, so that no page can make one call fill session storage.
 */
export function boundHeaders(
  headers: readonly HttpHeader[],
  limits: HeaderLimits = DEFAULT_HEADER_LIMITS,
): HttpHeader[] {
  let budget = limits.listBytes;
  return headers.map((header) => {
    const name = cutChars(header.name, 256);
    if (COOKIE_HEADERS.has(name.toLowerCase())) {
      return { name, value: '', omittedBytes: header.omittedBytes ?? utf8Length(header.value) };
    }
    const limit = Math.max(0, Math.min(limits.valueBytes, budget));
    const value = cutToUtf8Bytes(header.value, limit);
    budget -= utf8Length(value);
    return value.length < header.value.length || header.truncated
      ? { name, value, truncated: true }
      : { name, value };
  });
}

function headerBytes(headers: readonly HttpHeader[] | undefined): number {
  let bytes = 0;
  for (const header of headers ?? []) bytes += utf8Length(header.value);
  return bytes;
}
