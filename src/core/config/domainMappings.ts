import type { ConfigSource } from './model';
import { isRecord, optionalString } from './untrustedData';

/**
 * One base path mapping of a custom domain name: requests to `https://{domain}/{basePath}/…` go to
 * API `apiId`, stage `stage`, with the rest of the path as the resource path. `basePath` is `''` for
 * the empty mapping (REST prints `(none)`, HTTP APIs an empty `ApiMappingKey`); REST allows
 * multi-level base paths (`v1/orders`).
 */
export interface BasePathMapping {
  basePath: string;
  apiId: string;
  stage: string;
}

/** A watched API host (a custom domain name) and what it maps to. Kept in `storage.local`; not secret. */
export interface DomainConfig {
  domainName: string;
  mappings: BasePathMapping[];
  source: ConfigSource;
}

/** What REST prints for the mapping with no base path. */
const NO_BASE_PATH = '(none)';

/** `/v1/` and `v1` are one base path; REST's `(none)` is the empty one. */
export function cleanBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === NO_BASE_PATH ? '' : trimmed;
}

/**
 * Reads `aws apigateway get-base-path-mappings --domain-name …` (`{ items: [{ basePath, restApiId,
 * stage }] }`) or `aws apigatewayv2 get-api-mappings --domain-name …` (`{ Items: [{ ApiId,
 * ApiMappingId, ApiMappingKey, Stage }] }`). Neither output names the domain: it comes from the user
 * (pre-filled from the popup's link). Entries without an API id or stage are skipped and counted.
 */
export function readBasePathMappings(items: readonly unknown[]): {
  mappings: BasePathMapping[];
  skipped: number;
} {
  const mappings: BasePathMapping[] = [];
  let skipped = 0;
  for (const item of items) {
    if (!isRecord(item)) {
      skipped++;
      continue;
    }
    const http = 'ApiId' in item || 'ApiMappingKey' in item;
    const apiId = optionalString(http ? item.ApiId : item.restApiId);
    const stage = optionalString(http ? item.Stage : item.stage);
    const basePath = optionalString(http ? item.ApiMappingKey : item.basePath) ?? '';
    if (apiId === undefined || stage === undefined) {
      skipped++;
      continue;
    }
    mappings.push({ basePath: cleanBasePath(basePath), apiId, stage });
  }
  return { mappings, skipped };
}

/** Whether a list item looks like a base path mapping of either API. */
export function isBasePathMappingItem(item: unknown): boolean {
  if (!isRecord(item)) return false;
  return (
    ('restApiId' in item && 'basePath' in item) ||
    ('ApiId' in item && ('ApiMappingKey' in item || 'ApiMappingId' in item))
  );
}

/** Host names as the URL parser writes them: lower case, no trailing dot. */
export function normalizeDomainName(value: string): string | undefined {
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host)
    ? host
    : undefined;
}

export interface MappedTarget {
  apiId: string;
  stage: string;
  /** The path after the base path, starting with `/`. */
  resourcePath: string;
  basePath: string;
}

/**
 * The API and stage a request to a custom domain goes to: the mapping whose base path is the
 * longest run of leading path segments (API Gateway matches whole segments; the empty mapping takes
 * what no other does). Undefined when the host is not watched or no mapping matches.
 */
export function resolveMappedCall(url: string, domains: readonly DomainConfig[]): MappedTarget | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return resolveMappedPath(parsed.hostname, parsed.pathname, domains);
}

/** `resolveMappedCall` from a host and a path already split (what a stored call keeps). */
export function resolveMappedPath(
  hostName: string,
  pathname: string,
  domains: readonly DomainConfig[],
): MappedTarget | undefined {
  const host = hostName.toLowerCase();
  const domain = domains.find((entry) => entry.domainName === host);
  if (domain === undefined) return undefined;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  let best: BasePathMapping | undefined;
  let bestLength = -1;
  for (const mapping of domain.mappings) {
    const base = mapping.basePath === '' ? [] : mapping.basePath.split('/');
    const matches = base.every((segment, index) => segments[index] === segment);
    if (matches && base.length > bestLength) {
      best = mapping;
      bestLength = base.length;
    }
  }
  if (best === undefined) return undefined;
  return {
    apiId: best.apiId,
    stage: best.stage,
    basePath: best.basePath,
    resourcePath: `/${segments.slice(bestLength).join('/')}`,
  };
}
