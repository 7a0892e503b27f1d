import type { Entry, Har, Header, PostData, QueryString } from 'har-format';
import type { CapturedCall, HttpHeader } from '../capture/types';
import { SecretRedactor } from '../handoff/redactSecrets';
import { harResourceType } from './harEntryToCall';

/** `log.creator.name` of our exports: the import page uses it to say that signatures were removed. */
export const EXPORT_CREATOR_NAME = 'Cognito 401 Doctor';

export interface ExportHarOptions {
  /** The extension's version, for `log.creator.version`. */
  version: string;
  /** Configured identity header names (besides `Authorization`): redacted like credentials. */
  identityHeaders?: readonly string[];
}

function exportHeaders(headers: readonly HttpHeader[] | undefined, redactor: SecretRedactor): Header[] {
  const out: Header[] = [];
  for (const header of headers ?? []) {
    const value = redactor.headerValue(header.name, header.value);
    if (value !== undefined) out.push({ name: header.name, value });
  }
  return out;
}

function queryOf(url: string): QueryString[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/** `HTTP/2.0 401 Unauthorized` → version and reason phrase; webRequest's `HTTP/1.1 401` has no phrase. */
function splitStatusLine(
  statusLine: string,
  statusCode: number,
): { httpVersion: string; statusText: string } {
  const match = /^(\S+)\s+(\d{3})\s*(.*)$/.exec(statusLine);
  if (!match || Number(match[2]) !== statusCode) return { httpVersion: 'HTTP/1.1', statusText: '' };
  return { httpVersion: match[1] ?? 'HTTP/1.1', statusText: match[3] ?? '' };
}

function exportEntry(call: CapturedCall, redactor: SecretRedactor): Entry {
  const { httpVersion, statusText } = splitStatusLine(call.statusLine, call.statusCode);
  const url = redactor.url(call.url);
  const time = Math.max(0, call.responseTime - call.requestTime);
  const requestBody = call.requestBody ? redactor.body(call.requestBody) : undefined;
  const responseBody = call.responseBody ? redactor.body(call.responseBody) : undefined;
  const postData: PostData | undefined =
    requestBody?.text !== undefined ? { mimeType: requestBody.mimeType, text: requestBody.text } : undefined;
  const location = call.responseHeaders.find((header) => header.name.toLowerCase() === 'location');
  return {
    startedDateTime: new Date(call.requestTime).toISOString(),
    time,
    request: {
      method: call.method,
      url,
      httpVersion,
      cookies: [],
      headers: exportHeaders(call.requestHeaders, redactor),
      queryString: queryOf(url),
      ...(postData && { postData }),
      headersSize: -1,
      bodySize: requestBody?.size ?? requestBody?.text?.length ?? 0,
    },
    response: {
      status: call.statusCode,
      statusText,
      httpVersion,
      cookies: [],
      headers: exportHeaders(call.responseHeaders, redactor),
      content: {
        size: responseBody?.size ?? responseBody?.text?.length ?? 0,
        mimeType: responseBody?.mimeType ?? '',
        ...(responseBody?.text !== undefined && { text: responseBody.text }),
      },
      redirectURL: location ? redactor.url(location.value) : '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
    _resourceType: harResourceType(call.resourceType) as Entry['_resourceType'],
    // Chrome's own `_initiator` names the script or document; the capture model has the origin only.
    ...(call.initiator !== undefined && { _initiator: { type: 'other', url: call.initiator } }),
    // A body cut to the capture model's bound is marked, so that a reader does not take it as whole.
    ...((call.responseBody?.truncated || call.requestBody?.truncated) && {
      comment: 'A body in this entry was cut to its first 16 KB when captured.',
    }),
  };
}

/**
 * The captured calls as a HAR 1.2 document (issue 13, "HAR export"): every JWT's signature
 * replaced (`SIGNATURE_REMOVED`), every secret of SIGNIN.md and every credential header value
 * replaced by a stand-in, cookies and `Set-Cookie` dropped, in URLs, headers and bodies alike.
 * Importing it gives back calls that diagnose the same, except `token.signature`, which cannot run.
 * Oldest call first, as HAR 1.2 prefers.
 */
export function exportHar(calls: readonly CapturedCall[], options: ExportHarOptions): Har {
  const redactor = new SecretRedactor(options.identityHeaders);
  const ordered = [...calls].sort((a, b) => a.requestTime - b.requestTime);
  return {
    log: {
      version: '1.2',
      creator: { name: EXPORT_CREATOR_NAME, version: options.version },
      entries: ordered.map((call) => exportEntry(call, redactor)),
      comment:
        'JWT signatures, credentials, sign-in secrets (code, code_verifier, client_secret, tokens, passwords) and cookies were removed.',
    },
  };
}
