import { DEFAULT_ROUTE, parseUserPoolArn, regionOfUserPool } from './awsIdentifiers';
import type {
  ApiType,
  AwsImportSuccess,
  ImportedAuthorizer,
  ImportFormat,
  ImportHints,
  ImportNeed,
  ImportPatch,
} from './importTypes';
import type { MethodAuthorization } from './model';
import { quote, uniqueStrings } from './untrustedData';
import { tokenRegexRisk } from './validateApiConfig';

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

/** One preview line for a method, with what its protection means for the token to send. */
export function describeMethod(method: MethodAuthorization): string {
  const authorizer = method.authorizerId === undefined ? '' : ` (authorizer ${method.authorizerId})`;
  const scopes = method.scopes.join(', ');
  switch (method.authorizationType) {
    case 'NONE':
      return `${routeLabel(method)}: no authorization`;
    case 'COGNITO_USER_POOLS':
      // The token type the authorizer expects follows from the scopes (aws-facts.md §1).
      return method.scopes.length === 0
        ? `${routeLabel(method)}: Cognito user pool authorizer${authorizer}, no OAuth scopes (expects an ID token)`
        : `${routeLabel(method)}: Cognito user pool authorizer${authorizer}, scopes ${scopes} (expects an access token with one of them)`;
    case 'JWT':
      return method.scopes.length === 0
        ? `${routeLabel(method)}: JWT authorizer${authorizer}, no scopes`
        : `${routeLabel(method)}: JWT authorizer${authorizer}, scopes ${scopes} (the token needs one of them)`;
    case 'AWS_IAM':
      return `${routeLabel(method)}: IAM (SigV4-signed requests, not tokens)`;
    case 'CUSTOM':
      return `${routeLabel(method)}: Lambda authorizer${authorizer}`;
    default:
      return `${routeLabel(method)}: ${method.authorizationType}${authorizer}`;
  }
}

/** One preview line for an authorizer. */
export function describeAuthorizer(authorizer: ImportedAuthorizer): string {
  const ids = [authorizer.id === undefined ? undefined : `id ${authorizer.id}`, authorizer.type]
    .filter((part) => part !== undefined)
    .join(', ');
  const title = `Authorizer ${authorizer.name === undefined ? '(unnamed)' : quote(authorizer.name)} (${ids})`;
  const header =
    authorizer.identityHeader === undefined ? undefined : `token in header ${authorizer.identityHeader}`;
  const cached =
    authorizer.resultTtlSeconds === undefined ? undefined : `results cached ${authorizer.resultTtlSeconds} s`;
  if (authorizer.kind === undefined) {
    const what =
      authorizer.type === 'TOKEN' || authorizer.type === 'REQUEST'
        ? 'Lambda authorizer: the extension cannot check what it accepts'
        : 'not read by this import';
    const details = [what, header, cached];
    return `${title}: ${details.filter((part) => part !== undefined).join('; ')}`;
  }
  const details: (string | undefined)[] = [];
  if (authorizer.kind === 'cognito') {
    details.push(
      authorizer.userPoolIds.length === 0
        ? 'no user pool known'
        : `user pool${authorizer.userPoolIds.length === 1 ? '' : 's'} ${authorizer.userPoolIds.join(', ')}`,
    );
  } else {
    details.push(authorizer.issuer === undefined ? 'no issuer' : `issuer ${authorizer.issuer}`);
    details.push(
      authorizer.clientIds.length === 0 ? 'no audience' : `audience ${authorizer.clientIds.join(', ')}`,
    );
  }
  details.push(header);
  if (authorizer.tokenValidationRegex !== undefined) {
    // aws-facts.md §1, "Token validation regex": it is matched against `aud`, which access tokens lack.
    details.push(`token validation regex ${authorizer.tokenValidationRegex} (checked against aud)`);
  }
  details.push(cached);
  return `${title}: ${details.filter((part) => part !== undefined).join('; ')}`;
}

/**
 * Folds an API's authorizers into the single-authorizer fields of `ApiConfig`. Most APIs have one
 * Cognito or JWT authorizer; when there are several, their pools and audiences are united (a token
 * from any of them is then taken as expected) and the user is told.
 */
export function foldAuthorizers(authorizers: ImportedAuthorizer[], warnings: string[]): ImportPatch {
  const checkable = authorizers.filter((authorizer) => authorizer.kind !== undefined);
  const [first] = checkable;
  if (first === undefined) {
    warnings.push(
      authorizers.length === 0
        ? 'No authorizer found.'
        : 'No Cognito user pool or JWT authorizer found: the extension checks tokens only for those.',
    );
    return { authorizers };
  }
  const patch: ImportPatch = {
    authorizers,
    authorizerKind: first.kind,
    userPoolIds: uniqueStrings(checkable.flatMap((authorizer) => authorizer.userPoolIds)),
    clientIds: uniqueStrings(checkable.flatMap((authorizer) => authorizer.clientIds)),
  };
  if (checkable.length === 1) {
    if (first.id !== undefined) patch.authorizerId = first.id;
    patch.tokenValidationRegex = first.tokenValidationRegex ?? null;
  } else {
    warnings.push(
      `${checkable.length} authorizers check tokens; their pools and audiences are combined, so a token from any of them counts as expected.`,
    );
    const regexes = uniqueStrings(checkable.flatMap((authorizer) => authorizer.tokenValidationRegex ?? []));
    patch.tokenValidationRegex = regexes[0] ?? null;
    if (regexes.length > 1) {
      warnings.push(`The authorizers use different token validation regexes; keeping ${regexes[0]}.`);
    }
  }
  const risk = patch.tokenValidationRegex ? tokenRegexRisk(patch.tokenValidationRegex) : undefined;
  if (risk !== undefined) {
    warnings.push(
      `The token validation regex ${quote(patch.tokenValidationRegex ?? '')} ${risk}: compare aud with it by hand.`,
    );
  }
  const kinds = uniqueStrings(checkable.map((authorizer) => authorizer.kind ?? ''));
  if (kinds.length > 1) {
    warnings.push(`Both Cognito and JWT authorizers found; the configuration takes ${first.kind}.`);
  }
  const headers = uniqueStrings(checkable.flatMap((authorizer) => authorizer.identityHeader ?? []));
  if (headers[0] !== undefined) patch.identityHeader = headers[0];
  if (headers.length > 1) {
    warnings.push(
      `The authorizers read the token from different headers (${headers.join(', ')}); keeping ${headers[0]}.`,
    );
  }
  const issuers = uniqueStrings(checkable.flatMap((authorizer) => authorizer.issuer ?? []));
  if (issuers[0] !== undefined) patch.issuer = issuers[0];
  if (issuers.length > 1) {
    warnings.push(`The authorizers trust different issuers (${issuers.join(', ')}); keeping ${issuers[0]}.`);
  }
  return patch;
}

/** Pool ids of the ARNs that name one; warns for the others. */
export function readProviderArns(arns: string[], label: string, warnings: string[]): string[] {
  const poolIds: string[] = [];
  for (const arn of arns) {
    const parsed = parseUserPoolArn(arn);
    if (parsed.kind === 'pool') {
      poolIds.push(parsed.poolId);
      if (regionOfUserPool(parsed.poolId) !== parsed.region) {
        warnings.push(
          `${label}: pool ${parsed.poolId} does not belong to region ${parsed.region} of its ARN.`,
        );
      }
    } else if (parsed.kind === 'stage-variable') {
      // aws-facts.md §1: a provider ARN may be `…:userpool/${stageVariables.X}`.
      warnings.push(
        `${label} takes its user pool from stage variable ${parsed.variable}, so the pool depends on the stage: add that stage's pool id by hand.`,
      );
    } else {
      warnings.push(`${label}: ${quote(arn)} is not a Cognito user pool ARN; ignored.`);
    }
  }
  if (arns.length === 0) warnings.push(`${label} lists no user pool (providerARNs is empty).`);
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
  summary: string[];
  warnings: string[];
  needs?: ImportNeed[];
}

/**
 * Completes a parser's findings with the user's hints: the text wins where both speak (it is what
 * AWS printed), with a warning when they disagree.
 */
export function finishImport(parsed: ParsedImport, hints: ImportHints): AwsImportSuccess {
  // Several schemes or items can raise the same warning; once is enough in the preview.
  const warnings = uniqueStrings(parsed.warnings);
  const apiId = pickWithHint('API id', parsed.apiId, hints.apiId, warnings);
  const stage = pickWithHint('stage', parsed.stage, hints.stage, warnings);
  const needs = [...(parsed.needs ?? [])];
  if (apiId === undefined) needs.unshift('apiId');
  const location = [
    apiId === undefined ? 'API: not in the text, choose it' : `API ${apiId}`,
    stage === undefined ? 'all stages' : `stage ${stage}`,
    parsed.region === undefined ? undefined : `region ${parsed.region}`,
  ].filter((part) => part !== undefined);
  const result: AwsImportSuccess = {
    ok: true,
    format: parsed.format,
    patch: parsed.patch,
    summary: [...parsed.summary, location.join('; ')],
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
  what: string,
  fromText: string | undefined,
  fromHint: string | undefined,
  warnings: string[],
): string | undefined {
  const hint = fromHint?.trim() || undefined;
  if (fromText !== undefined && hint !== undefined && fromText !== hint) {
    warnings.push(`The text is for ${what} ${fromText}, not ${hint}: using ${fromText}.`);
  }
  return fromText ?? hint;
}
