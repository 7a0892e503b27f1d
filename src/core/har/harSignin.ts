import { readBodyFacts } from '../capture/capturedBody';
import type { CapturedBody } from '../capture/types';
import type { DigestSecret } from '../signin/secretDigest';
import { signinDomainOf } from '../signin/signinDomain';
import {
  type ObservedBody,
  type ObservedSigninRequest,
  recordSigninRequest,
  type SigninRecord,
  withoutSecretParameters,
} from '../signin/signinRecord';
import {
  addSigninRecord,
  EMPTY_SIGNIN_STATE,
  isSigninStep,
  type SigninState,
  type SigninStoreLimits,
} from '../signin/signinStore';
import { readHarExchange } from './harEntryToCall';
import { type DevtoolsContent, withResponseContent } from './panelCalls';

/**
 * Sign-in requests (SIGNIN.md "What is watched") in a HAR file or DevTools' log, turned into what
 * the webRequest capture would have observed, so that `recordSigninRequest` drops and digests their
 * secrets exactly as it does for the capture, and the same `signin.*` checks read them. A HAR sees
 * more than webRequest: the response body, where a token endpoint's `{"error": …}` is.
 */

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** Redirect targets remembered to tie the next hop to its chain; a HAR's chains are a few hops long. */
const MAX_OPEN_REDIRECTS = 256;

/**
 * Sentences of the hosted UI's own pages (aws-facts-2.md §1.1 and §1.3): the page's words are the
 * only reason it gives, so the step shows them as Cognito's description. Matched as written,
 * without regard to case; a page without one of them adds nothing.
 */
const HOSTED_UI_SENTENCES = [
  'Login option is not available. Please try another one',
  "Required String parameter 'redirect_uri' is not present",
  'Required parameters missing',
  'An error was encountered with the requested page.',
] as const;

function formFields(text: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (!Object.hasOwn(fields, name)) fields[name] = [];
    fields[name]?.push(value);
  }
  return fields;
}

/**
 * The request body as webRequest's `requestBody` would have described it: form fields only for a
 * body sent as `application/x-www-form-urlencoded` (Chrome parses nothing else into `formData`,
 * aws-facts-2.md §1.2 "Form fields"; a multipart body, which Chrome would also parse, is counted as
 * raw here: Cognito's token endpoint takes neither), the size of anything else, and no body when
 * the HAR recorded none (Chrome leaves `postData` out of a request without a body).
 */
function observedBody(body: CapturedBody | undefined): ObservedBody {
  if (body === undefined) return { kind: 'none' };
  const type = body.mimeType.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded' && body.text !== undefined && !body.truncated)
    return { kind: 'form', fields: formFields(body.text) };
  const bytes = body.text === undefined ? (body.size ?? 0) : new TextEncoder().encode(body.text).length;
  return { kind: 'raw', bytes };
}

/**
 * What an answer's body says about the failure: a JSON `error` / `error_description` (the token,
 * revoke and userInfo endpoints), else one of the hosted UI's sentences (its HTML pages).
 */
export function signinResponseError(body: CapturedBody | undefined): ObservedSigninRequest['responseError'] {
  const facts = readBodyFacts(body);
  if (facts.error !== undefined || facts.errorDescription !== undefined) {
    return {
      ...(facts.error !== undefined ? { error: facts.error } : {}),
      ...(facts.errorDescription !== undefined ? { errorDescription: facts.errorDescription } : {}),
    };
  }
  const text = body?.text?.toLowerCase();
  if (text === undefined) return undefined;
  const sentence = HOSTED_UI_SENTENCES.find((known) => text.includes(known.toLowerCase()));
  return sentence === undefined ? undefined : { errorDescription: sentence };
}

function redirectOf(response: Json | undefined, base: string): string | undefined {
  const declared = typeof response?.redirectURL === 'string' ? response.redirectURL : '';
  const location = Array.isArray(response?.headers)
    ? response.headers
        .map(record)
        .find((header) => typeof header?.name === 'string' && header.name.toLowerCase() === 'location')?.value
    : undefined;
  const target = declared !== '' ? declared : typeof location === 'string' ? location : '';
  if (target === '') return undefined;
  try {
    return new URL(target, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Reads the sign-in requests of one HAR or DevTools log, in the order they come. A HAR has no
 * Chrome `requestId` tying the hops of a redirect chain together (authorize → login → error): a hop
 * joins the chain of the earlier entry whose redirect named its URL.
 */
export class HarSigninReader {
  /** Redirect target (without its secrets) → the chain's id. */
  private readonly openRedirects = new Map<string, string>();

  constructor(private readonly customDomains: readonly string[] = []) {}

  /** Whether the entry is a request to a sign-in domain: its URL only, cheap enough for every entry. */
  isSigninEntry(entry: unknown): boolean {
    const url = record(record(entry)?.request)?.url;
    if (typeof url !== 'string' || !url.startsWith('https://')) return false;
    // Most entries are the app's own: a substring test rules them out before any URL is parsed.
    const lower = url.toLowerCase();
    if (!lower.includes('.amazoncognito.com') && !this.customDomains.some((host) => lower.includes(host)))
      return false;
    try {
      return signinDomainOf(new URL(url), this.customDomains) !== undefined;
    } catch {
      return false;
    }
  }

  /**
   * The entry as webRequest would have observed it, or undefined when it is not a request to a
   * sign-in domain or not a usable entry. Call it in the log's order: it links redirect chains.
   */
  observe(entry: unknown, index: number): ObservedSigninRequest | undefined {
    if (!this.isSigninEntry(entry)) return undefined;
    const exchange = readHarExchange(entry, index);
    if (exchange === undefined) return undefined;
    const { call } = exchange;
    const key = withoutSecretParameters(call.url);
    const requestId = this.openRedirects.get(key) ?? call.requestId;
    this.openRedirects.delete(key);
    const redirectUrl = redirectOf(record(record(entry)?.response), call.url);
    if (redirectUrl !== undefined) {
      if (this.openRedirects.size >= MAX_OPEN_REDIRECTS) {
        const oldest = this.openRedirects.keys().next().value;
        if (oldest !== undefined) this.openRedirects.delete(oldest);
      }
      this.openRedirects.set(withoutSecretParameters(redirectUrl), requestId);
    }
    const responseError = call.statusCode >= 400 ? signinResponseError(call.responseBody) : undefined;
    return {
      requestId,
      tabId: call.tabId,
      url: call.url,
      method: call.method,
      requestTime: call.requestTime,
      statusCode: call.statusCode,
      ...(call.resourceType !== undefined && { resourceType: call.resourceType }),
      ...(call.initiator !== undefined && { initiator: call.initiator }),
      ...(redirectUrl !== undefined && { redirectUrl }),
      ...(call.requestHeaders !== undefined && { requestHeaders: call.requestHeaders }),
      body: observedBody(call.requestBody),
      ...(responseError !== undefined && { responseError }),
    };
  }
}

/**
 * How many sign-in records one file or panel keeps, bounded like the capture's (`addSigninRecord`).
 * A HAR has no tab, so all of them are one flow (tab -1).
 */
export const HAR_SIGNIN_LIMITS: SigninStoreLimits = { stepsPerTab: 2000, contextPerTab: 500, total: 2500 };

/**
 * Collects the sign-in records of one file while it is read. Each request's secrets become digests
 * at once (`recordSigninRequest`, with a salt drawn for this file only and never stored), so no code,
 * verifier or secret outlives the entry it came in; `finish` keeps steps and flow context as the
 * capture keeps them.
 */
export class HarSigninCollector {
  private readonly reader: HarSigninReader;
  private readonly pending: Promise<SigninRecord | undefined>[] = [];

  constructor(
    private readonly digest: DigestSecret,
    private readonly customDomains: readonly string[] = [],
  ) {
    this.reader = new HarSigninReader(customDomains);
  }

  /** Reads one entry of the log (in order); false when it is not a sign-in request. */
  add(entry: unknown, index: number): boolean {
    const observed = this.reader.observe(entry, index);
    if (observed === undefined) return false;
    this.pending.push(
      recordSigninRequest(observed, `har-${index}`, this.customDomains, this.digest).catch(() => undefined),
    );
    return true;
  }

  async finish(
    limits: SigninStoreLimits = HAR_SIGNIN_LIMITS,
  ): Promise<{ state: SigninState; droppedSteps: number }> {
    let state = EMPTY_SIGNIN_STATE;
    let steps = 0;
    for (const kept of await Promise.all(this.pending)) {
      if (kept === undefined) continue;
      if (isSigninStep(kept)) steps++;
      state = addSigninRecord(state, kept, limits);
    }
    return { state, droppedSteps: steps - state.records.filter(isSigninStep).length };
  }
}

/**
 * One sign-in request DevTools recorded, kept as the capture keeps it. The body is asked for
 * (`content`) only for a failed request, where it can hold the reason (`{"error": …}`, the hosted
 * UI's sentence): redirects and successes are read from their headers alone.
 */
export async function devtoolsSigninRecord(
  entry: unknown,
  observed: ObservedSigninRequest,
  id: string,
  content: () => Promise<DevtoolsContent | undefined>,
  digest: DigestSecret,
  customDomains: readonly string[] = [],
): Promise<SigninRecord | undefined> {
  let withBody = observed;
  if ((observed.statusCode ?? 0) >= 400 && observed.responseError === undefined) {
    const body = await content().catch(() => undefined);
    const responseBody =
      body === undefined
        ? undefined
        : readHarExchange(withResponseContent(entry, body), 0)?.call.responseBody;
    const responseError = signinResponseError(responseBody);
    if (responseError !== undefined) withBody = { ...observed, responseError };
  }
  return recordSigninRequest(withBody, id, customDomains, digest);
}
