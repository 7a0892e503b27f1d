import { parseApiGatewayUrl } from './apiGatewayUrl';
import type { CapturedCall, HttpHeader } from './types';

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

export const DEFAULT_CORRELATOR_LIMITS: CorrelatorLimits = { maxPending: 256, maxAgeMs: 5 * 60_000 };

/** Header values longer than this are cut before storage; a Cognito token is 1–4 KB. */
export const MAX_HEADER_VALUE_LENGTH = 32 * 1024;

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
    this.pending.set(event.requestId, { event, seenAt: event.timeStamp });
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
      ...(requestEvent?.requestHeaders && { requestHeaders: boundHeaders(requestEvent.requestHeaders) }),
      responseHeaders: boundHeaders(event.responseHeaders ?? []),
      api,
    };
  }

  /** Drops a request that ended without a response (network error, cancelled). */
  forget(requestId: string): void {
    this.pending.delete(requestId);
  }

  private prune(now: number): void {
    for (const [requestId, entry] of this.pending) {
      // Map iteration is in insertion order, so the first young entry ends the sweep.
      if (now - entry.seenAt <= this.limits.maxAgeMs) break;
      this.pending.delete(requestId);
    }
  }
}

/** Cuts over-long header values so that one absurd header cannot fill session storage. */
export function boundHeaders(headers: readonly HttpHeader[]): HttpHeader[] {
  return headers.map((header) =>
    header.value.length > MAX_HEADER_VALUE_LENGTH
      ? { name: header.name, value: header.value.slice(0, MAX_HEADER_VALUE_LENGTH), truncated: true }
      : { name: header.name, value: header.value },
  );
}
