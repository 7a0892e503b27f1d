// Sign-in requests as Chrome's "Export HAR" writes them (SIGNIN.md "What is watched"): top-level
// navigations of the hosted UI (302 with `redirectURL` and `location`, the error page's 400 with
// its HTML) and the app's fetches of the token endpoint (a form or JSON body, `{"error": …}`).
// Built at test time on `chromeEntry`; the values are the sign-in fixtures' so the secrets are known.
import { CALLBACK, CLIENT_ID, DOMAIN, SECRETS, T0 } from '../signin/signinFixtures';
import { chromeEntry } from './chromeHar';

const APP_ORIGIN = new URL(CALLBACK).origin;

/** `T0 + seconds`, as HAR's `startedDateTime`. */
export function at(seconds: number, base = T0): string {
  return new Date(base + seconds * 1000).toISOString();
}

export function hostedUiUrl(path: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `${DOMAIN}${path}${query === '' ? '' : `?${query}`}`;
}

/** A navigation hop: a 302 to `redirectTo`, or a page answered with `status` and `html`. */
export function navigationEntry(options: {
  url: string;
  startedDateTime: string;
  redirectTo?: string;
  status?: number;
  html?: string;
}): Record<string, unknown> {
  const status = options.status ?? (options.redirectTo === undefined ? 200 : 302);
  const entry = chromeEntry({
    url: options.url,
    status,
    resourceType: 'document',
    initiator: { type: 'other' },
    startedDateTime: options.startedDateTime,
    requestHeaders: [
      { name: 'accept', value: 'text/html' },
      { name: 'referer', value: `${APP_ORIGIN}/` },
    ],
    responseHeaders: [
      { name: 'content-type', value: 'text/html;charset=UTF-8' },
      ...(options.redirectTo === undefined ? [] : [{ name: 'location', value: options.redirectTo }]),
    ],
    content:
      options.html === undefined
        ? { size: 0, mimeType: 'text/html' }
        : { size: options.html.length, mimeType: 'text/html', text: options.html },
  });
  (entry.response as Record<string, unknown>).redirectURL = options.redirectTo ?? '';
  return entry;
}

/** Cognito's error page as it answers (aws-facts-2.md §1.1): 400 and one generic sentence. */
export const ERROR_PAGE_HTML =
  '<!DOCTYPE html><html><body><div class="container"><h1>An error was encountered with the requested page.</h1></div></body></html>';

/** `POST /oauth2/token` from the app, with `fields` as a form (or `json` as a JSON body). */
export function tokenEntry(options: {
  startedDateTime: string;
  status: number;
  fields?: Record<string, string>;
  json?: Record<string, string>;
  /** The answer's body (`{"error": …}`); a 405 has none. */
  answer?: string;
  /** As base64, the way Chrome writes some bodies. */
  base64Answer?: boolean;
  headers?: { name: string; value: string }[];
}): Record<string, unknown> {
  const form = options.fields && new URLSearchParams(options.fields).toString();
  const json = options.json && JSON.stringify(options.json);
  const contentType = form !== undefined ? 'application/x-www-form-urlencoded' : 'application/json';
  const answer = options.answer;
  return chromeEntry({
    url: `${DOMAIN}/oauth2/token`,
    method: 'POST',
    status: options.status,
    startedDateTime: options.startedDateTime,
    requestHeaders: [
      { name: 'content-type', value: contentType },
      { name: 'origin', value: APP_ORIGIN },
      ...(options.headers ?? []),
    ],
    responseHeaders: [
      { name: 'content-type', value: 'application/json;charset=UTF-8' },
      { name: 'access-control-allow-origin', value: '*' },
      { name: 'x-amz-cognito-request-id', value: '0b1c2d3e-0000-4000-8000-000000000001' },
    ],
    postData: { mimeType: contentType, text: form ?? json ?? '' },
    content:
      answer === undefined
        ? { size: 0, mimeType: 'application/json' }
        : options.base64Answer
          ? { size: answer.length, mimeType: 'application/json', text: btoa(answer), encoding: 'base64' }
          : { size: answer.length, mimeType: 'application/json', text: answer },
  });
}

export const CODE_FLOW_PARAMS = {
  response_type: 'code',
  client_id: CLIENT_ID,
  redirect_uri: CALLBACK,
  scope: 'openid email',
  state: 'st4te',
};

/** The code grant's token request for `code`, sent from the app's callback. */
export function codeExchange(code: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    grant_type: 'authorization_code',
    client_id: CLIENT_ID,
    code,
    redirect_uri: CALLBACK,
    code_verifier: SECRETS.verifier,
    ...extra,
  };
}

/**
 * A sign-in that failed in the ways a HAR shows (SIGNIN.md): an unregistered callback URL (authorize
 * → login → error page), then a code issued and exchanged twice (the second answered
 * `invalid_grant`), then a JSON body to the token endpoint (405, no body). Returned in log order.
 */
export function failingSigninEntries(base = T0): Record<string, unknown>[] {
  const wrongCallback = { ...CODE_FLOW_PARAMS, redirect_uri: `${CALLBACK}/` };
  const loginUrl = hostedUiUrl('/login', wrongCallback);
  const errorUrl = hostedUiUrl('/error', { error: 'redirect_mismatch', client_id: CLIENT_ID });
  const authorize = hostedUiUrl('/oauth2/authorize', CODE_FLOW_PARAMS);
  const issued = `${CALLBACK}?code=${SECRETS.code}&state=st4te`;
  return [
    navigationEntry({
      url: hostedUiUrl('/oauth2/authorize', wrongCallback),
      startedDateTime: at(0, base),
      redirectTo: loginUrl,
    }),
    navigationEntry({ url: loginUrl, startedDateTime: at(1, base), redirectTo: errorUrl }),
    navigationEntry({ url: errorUrl, startedDateTime: at(2, base), status: 400, html: ERROR_PAGE_HTML }),
    navigationEntry({ url: authorize, startedDateTime: at(10, base), redirectTo: issued }),
    tokenEntry({
      startedDateTime: at(12, base),
      status: 200,
      fields: codeExchange(SECRETS.code),
      answer: JSON.stringify({ refresh_token: SECRETS.refreshToken, token_type: 'Bearer', expires_in: 3600 }),
    }),
    tokenEntry({
      startedDateTime: at(13, base),
      status: 400,
      fields: codeExchange(SECRETS.code),
      answer: '{"error":"invalid_grant"}',
    }),
    tokenEntry({
      startedDateTime: at(20, base),
      status: 405,
      json: { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: SECRETS.refreshToken },
    }),
  ];
}
