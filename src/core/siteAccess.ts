/**
 * Chrome reports a request to the extension only when it has host access to both the request URL
 * and the page that made it (TOOLING.md, Chrome behaviour 1). So API Gateway calls made from a
 * site are invisible until the user grants that site; these helpers decide what to ask for.
 */

/** The match pattern that grants one site, e.g. `https://app.example.com/*`; undefined for non-web pages. */
export function sitePatternFor(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // Match patterns carry no port: one grant covers every port of the host.
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The origins granted at run time, i.e. every granted pattern the manifest did not ask for at install. */
export function watchedSites(granted: readonly string[], requiredAtInstall: readonly string[]): string[] {
  const required = new Set(requiredAtInstall);
  return granted.filter((pattern) => !required.has(pattern)).sort();
}

/** Shows a match pattern as the user typed the site: `https://app.example.com`. */
export function siteLabel(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}
