import { EXECUTE_API_HOST_PATTERN } from '../awsIdentifiers';
import type { ApiGatewayTarget } from './types';

/**
 * The webRequest filter of API calls: every `https:` host. A custom domain name can be any host,
 * and the precise pattern for execute-api hosts (`*.execute-api.*.amazonaws.com`) is not valid:
 * a `*` may only lead the host, and Chrome silently drops such a pattern (TOOLING.md, Chrome
 * behaviour 2). Chrome reports only hosts the extension may access (the manifest's AWS hosts and
 * what the user granted), and `isApiCandidateUrl` narrows it in code. `http:` is left out because
 * API Gateway's endpoints, custom domains included, answer over HTTPS only: [unverified] (not in
 * aws-facts.md); if that proves wrong, add the `http:` pattern here and accept `http:` in
 * `isApiCandidateUrl`.
 */
export const API_CALL_URL_PATTERNS = ['https://*/*'];

/** `{api-id}.execute-api.{region}.amazonaws.com(.cn)`, from the one module of AWS identifier shapes. */
const API_GATEWAY_HOST = EXECUTE_API_HOST_PATTERN;

export function isApiGatewayHost(host: string): boolean {
  return API_GATEWAY_HOST.test(host.toLowerCase());
}

/** Splits an API Gateway invoke URL into API id, region, stage and resource path; undefined for any other URL. */
export function parseApiGatewayUrl(url: string): ApiGatewayTarget | undefined {
  const parsed = parseUrl(url);
  return parsed && gatewayTarget(parsed);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function gatewayTarget(parsed: URL): ApiGatewayTarget | undefined {
  if (parsed.protocol !== 'https:' || parsed.port !== '') return undefined;
  const host = parsed.hostname.toLowerCase();
  const match = API_GATEWAY_HOST.exec(host);
  if (!match) return undefined;
  const [, apiId = '', region = '', cn] = match;
  const path = parsed.pathname || '/';
  const segments = path.split('/').filter((segment) => segment !== '');
  const [first, ...rest] = segments;
  return {
    host,
    apiId,
    region,
    partition: cn ? 'aws-cn' : 'aws',
    stage: first === undefined ? undefined : safeDecode(first),
    resourcePath: `/${rest.join('/')}`,
    path,
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** AWS hosts that are not API Gateway's: S3, CloudFront's `*.amazonaws.com` names, Cognito. */
const OTHER_AWS_HOST = /\.(?:amazonaws\.com(?:\.cn)?|amazoncognito\.com)$/;

/**
 * What a request's URL says of the API it may call, parsing it once: an execute-api target
 * (`parseApiGatewayUrl`), or for any other `https:` host that is not AWS's own a custom-domain
 * target (a custom domain name is known to be API Gateway's only from its answer's headers: host
 * and path as sent, no API id, region or stage until a base path mapping names them at display
 * time, `mapCustomDomain`). Undefined for S3, the sign-in domains, `http:` and what is no URL.
 */
export function parseApiCallUrl(url: string): ApiGatewayTarget | undefined {
  // Parsed once for both readings: the correlator runs this for every request's headers.
  const parsed = parseUrl(url);
  if (parsed === undefined) return undefined;
  const api = gatewayTarget(parsed);
  if (api) return api;
  const host = parsed.hostname.toLowerCase();
  if (parsed.protocol !== 'https:' || OTHER_AWS_HOST.test(host)) return undefined;
  const path = parsed.pathname || '/';
  return { host, apiId: '', region: '', partition: 'aws', resourcePath: path, path, customDomain: {} };
}

/** Whether a request may turn out to be an API call worth keeping the request headers of. */
export function isApiCandidateUrl(url: string): boolean {
  return parseApiCallUrl(url) !== undefined;
}

/** The custom-domain target of `url` (`parseApiCallUrl`); undefined for execute-api hosts too. */
export function customDomainTarget(url: string): ApiGatewayTarget | undefined {
  const api = parseApiCallUrl(url);
  return api?.customDomain === undefined ? undefined : api;
}
