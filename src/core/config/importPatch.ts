import { DEFAULT_ROUTE, parseUserPoolArn, regionOfUserPool } from '../awsIdentifiers';
import { regexRisk } from '../boundedRegex';
import type {
  ApiType,
  AwsImportSuccess,
  ImportedAuthorizer,
  ImportFormat,
  ImportHints,
  ImportNeed,
  ImportPatch,
} from './importTypes';
import {
  type AuthorizerLine,
  authorizerRef,
  type ConfigMessage,
  type ConfigMessageParams,
  configMessage,
  type MethodLine,
  uniqueMessages,
} from './messages';
import type { MethodAuthorization } from './model';
import { clip, uniqueStrings } from './untrustedData';

/** `GET /orders/{id}`, or `$default` for the HTTP API catch-all route. */
export function routeLabel(method: MethodAuthorization): string {
  return method.path === DEFAULT_ROUTE ? DEFAULT_ROUTE : `${method.method} ${method.path}`;
}

/** Method and path identify an entry: an import replaces the saved entry with the same key. */
export function methodKey(method: Pick<MethodAuthorization, 'method' | 'path'>): string {
  return `${method.method.toUpperCase()} ${method.path}`;
}

/** Preview order: by path, then method, so that a resource's methods sit together. */
export function sortForPreview(methods: readonly MethodAuthorization[]): MethodAuthorization[] {
  return [...methods].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** One preview line for a method; the words say what its protection means for the token to send. */
export function describeMethod(method: MethodAuthorization): ConfigMessage {
  const line: MethodLine = {
    route: routeLabel(method),
    authorizationType: method.authorizationType,
    scopes: [...method.scopes],
  };
  if (method.authorizerId !== undefined) line.authorizerId = method.authorizerId;
  return configMessage('summary.method', line);
}

/** One preview line for an authorizer. */
export function describeAuthorizer(authorizer: ImportedAuthorizer): ConfigMessage {
  const line: AuthorizerLine = {
    type: authorizer.type,
    userPoolIds: [...authorizer.userPoolIds],
    clientIds: [...authorizer.clientIds],
  };
  if (authorizer.name !== undefined) line.name = clip(authorizer.name);
  if (authorizer.id !== undefined) line.id = authorizer.id;
  if (authorizer.kind !== undefined) line.kind = authorizer.kind;
  if (authorizer.issuer !== undefined) line.issuer = authorizer.issuer;
  if (authorizer.identityHeader !== undefined) line.identityHeader = authorizer.identityHeader;
  if (authorizer.tokenValidationRegex !== undefined)
    line.tokenValidationRegex = authorizer.tokenValidationRegex;
  if (authorizer.resultTtlSeconds !== undefined) line.resultTtlSeconds = authorizer.resultTtlSeconds;
  const { lambda, restJwt } = authorizer;
  if (lambda !== undefined) {
    line.lambda = { identitySources: lambda.identitySources.map((source) => clip(source)) };
    if (lambda.validationExpression !== undefined)
      line.lambda.validationExpression = clip(lambda.validationExpression);
  }
  if (restJwt !== undefined) {
    line.restJwt = {
      algorithms: restJwt.defaultAlgorithms.map((alg) => clip(alg, 40)),
      issuers: restJwt.issuers.map((issuer) => ({
        issuer: clip(issuer.issuer),
        audiences: issuer.audiences.map((audience) => clip(audience)),
        claims: issuer.additionalClaims.map((rule) => clip(rule.claimName, 40)),
      })),
    };
  }
  return configMessage('summary.authorizer', line);
}

/**
 * Folds an API's authorizers into the single-authorizer fields of `ApiConfig`. Most APIs have one
 * Cognito or JWT authorizer; when there are several, their pools and audiences are united (a token
 * from any of them is then taken as expected) and the user is told.
 */
export function foldAuthorizers(authorizers: ImportedAuthorizer[], warnings: ConfigMessage[]): ImportPatch {
  // A Lambda authorizer decides the kind only when no authorizer checks tokens itself; its settings
  // are kept in any case, for the methods (`CUSTOM`) that use it.
  const checkable = [
    ...authorizers.filter((authorizer) => authorizer.kind !== undefined && authorizer.kind !== 'lambda'),
    ...authorizers.filter((authorizer) => authorizer.kind === 'lambda'),
  ];
  const [first] = checkable;
  if (first === undefined) {
    warnings.push(
      configMessage(authorizers.length === 0 ? 'warn.noAuthorizer' : 'warn.noCheckableAuthorizer'),
    );
    return { authorizers };
  }
  const lambda = checkable.find((authorizer) => authorizer.lambda !== undefined)?.lambda;
  const restJwt = checkable.find((authorizer) => authorizer.restJwt !== undefined)?.restJwt;
  // Pools, audiences, headers and issuers come from the authorizers of the kind that decides.
  const folded = checkable.filter(
    (authorizer) => (authorizer.kind === 'lambda') === (first.kind === 'lambda'),
  );
  const patch: ImportPatch = {
    authorizers,
    ...(lambda === undefined ? {} : { lambda }),
    ...(restJwt === undefined ? {} : { restJwt }),
    authorizerKind: first.kind,
    userPoolIds: uniqueStrings(folded.flatMap((authorizer) => authorizer.userPoolIds)),
    clientIds: uniqueStrings(folded.flatMap((authorizer) => authorizer.clientIds)),
  };
  if (folded.length === 1) {
    if (first.id !== undefined) patch.authorizerId = first.id;
    patch.tokenValidationRegex = first.tokenValidationRegex ?? null;
  } else {
    warnings.push(configMessage('warn.authorizersCombined', { count: folded.length }));
    const regexes = uniqueStrings(folded.flatMap((authorizer) => authorizer.tokenValidationRegex ?? []));
    patch.tokenValidationRegex = regexes[0] ?? null;
    if (regexes[0] !== undefined && regexes.length > 1) {
      warnings.push(configMessage('warn.differentRegexes', { kept: regexes[0] }));
    }
  }
  // boundedRegex.ts: the popup will not run this pattern; say so before it is saved.
  const regex = patch.tokenValidationRegex;
  if (regex && regexRisk(regex) !== undefined)
    warnings.push(configMessage('warn.regexNotRun', { regex: clip(regex) }));
  const kinds = uniqueStrings(folded.map((authorizer) => authorizer.kind ?? ''));
  if (kinds.length > 1 && first.kind !== undefined) {
    warnings.push(configMessage('warn.mixedKinds', { kind: first.kind }));
  }
  const headers = uniqueStrings(folded.flatMap((authorizer) => authorizer.identityHeader ?? []));
  if (headers[0] !== undefined) patch.identityHeader = headers[0];
  if (headers[0] !== undefined && headers.length > 1) {
    warnings.push(configMessage('warn.differentHeaders', { headers, kept: headers[0] }));
  }
  const issuers = uniqueStrings(folded.flatMap((authorizer) => authorizer.issuer ?? []));
  if (issuers[0] !== undefined) patch.issuer = issuers[0];
  if (issuers[0] !== undefined && issuers.length > 1) {
    warnings.push(configMessage('warn.differentIssuers', { issuers, kept: issuers[0] }));
  }
  return patch;
}

/** Pool ids of the ARNs that name one; warns for the others. `name` is the authorizer's. */
export function readProviderArns(
  arns: string[],
  name: string | undefined,
  warnings: ConfigMessage[],
): string[] {
  const ref = authorizerRef(name === undefined ? undefined : clip(name));
  const poolIds: string[] = [];
  for (const arn of arns) {
    const parsed = parseUserPoolArn(arn);
    if (parsed.kind === 'pool') {
      poolIds.push(parsed.poolId);
      if (regionOfUserPool(parsed.poolId) !== parsed.region) {
        warnings.push(
          configMessage('warn.poolRegionMismatch', { ...ref, poolId: parsed.poolId, region: parsed.region }),
        );
      }
    } else if (parsed.kind === 'stage-variable') {
      // aws-facts.md §1: a provider ARN may be `…:userpool/${stageVariables.X}`.
      warnings.push(configMessage('warn.poolFromStageVariable', { ...ref, variable: parsed.variable }));
    } else {
      warnings.push(configMessage('warn.notPoolArn', { ...ref, arn: clip(arn) }));
    }
  }
  if (arns.length === 0) warnings.push(configMessage('warn.noProviderArns', ref));
  return uniqueStrings(poolIds);
}

/** Region of the first pool or issuer of the checkable authorizers. */
export function regionOfAuthorizers(authorizers: ImportedAuthorizer[]): string | undefined {
  return authorizers.find((authorizer) => authorizer.kind !== undefined && authorizer.region)?.region;
}

export interface ParsedImport {
  format: ImportFormat;
  apiType?: ApiType;
  apiId?: string;
  stage?: string;
  region?: string;
  patch: ImportPatch;
  summary: ConfigMessage[];
  warnings: ConfigMessage[];
  needs?: ImportNeed[];
}

/**
 * Completes a parser's findings with the user's hints: the text wins where both speak (it is what
 * AWS printed), with a warning when they disagree.
 */
export function finishImport(parsed: ParsedImport, hints: ImportHints): AwsImportSuccess {
  // Several schemes or items can raise the same warning; once is enough in the preview.
  const warnings = uniqueMessages(parsed.warnings);
  const apiId = pickWithHint('apiId', parsed.apiId, hints.apiId, warnings);
  const stage = pickWithHint('stage', parsed.stage, hints.stage, warnings);
  const needs = [...(parsed.needs ?? [])];
  if (apiId === undefined) needs.unshift('apiId');
  const location: ConfigMessageParams['summary.location'] = {};
  if (apiId !== undefined) location.apiId = apiId;
  if (stage !== undefined) location.stage = stage;
  if (parsed.region !== undefined) location.region = parsed.region;
  const result: AwsImportSuccess = {
    ok: true,
    format: parsed.format,
    patch: parsed.patch,
    summary: [...parsed.summary, configMessage('summary.location', location)],
    warnings,
    needs,
  };
  if (parsed.apiType !== undefined) result.apiType = parsed.apiType;
  if (apiId !== undefined) result.apiId = apiId;
  if (stage !== undefined) result.stage = stage;
  if (parsed.region !== undefined) result.region = parsed.region;
  return result;
}

function pickWithHint(
  what: 'apiId' | 'stage',
  fromText: string | undefined,
  fromHint: string | undefined,
  warnings: ConfigMessage[],
): string | undefined {
  const hint = fromHint?.trim() || undefined;
  if (fromText !== undefined && hint !== undefined && fromText !== hint) {
    warnings.push(configMessage('warn.hintMismatch', { what, fromText, hint: clip(hint) }));
  }
  return fromText ?? hint;
}
