import { DEFAULT_IDENTITY_HEADER, headerOfIdentitySource, regionOfUserPool } from '../awsIdentifiers';
import {
  describeAuthorizer,
  finishImport,
  foldAuthorizers,
  readProviderArns,
  regionOfAuthorizers,
} from './importPatch';
import type { AwsImportResult, ImportedAuthorizer, ImportHints } from './importTypes';
import { authorizerRef, type ConfigMessage, configMessage } from './messages';
import { JWT_ALGORITHMS, readRestJwt, readRestLambda } from './readAuthorizerSettings';
import { clip, isRecord, optionalNumber, optionalString, stringList, uniqueStrings } from './untrustedData';

/**
 * Reads `aws apigateway get-authorizers --rest-api-id …` (its `items`) or one `get-authorizer`
 * object. Shape: API Gateway `Authorizer` (id, name, type, providerARNs, identitySource,
 * identityValidationExpression, authorizerResultTtlInSeconds; `jwtConfiguration` for the JWT type,
 * aws-facts-2.md §2.1).
 */
export function parseRestAuthorizers(items: unknown[], hints: ImportHints): AwsImportResult {
  const warnings: ConfigMessage[] = [];
  const authorizers: ImportedAuthorizer[] = [];
  items.forEach((item, index) => {
    const authorizer = isRecord(item) ? readRestAuthorizer(item, warnings) : undefined;
    if (authorizer === undefined) {
      warnings.push(configMessage('warn.notRestAuthorizer', { position: index + 1 }));
    } else {
      authorizers.push(authorizer);
    }
  });
  if (authorizers.length === 0) {
    return { ok: false, error: configMessage('import.noRestAuthorizer') };
  }
  const patch = foldAuthorizers(authorizers, warnings);
  const parsed = {
    format: 'get-authorizers' as const,
    apiType: 'rest' as const,
    patch,
    summary: [
      configMessage('summary.restAuthorizers', { count: authorizers.length }),
      ...authorizers.map(describeAuthorizer),
    ],
    warnings,
  };
  const region = regionOfAuthorizers(authorizers);
  return finishImport(region === undefined ? parsed : { ...parsed, region }, hints);
}

/**
 * One REST authorizer as API Gateway's `Authorizer` shape describes it; also what an export's
 * `x-amazon-apigateway-authorizer` carries for the same kinds (parseApiExport.ts).
 */
export function readRestAuthorizer(
  item: Record<string, unknown>,
  warnings: ConfigMessage[],
): ImportedAuthorizer | undefined {
  const providerArns = stringList(item.providerARNs);
  // get-authorizer always prints `type`; a hand-trimmed paste with provider ARNs can only be Cognito.
  const type =
    optionalString(item.type)?.toUpperCase() ?? (providerArns.length > 0 ? 'COGNITO_USER_POOLS' : undefined);
  if (type === undefined) return undefined;
  const name = optionalString(item.name);
  const ref = authorizerRef(name === undefined ? undefined : clip(name));
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
        configMessage('warn.identitySourceNotHeader', { ...ref, identitySource: clip(identitySource) }),
      );
    }
    authorizer.userPoolIds = readProviderArns(providerArns, name, warnings);
    const regions = uniqueStrings(authorizer.userPoolIds.flatMap((poolId) => regionOfUserPool(poolId) ?? []));
    if (regions[0] !== undefined) authorizer.region = regions[0];
    const regex = optionalString(item.identityValidationExpression);
    if (regex !== undefined) authorizer.tokenValidationRegex = regex;
  } else if (type === 'TOKEN' || type === 'REQUEST') {
    // aws-facts-2.md §4: what API Gateway checks before calling the function.
    authorizer.kind = 'lambda';
    authorizer.lambda = readRestLambda(type, item);
    if (header !== undefined) authorizer.identityHeader = header;
    if (type === 'TOKEN' && header === undefined) {
      warnings.push(configMessage('warn.tokenAuthorizerNoHeader', ref));
    }
  } else if (type === 'JWT') {
    const restJwt = readRestJwt(item);
    if (restJwt === undefined) {
      warnings.push(configMessage('warn.jwtNoConfiguration', ref));
    } else {
      authorizer.kind = 'rest-jwt';
      authorizer.restJwt = restJwt;
      if (header !== undefined) authorizer.identityHeader = header;
      authorizer.clientIds = uniqueStrings(restJwt.issuers.flatMap((issuer) => issuer.audiences));
      const [first] = restJwt.issuers;
      if (first !== undefined) authorizer.issuer = first.issuer;
      if (restJwt.issuers.length === 0) warnings.push(configMessage('warn.restJwtNoIssuer', ref));
      const unknown = restJwt.defaultAlgorithms.filter((alg) => !JWT_ALGORITHMS.includes(alg));
      if (unknown.length > 0)
        warnings.push(
          configMessage('warn.unknownAlgorithms', {
            ...ref,
            algorithms: unknown.map((alg) => clip(alg, 40)),
          }),
        );
    }
  } else {
    warnings.push(configMessage('warn.unreadAuthorizerType', { ...ref, type: clip(type, 40) }));
  }
  return authorizer;
}
