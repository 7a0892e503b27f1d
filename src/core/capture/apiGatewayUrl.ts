import { EXECUTE_API_HOST_PATTERN } from '../awsIdentifiers';
import type { ApiGatewayTarget } from './types';

/**
 * Match patterns for webRequest filters. `https://*.execute-api.*.amazonaws.com/*` would be the
 * precise one, but a `*` may only lead the host: Chrome silently drops such a pattern and the
 * listener never fires (TOOLING.md, Chrome behaviour 2). So the filter is wide and
 * `parseApiGatewayUrl` narrows it in code.
 */
export const API_GATEWAY_URL_PATTERNS = ['https://*.amazonaws.com/*', 'https://*.amazonaws.com.cn/*'];

/** `{api-id}.execute-api.{region}.amazonaws.com(.cn)`, from the one module of AWS identifier shapes. */
const API_GATEWAY_HOST = EXECUTE_API_HOST_PATTERN;

export function isApiGatewayHost(host: string): boolean {
  return API_GATEWAY_HOST.test(host.toLowerCase());
}

/** Splits an API Gateway invoke URL into API id, region, stage and resource path; undefined for any other URL. */
export function parseApiGatewayUrl(url: string): ApiGatewayTarget | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
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
