import type { HttpHeader } from '../capture/types';
import type { ObservedBody, ObservedSigninRequest } from './signinRecord';

/**
 * Joins Chrome's webRequest events for requests to sign-in domains into one observation per hop.
 *
 * A redirect keeps Chrome's `requestId` and starts again at `onBeforeRequest` for the new URL, so
 * each hop of `/oauth2/authorize` → `/login` → `/error` is its own observation, the redirect ones
 * completed by `onBeforeRedirect` (which gives the whole `redirectUrl`, fragment included:
 * TOOLING.md, "More Chrome behaviour") and the last one by its response headers. The form fields
 * of a POST come from `onBeforeRequest` (`requestBody.formData`, only for form-encoded bodies:
 * aws-facts-2.md §1.2), the request headers from `onSendHeaders`.
 */

export interface SigninRequestStart {
  requestId: string;
  tabId: number;
  url: string;
  method: string;
  timeStamp: number;
  type?: string;
  initiator?: string;
  requestBody?: {
    formData?: Record<string, string[]>;
    raw?: Array<{ bytes?: { byteLength: number } }>;
    error?: string;
  } | null;
}

export interface SigninRequestHeaders {
  requestId: string;
  url: string;
  requestHeaders?: HttpHeader[];
}

export interface SigninRedirectEvent {
  requestId: string;
  url: string;
  statusCode: number;
  redirectUrl: string;
}

export interface SigninResponseEvent {
  requestId: string;
  url: string;
  statusCode: number;
}

interface PendingHop {
  observed: ObservedSigninRequest;
  seenAt: number;
  hop: number;
}

export interface AssemblerLimits {
  maxPending: number;
  maxAgeMs: number;
}

const DEFAULT_LIMITS: AssemblerLimits = { maxPending: 128, maxAgeMs: 5 * 60_000 };

function bodyOf(body: SigninRequestStart['requestBody'], method: string): ObservedBody | undefined {
  if (body?.formData !== undefined) return { kind: 'form', fields: body.formData };
  if (body?.raw !== undefined) {
    return { kind: 'raw', bytes: body.raw.reduce((sum, part) => sum + (part.bytes?.byteLength ?? 0), 0) };
  }
  // Chrome reports no `requestBody` for a request without one; a GET never has one.
  if (body === undefined || body === null)
    return method.toUpperCase() === 'GET' ? { kind: 'none' } : undefined;
  return undefined;
}

/** An observation ready to be recorded, with the id of its hop. */
export interface AssembledHop {
  id: string;
  observed: ObservedSigninRequest;
}

export class SigninEventAssembler {
  private readonly pending = new Map<string, PendingHop>();
  private readonly hops = new Map<string, number>();
  private readonly limits: AssemblerLimits;

  constructor(limits: Partial<AssemblerLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  start(event: SigninRequestStart): void {
    this.prune(event.timeStamp);
    const hop = (this.hops.get(event.requestId) ?? 0) + 1;
    this.hops.delete(event.requestId);
    this.hops.set(event.requestId, hop);
    // A chain that leaves the sign-in domain never ends here: keep only the newest chains' counts.
    while (this.hops.size > this.limits.maxPending * 2) {
      const oldest = this.hops.keys().next().value;
      if (oldest === undefined) break;
      this.hops.delete(oldest);
    }
    const body = bodyOf(event.requestBody, event.method);
    const observed: ObservedSigninRequest = {
      requestId: event.requestId,
      tabId: event.tabId,
      url: event.url,
      method: event.method,
      requestTime: event.timeStamp,
      ...(event.type !== undefined ? { resourceType: event.type } : {}),
      ...(event.initiator !== undefined ? { initiator: event.initiator } : {}),
      ...(body !== undefined ? { body } : {}),
    };
    this.pending.delete(event.requestId);
    this.pending.set(event.requestId, { observed, seenAt: event.timeStamp, hop });
    while (this.pending.size > this.limits.maxPending) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.pending.delete(oldest);
      this.hops.delete(oldest);
    }
  }

  headers(event: SigninRequestHeaders): void {
    const entry = this.pending.get(event.requestId);
    if (entry && entry.observed.url === event.url && event.requestHeaders !== undefined) {
      entry.observed.requestHeaders = event.requestHeaders;
    }
  }

  /** The hop that redirected, complete. */
  redirect(event: SigninRedirectEvent): AssembledHop | undefined {
    const entry = this.take(event.requestId, event.url);
    if (!entry) return undefined;
    return this.done(entry, { statusCode: event.statusCode, redirectUrl: event.redirectUrl });
  }

  /** The hop that was answered, complete; redirects (3xx) wait for `redirect`. */
  response(event: SigninResponseEvent): AssembledHop | undefined {
    if (event.statusCode >= 300 && event.statusCode < 400) return undefined;
    const entry = this.take(event.requestId, event.url);
    if (!entry) return undefined;
    this.hops.delete(event.requestId);
    return this.done(entry, { statusCode: event.statusCode });
  }

  /** A request that ended without an answer (network error, cancelled): nothing Cognito said. */
  forget(requestId: string): void {
    this.pending.delete(requestId);
    this.hops.delete(requestId);
  }

  private take(requestId: string, url: string): PendingHop | undefined {
    const entry = this.pending.get(requestId);
    if (!entry || entry.observed.url !== url) return undefined;
    this.pending.delete(requestId);
    return entry;
  }

  private done(entry: PendingHop, outcome: Partial<ObservedSigninRequest>): AssembledHop {
    const observed = { ...entry.observed, ...outcome };
    return { id: `${observed.requestId}.${entry.hop}-${Math.round(observed.requestTime)}`, observed };
  }

  private prune(now: number): void {
    for (const [requestId, entry] of this.pending) {
      if (now - entry.seenAt <= this.limits.maxAgeMs) break;
      this.pending.delete(requestId);
      this.hops.delete(requestId);
    }
  }
}
