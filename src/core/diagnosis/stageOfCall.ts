import { DEFAULT_STAGE } from '../awsIdentifiers';
import type { CapturedCall } from '../capture/types';
import type { ApiConfig } from '../config/model';
import { configForTarget } from '../config/storedConfigs';
import { readResponse } from './responseFacts';

/**
 * Which stage a call went to, read off the hot path (at display and diagnosis time): the capture
 * parser (`parseApiGatewayUrl`) takes the first path segment as the stage, fast and without context.
 *
 * The URL alone cannot tell: REST APIs always put the stage first
 * (`https://{id}.execute-api.{region}.amazonaws.com/{stage}/…`), while an HTTP API routes to the
 * named stage whose name is the first segment and otherwise to its `$default` stage, served with no
 * stage in the URL (http-api-develop-routes.html, "Routing API requests"; the rule the config lookup
 * in resolveCallConfiguration.ts already follows). So `/orders` is stage `orders` on a REST API and most likely path `/orders` of
 * the `$default` stage on an HTTP API. The rule, first match wins:
 *
 * 1. configuration: a configuration saved for this API and the first segment as stage → that named
 *    stage; else one saved for `$default` → `$default`, the whole path being the route path;
 * 2. the response: `apigw-requestid` or `www-authenticate` without REST's `x-amzn-ErrorType` /
 *    `x-amzn-RequestId` / `x-amz-apigw-id` marks an HTTP API (aws-facts.md §2 and §4) → `$default`.
 *    This is a guess: a named HTTP API stage looks the same (`basis: 'http-api-response'` says so,
 *    and the popup marks the stage as assumed). `$default` is taken as the better guess because the
 *    console's quick create, SAM's and CDK's HTTP APIs make that stage by default: [unverified], not
 *    in aws-facts.md, so the guess is this one line, easy to change. Saving a configuration settles it;
 * 3. otherwise (a REST answer, or nothing telling) → the first segment, as parsed.
 *
 * A call on a custom domain name is read by its base path mapping instead (`mapCustomDomain`,
 * basis `mapping`): the mapping names the stage, whatever the path. Until one does, its stage is
 * unknown (basis `url`, no stage) and its resource path is the whole path.
 */
export type StageBasis = 'configuration' | 'http-api-response' | 'url' | 'mapping';

export interface StageReading {
  /** Undefined when the URL has no path and nothing says `$default`. */
  stage?: string;
  /** The path after the stage (the whole path for `$default`), always starting with `/`. */
  resourcePath: string;
  basis: StageBasis;
}

/** REST or HTTP API, as far as the response's own headers tell (aws-facts.md §2 and §4). */
export function apiTypeFromResponse(
  call: Pick<CapturedCall, 'responseHeaders'>,
): 'rest' | 'http' | 'unknown' {
  const facts = readResponse(Array.isArray(call.responseHeaders) ? call.responseHeaders : []);
  if (facts.errorType !== undefined || facts.restRequestId) return 'rest';
  if (facts.httpApiRequestId || facts.wwwAuthenticate !== undefined) return 'http';
  return 'unknown';
}

export function readStage(
  call: Pick<CapturedCall, 'api' | 'responseHeaders'>,
  configs: readonly ApiConfig[],
): StageReading {
  return readStageOf(call.api, apiTypeFromResponse(call), configs);
}

/**
 * `readStage` from what the call list keeps of a call (`CallSummary`): its URL's parts and the
 * API type its response told, worked out once at capture.
 */
export function readStageOf(
  api: Pick<CapturedCall['api'], 'apiId' | 'stage' | 'resourcePath' | 'path' | 'customDomain'>,
  apiType: 'rest' | 'http' | 'unknown',
  configs: readonly ApiConfig[],
): StageReading {
  if (api.customDomain !== undefined) {
    if (api.customDomain.basePath === undefined) return { resourcePath: api.path || '/', basis: 'url' };
    const mapped: StageReading = { resourcePath: api.resourcePath, basis: 'mapping' };
    if (api.stage !== undefined) mapped.stage = api.stage;
    return mapped;
  }
  const asParsed: StageReading = { resourcePath: api.resourcePath, basis: 'url' };
  if (api.stage !== undefined) asParsed.stage = api.stage;
  const wholePath = api.path === '' ? '/' : api.path;
  // The entry a call to this stage uses: its own, else `$default`, else every-stage (storedConfigs.ts).
  const saved = configForTarget(
    configs,
    api.stage === undefined ? { apiId: api.apiId } : { apiId: api.apiId, stage: api.stage },
  );
  if (api.stage !== undefined && saved?.stage === api.stage) return { ...asParsed, basis: 'configuration' };
  if (saved?.stage === DEFAULT_STAGE)
    return { stage: DEFAULT_STAGE, resourcePath: wholePath, basis: 'configuration' };
  if (apiType === 'http')
    return { stage: DEFAULT_STAGE, resourcePath: wholePath, basis: 'http-api-response' };
  return asParsed;
}

/**
 * The call with its stage and resource path as `readStage` reads them, for everything downstream
 * (call list, checks and their commands, "Configure this API"). The same object when nothing changes.
 */
export function withStageRead(call: CapturedCall, configs: readonly ApiConfig[]): CapturedCall {
  const reading = readStage(call, configs);
  if (reading.stage === call.api.stage && reading.resourcePath === call.api.resourcePath) return call;
  const api = { ...call.api, resourcePath: reading.resourcePath };
  if (reading.stage === undefined) delete api.stage;
  else api.stage = reading.stage;
  return { ...call, api };
}
