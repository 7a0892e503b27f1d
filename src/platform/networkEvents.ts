import type { WebRequest } from 'webextension-polyfill';
import { API_GATEWAY_URL_PATTERNS } from '../core/capture/apiGatewayUrl';
import type { RequestHeadersEvent, ResponseHeadersEvent } from '../core/capture/requestCorrelator';
import type { HttpHeader } from '../core/capture/types';
import browser from './browser';

export interface NetworkEventHandlers {
  onRequestHeaders(event: RequestHeadersEvent): void;
  onResponseHeaders(event: ResponseHeadersEvent): void;
  /** The request ended without (further) response headers: completed, failed or cancelled. */
  onRequestEnded(requestId: string): void;
}

const filter: WebRequest.RequestFilter = { urls: API_GATEWAY_URL_PATTERNS };

/**
 * Registers the webRequest listeners. Must be called synchronously at the top level of the
 * worker, or Chrome does not wake a stopped worker for the events (TOOLING.md, behaviour 6).
 *
 * `'extraHeaders'` on `onHeadersReceived` is not about the headers: registering any listener with
 * it is what makes Chrome report CORS preflights and the CORS-less 401 an authorizer sends by
 * default; without it that 401 never reaches `onHeadersReceived` (TOOLING.md, behaviour 3).
 */
export function listenToApiGatewayTraffic(handlers: NetworkEventHandlers): void {
  browser.webRequest.onSendHeaders.addListener(
    (details) => {
      handlers.onRequestHeaders({
        requestId: details.requestId,
        tabId: details.tabId,
        url: details.url,
        method: details.method,
        timeStamp: details.timeStamp,
        requestHeaders: toHeaders(details.requestHeaders),
        ...initiatorOf(details),
        type: details.type,
      });
    },
    filter,
    ['requestHeaders'],
  );
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      handlers.onResponseHeaders({
        requestId: details.requestId,
        tabId: details.tabId,
        url: details.url,
        method: details.method,
        timeStamp: details.timeStamp,
        statusCode: details.statusCode,
        statusLine: details.statusLine,
        responseHeaders: toHeaders(details.responseHeaders),
        ...initiatorOf(details),
        type: details.type,
      });
      return undefined;
    },
    filter,
    // The polyfill's types are Firefox's, which has no 'extraHeaders'; Chrome requires it here.
    ['responseHeaders', 'extraHeaders'] as unknown as WebRequest.OnHeadersReceivedOptions[],
  );
  browser.webRequest.onCompleted.addListener((details) => handlers.onRequestEnded(details.requestId), filter);
  browser.webRequest.onErrorOccurred.addListener(
    (details) => handlers.onRequestEnded(details.requestId),
    filter,
  );
}

function toHeaders(headers: WebRequest.HttpHeaders | undefined): HttpHeader[] | undefined {
  if (!headers) return undefined;
  return headers.map((header) => ({
    name: header.name,
    // Chrome gives `binaryValue` for values that are not UTF-8; keep them readable as Latin-1.
    value: header.value ?? (header.binaryValue ? String.fromCharCode(...header.binaryValue) : ''),
  }));
}

/** Chrome names the page's origin `initiator`; Firefox's types call the field `originUrl`. */
function initiatorOf(details: object): { initiator?: string } {
  const initiator = (details as { initiator?: unknown }).initiator;
  return typeof initiator === 'string' ? { initiator } : {};
}
