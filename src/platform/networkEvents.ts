import type { WebRequest } from 'webextension-polyfill';
import { API_CALL_URL_PATTERNS } from '../core/capture/apiGatewayUrl';
import { CAPTURABLE_STATUSES } from '../core/capture/captureRule';
import { headerFromBytes } from '../core/capture/headerBytes';
import type { RequestHeadersEvent, ResponseHeadersEvent } from '../core/capture/requestCorrelator';
import type { HttpHeader } from '../core/capture/types';
import browser from './browser';

export interface NetworkEventHandlers {
  onRequestHeaders(event: RequestHeadersEvent): void;
  onResponseHeaders(event: ResponseHeadersEvent): void;
}

/**
 * The resource types asked for: `xmlhttprequest` is every `fetch` and XHR, `other` is the CORS
 * preflight (an authorizer that rejects the `OPTIONS` is a 401 to capture). Images, scripts,
 * stylesheets and navigations are none of our business: each one would cost Chrome an event with a
 * copy of its headers (docs/performance.md). The URL filter is every `https:` host because a custom
 * domain name can be any host: Chrome reports only the hosts the extension may access (the AWS
 * hosts of the manifest, and what the user granted), and on those the status rules out a response
 * before its headers are copied.
 * Sign-in navigations (`main_frame` on the Cognito domain) will need a listener of their own with
 * their own filter, not a wider one here.
 */
const API_CALL_TYPES = ['xmlhttprequest', 'other'] as WebRequest.ResourceType[];

const filter: WebRequest.RequestFilter = { urls: API_CALL_URL_PATTERNS, types: API_CALL_TYPES };

/**
 * Registers the webRequest listeners. Must be called synchronously at the top level of the
 * worker, or Chrome does not wake a stopped worker for the events (TOOLING.md, behaviour 6).
 *
 * Two events only: the request headers and the response headers. Requests that end without a
 * response are aged out by the correlator, so `onCompleted` / `onErrorOccurred` would be a third
 * event per request for nothing.
 *
 * `'extraHeaders'` on `onHeadersReceived` is not about the headers: registering a listener with
 * it is what makes Chrome report CORS preflights and the CORS-less 401 an authorizer sends by
 * default; without it that 401 never reaches `onHeadersReceived` (TOOLING.md, behaviour 3). The
 * request listener does without it: `Authorization` is reported without (TOOLING.md, behaviour 4),
 * and what it would add is the `Cookie` header, which no check reads.
 *
 * Each listener catches everything: one malformed event must not cost the calls after it, and
 * the error is not logged because the event may hold a token.
 */
export function listenToApiGatewayTraffic(handlers: NetworkEventHandlers): void {
  browser.webRequest.onSendHeaders.addListener(
    (details) => {
      try {
        handlers.onRequestHeaders(requestEventOf(details));
      } catch {
        // Deliberately silent (see above).
      }
    },
    filter,
    ['requestHeaders'],
  );
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      try {
        handlers.onResponseHeaders(responseEventOf(details));
      } catch {
        // Deliberately silent (see above).
      }
      return undefined;
    },
    filter,
    // The polyfill's types are Firefox's, which has no 'extraHeaders'; Chrome requires it here.
    ['responseHeaders', 'extraHeaders'] as unknown as WebRequest.OnHeadersReceivedOptions[],
  );
}

export function requestEventOf(details: WebRequest.OnSendHeadersDetailsType): RequestHeadersEvent {
  return {
    requestId: details.requestId,
    tabId: details.tabId,
    url: details.url,
    method: details.method,
    timeStamp: details.timeStamp,
    requestHeaders: toHeaders(details.requestHeaders),
    ...initiatorOf(details),
    type: details.type,
  };
}

export function responseEventOf(details: WebRequest.OnHeadersReceivedDetailsType): ResponseHeadersEvent {
  return {
    requestId: details.requestId,
    tabId: details.tabId,
    url: details.url,
    method: details.method,
    timeStamp: details.timeStamp,
    statusCode: details.statusCode,
    statusLine: details.statusLine,
    // Most responses (every 200) are ruled out by their status alone: their headers are not copied.
    responseHeaders: CAPTURABLE_STATUSES.has(details.statusCode)
      ? toHeaders(details.responseHeaders)
      : undefined,
    ...initiatorOf(details),
    type: details.type,
  };
}

export function toHeaders(headers: WebRequest.HttpHeaders | undefined): HttpHeader[] | undefined {
  if (!Array.isArray(headers)) return undefined;
  // Chrome's headers are already `{ name, value }` objects made for this listener alone: taken as
  // they are (the correlator cuts them into new ones anyway) unless a value came as bytes.
  if (headers.every((header) => typeof header.value === 'string')) return headers as HttpHeader[];
  return headers.map((header) =>
    // Chrome gives `binaryValue` instead of `value` for values that are not UTF-8.
    header.value === undefined && header.binaryValue
      ? headerFromBytes(header.name, header.binaryValue)
      : { name: header.name, value: header.value ?? '' },
  );
}

/** Chrome names the page's origin `initiator`; Firefox's types call the field `originUrl`. */
export function initiatorOf(details: object): { initiator?: string } {
  const initiator = (details as { initiator?: unknown }).initiator;
  return typeof initiator === 'string' ? { initiator } : {};
}
