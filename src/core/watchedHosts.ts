import { parseApiGatewayUrl } from './capture/apiGatewayUrl';
import type { DomainConfig } from './config/domainMappings';
import { normalizeDomainName } from './config/domainMappings';

/**
 * Watched hosts: the API custom domains and custom sign-in domains the user added, and the sites
 * granted at run time. Chrome reports a host's requests only once the extension may access it
 * (TOOLING.md, behaviour 1), so every host here goes with a host permission the user gave
 * (`optional_host_permissions`); nothing is granted until asked for. Pure: the pages ask Chrome.
 */

/** The match pattern that grants one host over HTTPS, e.g. `https://api.example.com/*`. */
export function hostPattern(host: string): string {
  return `https://${host}/*`;
}

/**
 * Whether a granted match pattern covers `https://{host}/`: scheme `https` or `*`, host exact, `*`,
 * or `*.suffix` (which covers the suffix itself too, as Chrome's match patterns do).
 */
export function patternCoversHost(pattern: string, host: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = /^(\*|https):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const hostPart = (match[2] ?? '').toLowerCase();
  if (hostPart === '*') return true;
  if (hostPart.startsWith('*.')) {
    const suffix = hostPart.slice(2);
    return host === suffix || host.endsWith(`.${suffix}`);
  }
  return host === hostPart;
}

export function isHostGranted(host: string, granted: readonly string[]): boolean {
  return granted.some((pattern) => patternCoversHost(pattern, host));
}

/** AWS's own hosts: the manifest covers the execute-api and sign-in ones; S3 and the rest are no API. */
const AWS_HOST = /\.(?:amazonaws\.com(?:\.cn)?|amazoncognito\.com)$/;

/**
 * Hosts a page calls with fetch or XHR that are surely no API Gateway custom domain: analytics,
 * tag managers, error reporting and ad services. Kept short on purpose: the offer is a shortcut,
 * and a host missing here only costs the user one line to ignore.
 */
const NOT_API_HOST_SUFFIXES = [
  'google-analytics.com',
  'analytics.google.com',
  'googletagmanager.com',
  'doubleclick.net',
  'googlesyndication.com',
  'sentry.io',
  'segment.io',
  'segment.com',
  'mixpanel.com',
  'amplitude.com',
  'hotjar.com',
  'datadoghq.com',
  'newrelic.com',
  'nr-data.net',
  'fonts.googleapis.com',
];

/** At most this many hosts are offered: a page that calls more is rare, and the list stays short. */
export const MAX_HOST_OFFERS = 5;

export interface HostOfferContext {
  /** The page's own host (watching it is the "Watch this site" banner's job). */
  pageHost: string | undefined;
  /** Every match pattern the extension holds now (`permissions.getAll().origins`). */
  granted: readonly string[];
}

/**
 * Which of the hosts a page called (from its resource timing entries of `fetch` and XHR) to offer
 * to watch: plausible API hosts the extension cannot see yet. Not offered: hosts already granted
 * (the AWS hosts of the manifest among them), AWS's own hosts, the page's own host, known
 * analytics and reporting services, and anything that is not a plain host name. Order is kept.
 */
export function apiHostOffers(calledHosts: readonly string[], context: HostOfferContext): string[] {
  const offers: string[] = [];
  for (const raw of calledHosts) {
    const host = normalizeDomainName(raw);
    if (host === undefined || offers.includes(host)) continue;
    if (host === context.pageHost) continue;
    if (AWS_HOST.test(host) || parseApiGatewayUrl(`https://${host}/`)) continue;
    if (NOT_API_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) continue;
    if (isHostGranted(host, context.granted)) continue;
    offers.push(host);
    if (offers.length === MAX_HOST_OFFERS) break;
  }
  return offers;
}

export type WatchedHostKind = 'api' | 'signin' | 'site';

export interface WatchedHost {
  host: string;
  /** What the user added it as; `site` for a host granted at run time and saved as neither. */
  kinds: WatchedHostKind[];
  /** Whether the extension may access it now (a host can be saved and its grant taken back). */
  granted: boolean;
  /** Whether the grant came at run time, so that the page can take it back (`permissions.remove`). */
  removable: boolean;
  /** The saved base path mappings of an API custom domain. */
  domain?: DomainConfig;
}

/**
 * The options page's list of watched hosts: saved API domains and sign-in domains, and the `https:`
 * hosts granted at run time that are neither (a watched site), sorted by host name.
 */
export function watchedHostList(input: {
  granted: readonly string[];
  requiredAtInstall: readonly string[];
  apiDomains: readonly DomainConfig[];
  signinDomains: readonly string[];
}): WatchedHost[] {
  const required = new Set(input.requiredAtInstall);
  const runtime = input.granted.filter((pattern) => !required.has(pattern));
  const byHost = new Map<string, WatchedHost>();
  const entry = (host: string): WatchedHost => {
    let found = byHost.get(host);
    if (found === undefined) {
      found = {
        host,
        kinds: [],
        granted: isHostGranted(host, input.granted),
        removable: runtime.includes(hostPattern(host)),
      };
      byHost.set(host, found);
    }
    return found;
  };
  for (const domain of input.apiDomains) {
    const row = entry(domain.domainName);
    row.kinds.push('api');
    row.domain = domain;
  }
  for (const host of input.signinDomains) entry(host).kinds.push('signin');
  for (const pattern of runtime) {
    const host = /^https:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1];
    if (host === undefined) continue;
    const row = entry(host);
    if (row.kinds.length === 0) row.kinds.push('site');
  }
  return [...byHost.values()].sort((a, b) => a.host.localeCompare(b.host));
}
