import { customDomainTarget } from '../capture/apiGatewayUrl';
import { boundBody, type RawBody } from '../capture/capturedBody';
import { CAPTURABLE_STATUSES, type CaptureVerdict, captureVerdict } from '../capture/captureRule';
import { boundHeaders } from '../capture/requestCorrelator';
import type { CapturedCall, HttpHeader } from '../capture/types';

/**
 * The one place where a HAR entry becomes the capture model. Everything in an entry is untrusted
 * text from a file: each field is type-checked and bounded, and an entry that lacks what a call
 * needs (a URL, a method, a status, a start time) is left out rather than guessed.
 */

/** Headers kept per request or response; Chrome's entries carry a few dozen. */
const MAX_HEADERS = 200;
const MAX_URL_LENGTH = 16 * 1024;

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown, max = 1000): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

/**
 * HAR header lists as webRequest would report them: HTTP/2 pseudo-headers (`:authority`, `:path`),
 * which Chrome's export includes and webRequest never shows, are dropped.
 */
function headersOf(value: unknown): HttpHeader[] {
  if (!Array.isArray(value)) return [];
  const headers: HttpHeader[] = [];
  for (const item of value) {
    if (headers.length >= MAX_HEADERS) break;
    const header = record(item);
    const name = text(header?.name, 256);
    const headerValue = header?.value;
    if (name === undefined || name === '' || name.startsWith(':') || typeof headerValue !== 'string')
      continue;
    headers.push({ name, value: headerValue });
  }
  return boundHeaders(headers);
}

/** Chrome's `_resourceType` (DevTools' names) in webRequest's words, which the checks and the popup use. */
const RESOURCE_TYPES: Record<string, string> = {
  fetch: 'xmlhttprequest',
  xhr: 'xmlhttprequest',
  eventsource: 'xmlhttprequest',
  document: 'main_frame',
  preflight: 'other',
  'csp-violation-report': 'csp_report',
  script: 'script',
  stylesheet: 'stylesheet',
  image: 'image',
  font: 'font',
  media: 'media',
  websocket: 'websocket',
  ping: 'ping',
  other: 'other',
};

/** webRequest's type back in DevTools' words, for export. */
export function harResourceType(resourceType: string | undefined): string {
  if (resourceType === 'xmlhttprequest') return 'fetch';
  if (resourceType === 'main_frame' || resourceType === 'sub_frame') return 'document';
  if (resourceType === 'csp_report') return 'csp-violation-report';
  return resourceType !== undefined && Object.hasOwn(RESOURCE_TYPES, resourceType) ? resourceType : 'other';
}

function originOf(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '') return undefined;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * webRequest's `initiator` is the origin of the frame that made the request; a HAR has no such
 * field. In order of trust: the `Origin` request header (sent on every CORS and non-GET request),
 * Chrome's `_initiator` (`url` for a parser, the top stack frame for a script), then `Referer`.
 */
function initiatorOf(entry: Json, requestHeaders: readonly HttpHeader[]): string | undefined {
  const header = (name: string) => requestHeaders.find((h) => h.name.toLowerCase() === name)?.value;
  const fromOrigin = header('origin');
  if (fromOrigin !== undefined && fromOrigin !== 'null' && originOf(fromOrigin) === fromOrigin)
    return fromOrigin;
  const initiator = record(entry._initiator);
  const stack = record(initiator?.stack);
  const frames = Array.isArray(stack?.callFrames) ? stack.callFrames : [];
  return (
    originOf(initiator?.url) ??
    originOf(record(frames[0])?.url) ??
    (typeof entry._initiator === 'string' ? originOf(entry._initiator) : undefined) ??
    originOf(header('referer'))
  );
}

function requestBodyOf(request: Json): RawBody | undefined {
  const postData = record(request.postData);
  if (!postData) return undefined;
  const mimeType = text(postData.mimeType, 200) ?? '';
  if (typeof postData.text === 'string') return { mimeType, text: postData.text };
  // HAR 1.2 allows a form as `params` instead of `text`.
  if (Array.isArray(postData.params)) {
    const form = new URLSearchParams();
    for (const item of postData.params.slice(0, MAX_HEADERS)) {
      const param = record(item);
      if (typeof param?.name === 'string')
        form.append(param.name, typeof param.value === 'string' ? param.value : '');
    }
    return { mimeType, text: form.toString() };
  }
  return { mimeType };
}

function responseBodyOf(response: Json): RawBody | undefined {
  const content = record(response.content);
  if (!content) return undefined;
  return {
    mimeType: text(content.mimeType, 200) ?? '',
    ...(typeof content.text === 'string' && { text: content.text }),
    ...(typeof content.encoding === 'string' && { encoding: content.encoding }),
    ...(typeof content.size === 'number' && { size: content.size }),
  };
}

/** One entry read into the capture model's shapes, before the capture rule is applied. */
export interface HarExchange {
  call: Omit<CapturedCall, 'api'>;
}

/** Reads the parts of an entry a call is made of; undefined when the entry is not a usable request. */
export function readHarExchange(entry: unknown, index: number): HarExchange | undefined {
  const root = record(entry);
  const request = record(root?.request);
  const response = record(root?.response);
  if (!root || !request || !response) return undefined;
  const url = text(request.url, MAX_URL_LENGTH);
  const method = text(request.method, 32);
  const status = response.status;
  const started = typeof root.startedDateTime === 'string' ? Date.parse(root.startedDateTime) : Number.NaN;
  if (
    !url ||
    !method ||
    typeof status !== 'number' ||
    !Number.isInteger(status) ||
    !Number.isFinite(started)
  ) {
    return undefined;
  }
  const duration =
    typeof root.time === 'number' && Number.isFinite(root.time) && root.time >= 0 ? root.time : 0;
  const requestHeaders = headersOf(request.headers);
  const statusText = text(response.statusText, 200) ?? '';
  const httpVersion = text(response.httpVersion, 20) || 'HTTP/1.1';
  const initiator = initiatorOf(root, requestHeaders);
  const harType = text(root._resourceType, 40);
  const resourceType =
    harType !== undefined && Object.hasOwn(RESOURCE_TYPES, harType) ? RESOURCE_TYPES[harType] : undefined;
  const requestBody = boundBody(requestBodyOf(request));
  const responseBody = boundBody(responseBodyOf(response));
  return {
    call: {
      id: `har-${index}`,
      requestId: `har-${index}`,
      // A HAR knows no tab: -1 is the capture model's "no tab".
      tabId: -1,
      url,
      method: method.toUpperCase(),
      requestTime: started,
      responseTime: started + duration,
      statusCode: status,
      statusLine: `${httpVersion} ${status}${statusText ? ` ${statusText}` : ''}`,
      ...(initiator !== undefined && { initiator }),
      ...(resourceType !== undefined && { resourceType }),
      // Chrome writes an empty list when it has no request headers (a request served from cache).
      ...(requestHeaders.length > 0 && { requestHeaders }),
      responseHeaders: headersOf(response.headers),
      ...(requestBody !== undefined && { requestBody }),
      ...(responseBody !== undefined && { responseBody }),
    },
  };
}

export type HarEntryVerdict =
  /**
   * Captured, with the API it targets. On a custom domain name (API Gateway's own headers said so)
   * the target names the host only, as the worker's capture does: the API id and stage come from
   * the base path mappings when the call is shown (`withCustomDomainMapping`).
   */
  | { kind: 'call'; call: CapturedCall; reason: CaptureVerdict['reason'] }
  /** Not a call the extension captures. */
  | { kind: 'not-captured' }
  /** Not a well-formed HAR entry (no URL, method, status or start time). */
  | { kind: 'unreadable' };

/** A HAR entry through the extension's capture rule (`captureVerdict`). */
export function harEntryToCall(entry: unknown, index: number): HarEntryVerdict {
  // Most entries of a HAR are 200s: the status alone rules them out before any header or body is read.
  const status = record(record(entry)?.response)?.status;
  if (typeof status === 'number' && !CAPTURABLE_STATUSES.has(status)) {
    return record(record(entry)?.request) ? { kind: 'not-captured' } : { kind: 'unreadable' };
  }
  const exchange = readHarExchange(entry, index);
  if (!exchange) return { kind: 'unreadable' };
  const { call } = exchange;
  const verdict = captureVerdict(call);
  if (!verdict) return { kind: 'not-captured' };
  const api = verdict.api ?? customDomainTarget(call.url);
  if (!api) return { kind: 'not-captured' };
  return { kind: 'call', call: { ...call, api }, reason: verdict.reason };
}
