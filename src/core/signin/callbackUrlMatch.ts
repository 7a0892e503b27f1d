/**
 * Cognito accepts a `redirect_uri` only when it equals a registered callback URL exactly: scheme,
 * host (`localhost` is not `127.0.0.1`), port, path and trailing slash all count (aws-facts.md §6
 * "redirect_mismatch", aws-facts-2.md §1.1). When it does not, the most useful thing to say is which
 * registered URL was meant and how the sent one differs from it.
 */

export type UrlDifference =
  | 'scheme'
  | 'loopback-host'
  | 'host'
  | 'port'
  | 'trailing-slash'
  | 'path-case'
  | 'path'
  | 'query'
  | 'fragment'
  /** Equal once parsed, different as text (an upper-case host, an explicit default port). */
  | 'spelling'
  | 'not-a-url';

export interface NearestCallback {
  url: string;
  /** Empty when the sent value is registered exactly. */
  differences: UrlDifference[];
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** How far apart two differences put two URLs: another host is further than a trailing slash. */
const WEIGHT: Readonly<Record<UrlDifference, number>> = {
  scheme: 1,
  'loopback-host': 1,
  host: 4,
  port: 1,
  'trailing-slash': 1,
  'path-case': 1,
  path: 3,
  query: 1,
  fragment: 1,
  spelling: 1,
  'not-a-url': 10,
};

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * How `sent` differs from `registered`. The comparison is on the strings as sent, not on
 * normalised URLs: Cognito compares exactly, so `https://a.example/` and `https://a.example` differ.
 */
export function urlDifferences(sent: string, registered: string): UrlDifference[] {
  if (sent === registered) return [];
  const a = parse(sent);
  const b = parse(registered);
  if (!a || !b) return ['not-a-url'];
  const differences: UrlDifference[] = [];
  if (a.protocol !== b.protocol) differences.push('scheme');
  const hostA = a.hostname.toLowerCase();
  const hostB = b.hostname.toLowerCase();
  if (hostA !== hostB) {
    differences.push(LOOPBACK_HOSTS.has(hostA) && LOOPBACK_HOSTS.has(hostB) ? 'loopback-host' : 'host');
  }
  if (a.port !== b.port) differences.push('port');
  // `new URL` turns an empty path into `/`: read the path from the strings to see a missing slash.
  const pathA = rawPath(sent);
  const pathB = rawPath(registered);
  if (pathA !== pathB) {
    const trimmedA = pathA.replace(/\/+$/, '');
    const trimmedB = pathB.replace(/\/+$/, '');
    if (trimmedA === trimmedB) differences.push('trailing-slash');
    else if (trimmedA.toLowerCase() === trimmedB.toLowerCase()) differences.push('path-case');
    else differences.push('path');
  }
  if (a.search !== b.search) differences.push('query');
  if (a.hash !== b.hash) differences.push('fragment');
  // Equal as parsed URLs but not as strings: Cognito compares text, so it still says no.
  return differences.length > 0 ? differences : ['spelling'];
}

/** The path as written: after the authority, before `?` or `#`, `''` when there is none. */
function rawPath(value: string): string {
  const afterScheme = value.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return afterScheme.replace(/[?#].*$/s, '');
}

function distance(differences: readonly UrlDifference[]): number {
  return differences.reduce((sum, difference) => sum + WEIGHT[difference], 0);
}

/**
 * The registered callback URL closest to `sent`, or undefined when none is registered. An exact
 * match has no differences. Ties go to the URL registered first (Cognito's default).
 */
export function nearestCallback(sent: string, registered: readonly string[]): NearestCallback | undefined {
  let best: NearestCallback | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const url of registered) {
    const differences = urlDifferences(sent, url);
    const score = distance(differences);
    if (score < bestDistance) {
      best = { url, differences };
      bestDistance = score;
    }
  }
  return best;
}
