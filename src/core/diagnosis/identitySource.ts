import type { CapturedCall } from '../capture/types';

/**
 * One identity source of a Lambda authorizer, as AWS writes it: REST `method.request.header.X`,
 * `method.request.querystring.x`, HTTP API `$request.header.X`, `$request.querystring.x`; stage
 * variables and context values (`stageVariables.x`, `$context.x`) are not in the request, so the
 * browser cannot tell whether they were there.
 */
export type IdentitySource =
  | { kind: 'header'; name: string; source: string }
  | { kind: 'query'; name: string; source: string }
  | { kind: 'unreadable'; source: string };

export function parseIdentitySources(sources: readonly string[]): IdentitySource[] {
  return sources
    .flatMap((entry) => entry.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((source): IdentitySource => {
      const match = /^(?:method\.request|\$request)\.(header|querystring)\.(.+)$/.exec(source);
      if (match?.[1] === undefined || match[2] === undefined) return { kind: 'unreadable', source };
      return { kind: match[1] === 'header' ? 'header' : 'query', name: match[2], source };
    });
}

function queryParameters(url: string): URLSearchParams | undefined {
  try {
    return new URL(url).searchParams;
  } catch {
    return undefined;
  }
}

/**
 * The identity sources a call did not carry, or carried empty: API Gateway answers 401 without
 * calling the function then (aws-facts-2.md §4, "missing, null or empty"). Undefined when the
 * request headers were not captured and a header source is among them.
 */
export function missingIdentitySources(
  call: Pick<CapturedCall, 'url' | 'requestHeaders'>,
  sources: readonly IdentitySource[],
): IdentitySource[] | undefined {
  // `unreadable` sources (stage variables, context values) never reach the browser: nothing to decide.
  const headers = Array.isArray(call.requestHeaders) ? call.requestHeaders : undefined;
  const query = queryParameters(typeof call.url === 'string' ? call.url : '');
  const missing: IdentitySource[] = [];
  for (const source of sources) {
    if (source.kind === 'header') {
      if (headers === undefined) return undefined;
      const lower = source.name.toLowerCase();
      const header = headers.find((entry) => entry.name.toLowerCase() === lower);
      if (header === undefined || header.value.trim() === '') missing.push(source);
    } else if (source.kind === 'query') {
      const value = query?.get(source.name);
      if (value === null || value === undefined || value.trim() === '') missing.push(source);
    }
  }
  return missing;
}
