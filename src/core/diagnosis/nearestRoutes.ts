import { matchResourcePath } from '../config/matchRoute';

export interface KnownRoute {
  method: string;
  path: string;
}

/** Edit distance between two short strings (paths), for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The configured routes closest to a request that matched none, as `METHOD /path`: first those
 * whose path matches with another method (a wrong method), then by edit distance of the path
 * (a typo, a missing segment). At most `limit`.
 */
export function nearestRoutes(
  routes: readonly KnownRoute[],
  method: string,
  path: string,
  limit = 3,
): string[] {
  const verb = method.toUpperCase();
  const lowerPath = path.toLowerCase();
  return routes
    .filter((route) => route.method.toUpperCase() !== 'OPTIONS' || verb === 'OPTIONS')
    .map((route) => {
      const samePath = matchResourcePath(route.path, path);
      const distance = samePath ? -1 : editDistance(route.path.toLowerCase(), lowerPath);
      return { label: `${route.method.toUpperCase()} ${route.path}`, distance };
    })
    .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label))
    .filter((entry, index, all) => all.findIndex((other) => other.label === entry.label) === index)
    .slice(0, limit)
    .map((entry) => entry.label);
}
