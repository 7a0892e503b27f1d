import type { CapturedCall } from '../capture/types';
import { type HarEntryVerdict, harEntryToCall } from './harEntryToCall';

/**
 * Calls the DevTools panel keeps at most, newest first: DevTools itself holds the page's whole
 * log, the panel only the failures, and a page that fails in a loop must not grow it for ever.
 */
export const MAX_PANEL_CALLS = 200;

/** A response body as DevTools' `getContent` hands it over. */
export interface DevtoolsContent {
  text: string | null | undefined;
  encoding: string | null | undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/**
 * The entry with the body `getContent` returned put where a HAR keeps it (`response.content`):
 * DevTools' entries (from `getHAR` and `onRequestFinished`) come without bodies.
 */
export function withResponseContent(entry: unknown, content: DevtoolsContent): unknown {
  const root = record(entry);
  const response = record(root?.response);
  if (!root || !response || typeof content.text !== 'string') return entry;
  const previous = record(response.content) ?? {};
  return {
    ...root,
    response: {
      ...response,
      content: {
        ...previous,
        text: content.text,
        ...(content.encoding === 'base64' ? { encoding: 'base64' } : {}),
      },
    },
  };
}

/**
 * One entry DevTools recorded, through the capture rule. The body is fetched (`content`) only for
 * an entry the rule keeps: most of a page's requests are 200s and their bodies are never read.
 */
export async function devtoolsEntryToCall(
  entry: unknown,
  index: number,
  content: () => Promise<DevtoolsContent | undefined>,
): Promise<HarEntryVerdict> {
  const first = harEntryToCall(entry, index);
  if (first.kind !== 'call') return first;
  let body: DevtoolsContent | undefined;
  try {
    body = await content();
  } catch {
    // The page navigated or DevTools dropped the body: the call is still diagnosed, without it.
    return first;
  }
  if (body === undefined) return first;
  const withBody = harEntryToCall(withResponseContent(entry, body), index);
  return withBody.kind === 'call' ? withBody : first;
}

/**
 * The same request can reach the panel twice: in `getHAR()`'s log and, when it finished while
 * the panel opened, from `onRequestFinished`. Start time, method and URL tell one exchange.
 */
export function exchangeKey(
  call: Pick<CapturedCall, 'requestTime' | 'method' | 'url' | 'statusCode'>,
): string {
  return `${call.requestTime} ${call.method} ${call.statusCode} ${call.url}`;
}

/** `calls` (newest first) with `call` added in front unless already there, at most `max` long. */
export function addPanelCall(
  calls: readonly CapturedCall[],
  call: CapturedCall,
  max = MAX_PANEL_CALLS,
): { calls: CapturedCall[]; added: boolean; dropped: number } {
  const key = exchangeKey(call);
  if (calls.some((known) => exchangeKey(known) === key))
    return { calls: [...calls], added: false, dropped: 0 };
  const next = [call, ...calls].sort((a, b) => b.requestTime - a.requestTime);
  const dropped = Math.max(0, next.length - max);
  return { calls: next.slice(0, max), added: true, dropped };
}
