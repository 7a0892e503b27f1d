import { STAGE_NAME_PATTERN } from '../awsIdentifiers';
import type { ApiGatewayTarget } from '../capture/types';
import { looksLikeToken } from '../options/configDraft';
import { sanitizeSource } from './configFile';
import {
  type BasePathMapping,
  cleanBasePath,
  type DomainConfig,
  normalizeDomainName,
  resolveMappedPath,
} from './domainMappings';
import type { ApiConfig } from './model';
import { configForTarget } from './storedConfigs';
import { isRecord, optionalString } from './untrustedData';

/**
 * Watched API hosts (custom domain names) and their base path mappings, as `storage.local` holds
 * them, and what they tell about a captured call. Pure: `src/platform/domainStore.ts` reads and
 * writes the list.
 */

/** Most mappings kept per domain: API Gateway allows 200 per domain name ([unverified] quota, easy to change). */
export const MAX_MAPPINGS_PER_DOMAIN = 200;
/** Most watched domains kept. */
export const MAX_DOMAINS = 100;

/** API ids are lower-case letters and digits (the configuration's own rule, validateApiConfig.ts). */
const API_ID_PATTERN = /^[a-z0-9]{1,32}$/;
/** A base path: segments of letters, digits and `._-` (REST allows several levels, `v1/orders`). */
const BASE_PATH_PATTERN = /^(?:[A-Za-z0-9._-]{1,128})(?:\/[A-Za-z0-9._-]{1,128}){0,7}$/;

export type MappingProblem = 'basePath' | 'apiId' | 'stage';

/**
 * What is wrong with a mapping typed by hand: the fields that do not have their AWS shape. The base
 * path may be empty (the domain's root) and is written without slashes at either end.
 */
export function mappingProblems(mapping: BasePathMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const basePath = cleanBasePath(mapping.basePath);
  // A value that holds a token is refused as everywhere in `storage.local` (configDraft.ts).
  if (basePath !== '' && (!BASE_PATH_PATTERN.test(basePath) || looksLikeToken(basePath)))
    problems.push('basePath');
  if (!API_ID_PATTERN.test(mapping.apiId)) problems.push('apiId');
  // `$default` is an HTTP API's stage and a valid mapping target.
  if (mapping.stage !== '$default' && !STAGE_NAME_PATTERN.test(mapping.stage)) problems.push('stage');
  return problems;
}

/**
 * Rebuilds the list from whatever storage gave back: known fields only, valid names and mappings
 * only, one entry per domain (the later wins), bounded. Nothing here is secret, and a token that
 * slipped in cannot pass these shapes.
 */
export function reviveDomainConfigs(value: unknown): DomainConfig[] {
  if (!Array.isArray(value)) return [];
  const byName = new Map<string, DomainConfig>();
  for (const raw of value) {
    if (!isRecord(raw)) continue;
    const domainName = normalizeDomainName(optionalString(raw.domainName) ?? '');
    if (domainName === undefined) continue;
    const mappings: BasePathMapping[] = [];
    for (const item of Array.isArray(raw.mappings) ? raw.mappings : []) {
      if (!isRecord(item)) continue;
      const mapping = {
        basePath: cleanBasePath(optionalString(item.basePath) ?? ''),
        apiId: optionalString(item.apiId) ?? '',
        stage: optionalString(item.stage) ?? '',
      };
      if (mappingProblems(mapping).length === 0 && mappings.length < MAX_MAPPINGS_PER_DOMAIN)
        mappings.push(mapping);
    }
    byName.delete(domainName);
    byName.set(domainName, { domainName, mappings, source: sanitizeSource(raw.source) });
  }
  return [...byName.values()].slice(-MAX_DOMAINS);
}

/** The list with `entry` in place of the domain's old entry, or added last. */
export function putDomain(domains: readonly DomainConfig[], entry: DomainConfig): DomainConfig[] {
  const index = domains.findIndex((domain) => domain.domainName === entry.domainName);
  return index === -1 ? [...domains, entry] : domains.map((domain, at) => (at === index ? entry : domain));
}

export function removeDomain(domains: readonly DomainConfig[], domainName: string): DomainConfig[] {
  return domains.filter((domain) => domain.domainName !== domainName);
}

/** What `mapCustomDomain` reads of a call's target: the stored call's and the list summary's alike. */
type TargetLike = Pick<
  ApiGatewayTarget,
  'apiId' | 'region' | 'stage' | 'resourcePath' | 'path' | 'customDomain'
>;

/**
 * A call to a custom domain name read through the domain's base path mappings
 * (CHECKS.md "Custom domain names"): API id, stage and resource path from the mapping whose base
 * path matches, and the region from the API's saved configuration when it has one. The same target
 * when the call is not on a custom domain or no mapping matches: the call is then listed with its
 * host, and the checks that need the API id say so.
 */
export function mapCustomDomain<T extends TargetLike>(
  target: T,
  host: string,
  domains: readonly DomainConfig[],
  configs: readonly ApiConfig[],
): T {
  if (target.customDomain === undefined || domains.length === 0) return target;
  const mapped = resolveMappedPath(host, target.path, domains);
  if (mapped === undefined) return target;
  const region = configForTarget(configs, { apiId: mapped.apiId, stage: mapped.stage })?.region ?? '';
  return {
    ...target,
    apiId: mapped.apiId,
    stage: mapped.stage,
    resourcePath: mapped.resourcePath,
    region,
    customDomain: { basePath: mapped.basePath },
  };
}

/** `mapCustomDomain` for a whole call (its host is its target's). */
export function withCustomDomainMapping<C extends { api: ApiGatewayTarget }>(
  call: C,
  domains: readonly DomainConfig[],
  configs: readonly ApiConfig[],
): C {
  const api = mapCustomDomain(call.api, call.api.host, domains, configs);
  return api === call.api ? call : { ...call, api };
}

/**
 * Custom sign-in domains (`auth.example.com`) as stored: host names only, each once, at most
 * `MAX_DOMAINS`. `normalizeHost` is the sign-in core's reader (`normalizeCustomDomain`).
 */
export function reviveHostList(
  value: unknown,
  normalizeHost: (text: string) => string | undefined,
): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = new Set<string>();
  for (const item of value) {
    const host = typeof item === 'string' ? normalizeHost(item) : undefined;
    if (host !== undefined) hosts.add(host);
  }
  return [...hosts].slice(0, MAX_DOMAINS);
}
