import type { WebRequest } from 'webextension-polyfill';
import type {
  SigninRedirectEvent,
  SigninRequestHeaders,
  SigninRequestStart,
  SigninResponseEvent,
} from '../core/signin/signinEventAssembler';
import browser from './browser';
import { initiatorOf, toHeaders } from './networkEvents';

export interface SigninEventHandlers {
  onStart(event: SigninRequestStart): void;
  onHeaders(event: SigninRequestHeaders): void;
  onRedirect(event: SigninRedirectEvent): void;
  onResponse(event: SigninResponseEvent): void;
  /** `url` lets the worker drop the hosts it does not watch before anything else. */
  onEnded(requestId: string, url: string): void;
}

/**
 * Cognito's prefix sign-in domains, `{prefix}.auth.{region}.amazoncognito.com` (aws-facts.md §6).
 * Narrowed in code by `signinDomainOf`.
 */
export const SIGNIN_URL_PATTERNS = ['https://*.amazoncognito.com/*'];

export const PREFIX_SIGNIN_FILTER: WebRequest.RequestFilter = { urls: SIGNIN_URL_PATTERNS };

/**
 * Custom sign-in domains (`auth.example.com`) can be any host, and a filter cannot follow the
 * saved list: listeners are registered once, synchronously, when the worker starts (TOOLING.md,
 * behaviour 6). So this filter is every `https:` host the extension may access (Chrome reports no
 * other), narrowed to the types a sign-in flow uses: navigations (authorize, login, the error page)
 * and fetch/XHR (token, revoke, userInfo). The worker drops every event whose host is not a saved
 * custom sign-in domain before anything else happens (`signinDomainOf`).
 */
export const CUSTOM_SIGNIN_FILTER: WebRequest.RequestFilter = {
  urls: ['https://*/*'],
  types: ['main_frame', 'sub_frame', 'xmlhttprequest'] as WebRequest.ResourceType[],
};

/**
 * Registers the webRequest listeners for sign-in domains. Called synchronously at the top level of
 * the worker (TOOLING.md, behaviour 6). Navigations (authorize, login, the error page) and
 * fetch/XHR (token, revoke, userInfo) alike: the filter names no resource type. The extension only
 * observes: no listener blocks or changes a request, and nothing is ever sent to these hosts.
 */
export function listenToSigninTraffic(
  handlers: SigninEventHandlers,
  filter: WebRequest.RequestFilter = PREFIX_SIGNIN_FILTER,
): void {
  browser.webRequest.onBeforeRequest.addListener(
    (details) => {
      handlers.onStart({
        requestId: details.requestId,
        tabId: details.tabId,
        url: details.url,
        method: details.method,
        timeStamp: details.timeStamp,
        type: details.type,
        ...initiatorOf(details),
        requestBody: bodyOf(details.requestBody),
      });
      return undefined;
    },
    filter,
    ['requestBody'],
  );
  browser.webRequest.onSendHeaders.addListener(
    (details) =>
      handlers.onHeaders({
        requestId: details.requestId,
        url: details.url,
        requestHeaders: toHeaders(details.requestHeaders),
      }),
    filter,
    ['requestHeaders'],
  );
  browser.webRequest.onBeforeRedirect.addListener(
    (details) =>
      handlers.onRedirect({
        requestId: details.requestId,
        url: details.url,
        statusCode: details.statusCode,
        redirectUrl: details.redirectUrl,
      }),
    filter,
  );
  browser.webRequest.onHeadersReceived.addListener((details) => {
    handlers.onResponse({ requestId: details.requestId, url: details.url, statusCode: details.statusCode });
    return undefined;
  }, filter);
  browser.webRequest.onErrorOccurred.addListener(
    (details) => handlers.onEnded(details.requestId, details.url),
    filter,
  );
}

function bodyOf(
  body: WebRequest.OnBeforeRequestDetailsTypeRequestBodyType | undefined,
): SigninRequestStart['requestBody'] {
  if (!body) return undefined;
  return {
    ...(body.formData ? { formData: body.formData as unknown as Record<string, string[]> } : {}),
    // Only the size of a raw body is read: its bytes could hold a code or a secret.
    ...(body.raw
      ? {
          raw: body.raw.map((part) => ({
            bytes: { byteLength: (part.bytes as ArrayBuffer | undefined)?.byteLength ?? 0 },
          })),
        }
      : {}),
    ...(body.error ? { error: body.error } : {}),
  };
}
