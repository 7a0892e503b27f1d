import { ANY_METHOD, DEFAULT_ROUTE } from '../awsIdentifiers';
import type { MethodAuthorization } from './model';

/**
 * How specific a template segment is. API Gateway picks the most specific match: a literal beats a
 * `{variable}`, which beats a greedy `{variable+}`; the HTTP API `$default` route only catches what
 * nothing else does (http-api-develop-routes.html, "Routing API requests").
 */
const LITERAL = 3;
const VARIABLE = 2;
const GREEDY = 1;

type Segment = { rank: typeof LITERAL; text: string } | { rank: typeof VARIABLE | typeof GREEDY };

function parseTemplate(template: string): Segment[] {
  return splitPath(template).map((segment) => {
    if (/^\{[^{}]+\+\}$/.test(segment)) return { rank: GREEDY };
    if (/^\{[^{}]+\}$/.test(segment)) return { rank: VARIABLE };
    return { rank: LITERAL, text: segment };
  });
}

/**
 * Segments of a path. A query or fragment is cut, and one trailing `/` ignored: both REST and HTTP
 * APIs route `/hello/` like `/hello` (observed and reported in aws-powertools/powertools-lambda-python#1552).
 */
function splitPath(path: string): string[] {
  let clean = path.replace(/[?#].*$/, '');
  if (clean.length > 1 && clean.endsWith('/')) clean = clean.slice(0, -1);
  if (clean === '' || clean === '/') return [];
  return (clean.startsWith('/') ? clean.slice(1) : clean).split('/');
}

/**
 * Percent-decoding of one segment, so that `/caf%C3%A9` matches the literal `/café`. Splitting
 * happens before decoding: an encoded `%2F` stays inside its segment.
 */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchSegments(template: Segment[], path: string[]): boolean {
  for (const [index, segment] of template.entries()) {
    if (segment.rank === GREEDY) {
      // `{proxy+}` needs at least one segment: `/{proxy+}` matches `/a/b/c` but not `/`.
      return path.length > index && index === template.length - 1;
    }
    const actual = path[index];
    if (actual === undefined || actual === '') return false;
    if (segment.rank === LITERAL && decodeSegment(actual) !== decodeSegment(segment.text)) return false;
  }
  return template.length === path.length;
}

/** Whether a resource path template (`/orders/{id}`, `/{proxy+}`, `$default`) matches a request path. */
export function matchResourcePath(template: string, path: string): boolean {
  if (template === DEFAULT_ROUTE) return true;
  return matchSegments(parseTemplate(template), splitPath(path));
}

/**
 * Orders two templates that both match a path: negative when `a` is more specific. Segment by
 * segment, literal > variable > greedy; `$default` comes last.
 */
export function compareTemplateSpecificity(a: string, b: string): number {
  if (a === b) return 0;
  if (a === DEFAULT_ROUTE) return 1;
  if (b === DEFAULT_ROUTE) return -1;
  const left = parseTemplate(a);
  const right = parseTemplate(b);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (right[index]?.rank ?? 0) - (left[index]?.rank ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The method entry API Gateway would use for a request: among entries whose path matches and whose
 * method is the request's or `ANY`, the most specific path wins, then an exact method beats `ANY`.
 * A method mismatch falls through to less specific routes, as in AWS's example where `POST
 * /pets/cat/1` skips `GET /pets/{proxy+}` for `ANY /{proxy+}` (http-api-develop-routes.html).
 */
export function resolveMethod(
  methods: readonly MethodAuthorization[],
  httpMethod: string,
  path: string,
): MethodAuthorization | undefined {
  const verb = httpMethod.toUpperCase();
  let best: MethodAuthorization | undefined;
  for (const candidate of methods) {
    const candidateVerb = candidate.method.toUpperCase();
    if (candidateVerb !== verb && candidateVerb !== ANY_METHOD) continue;
    if (!matchResourcePath(candidate.path, path)) continue;
    if (best === undefined || isBetter(candidate, best, verb)) best = candidate;
  }
  return best;
}

function isBetter(candidate: MethodAuthorization, best: MethodAuthorization, verb: string): boolean {
  const bySpecificity = compareTemplateSpecificity(candidate.path, best.path);
  if (bySpecificity !== 0) return bySpecificity < 0;
  return candidate.method.toUpperCase() === verb && best.method.toUpperCase() !== verb;
}
