import { DEFAULT_IDENTITY_HEADER, headerOfIdentitySource, regionOfUserPool } from './awsIdentifiers';
import {
  describeAuthorizer,
  finishImport,
  foldAuthorizers,
  readProviderArns,
  regionOfAuthorizers,
} from './importPatch';
import type { AwsImportResult, ImportedAuthorizer, ImportHints } from './importTypes';
import { isRecord, optionalNumber, optionalString, quote, stringList, uniqueStrings } from './untrustedData';

/**
 * Reads `aws apigateway get-authorizers --rest-api-id …` (its `items`) or one `get-authorizer`
 * object. Shape: API Gateway `Authorizer` (id, name, type, providerARNs, identitySource,
 * identityValidationExpression, authorizerResultTtlInSeconds).
 */
export function parseRestAuthorizers(items: unknown[], hints: ImportHints): AwsImportResult {
  const warnings: string[] = [];
  const authorizers: ImportedAuthorizer[] = [];
  items.forEach((item, index) => {
    const authorizer = isRecord(item) ? readRestAuthorizer(item, warnings) : undefined;
    if (authorizer === undefined) {
      warnings.push(`Item ${index + 1} is not an authorizer (no "type"); skipped.`);
    } else {
      authorizers.push(authorizer);
    }
  });
  if (authorizers.length === 0) {
    return {
      ok: false,
      error: 'No authorizer could be read: each item needs a "type" such as COGNITO_USER_POOLS.',
    };
  }
  const patch = foldAuthorizers(authorizers, warnings);
  const count = `${authorizers.length} authorizer${authorizers.length === 1 ? '' : 's'}`;
  const parsed = {
    format: 'get-authorizers' as const,
    apiType: 'rest' as const,
    patch,
    summary: [`Read ${count} from aws apigateway get-authorizers.`, ...authorizers.map(describeAuthorizer)],
    warnings,
  };
  const region = regionOfAuthorizers(authorizers);
  return finishImport(region === undefined ? parsed : { ...parsed, region }, hints);
}

function readRestAuthorizer(
  item: Record<string, unknown>,
  warnings: string[],
): ImportedAuthorizer | undefined {
  const providerArns = stringList(item.providerARNs);
  // get-authorizer always prints `type`; a hand-trimmed paste with provider ARNs can only be Cognito.
  const type =
    optionalString(item.type)?.toUpperCase() ?? (providerArns.length > 0 ? 'COGNITO_USER_POOLS' : undefined);
  if (type === undefined) return undefined;
  const name = optionalString(item.name);
  const label = name === undefined ? 'An authorizer' : `Authorizer ${quote(name)}`;
  const authorizer: ImportedAuthorizer = { type, userPoolIds: [], clientIds: [] };
  const id = optionalString(item.id);
  if (id !== undefined) authorizer.id = id;
  if (name !== undefined) authorizer.name = name;
  const identitySource = optionalString(item.identitySource);
  const header = identitySource === undefined ? undefined : headerOfIdentitySource(identitySource);
  const ttl = optionalNumber(item.authorizerResultTtlInSeconds);
  if (ttl !== undefined) authorizer.resultTtlSeconds = ttl;

  if (type === 'COGNITO_USER_POOLS') {
    authorizer.kind = 'cognito';
    // A Cognito authorizer reads one header; Authorization is AWS's default (aws-facts.md §1).
    authorizer.identityHeader = header ?? DEFAULT_IDENTITY_HEADER;
    if (identitySource !== undefined && header === undefined) {
      warnings.push(
        `${label} reads the token from ${quote(identitySource)}, not a header; assuming Authorization.`,
      );
    }
    authorizer.userPoolIds = readProviderArns(providerArns, label, warnings);
    const regions = uniqueStrings(authorizer.userPoolIds.flatMap((poolId) => regionOfUserPool(poolId) ?? []));
    if (regions[0] !== undefined) authorizer.region = regions[0];
    const regex = optionalString(item.identityValidationExpression);
    if (regex !== undefined) authorizer.tokenValidationRegex = regex;
  } else if (type === 'TOKEN' || type === 'REQUEST') {
    if (header !== undefined) authorizer.identityHeader = header;
  } else {
    // AWS has added JWT authorizers to REST APIs; their get-authorizers shape is not documented in
    // aws-facts.md §1 ("New: JWT authorizers for REST APIs"), so their settings are not guessed.
    warnings.push(
      `${label} has type ${type}, which this import does not read: enter its issuer and audience by hand if it checks JWTs.`,
    );
  }
  return authorizer;
}
