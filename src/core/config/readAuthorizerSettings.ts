import type { JwtClaimRule, JwtIssuerRule, LambdaAuthorizer, RestJwtAuthorizer } from './model';
import { isRecord, optionalNumber, optionalString, stringList } from './untrustedData';

/** Algorithms a REST JWT authorizer may allow (aws-facts-2.md §2.1, `JwtConfigurationInput`). */
export const JWT_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'];

/** REST writes one comma-separated string (API_Authorizer `identitySource`); HTTP APIs a list. */
export function identitySourceList(value: unknown): string[] {
  const parts = Array.isArray(value) ? stringList(value) : typeof value === 'string' ? [value] : [];
  return parts
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * A REST `TOKEN` or `REQUEST` authorizer (API_Authorizer: `identitySource`,
 * `identityValidationExpression` for `TOKEN` only, `authorizerResultTtlInSeconds`, default 300).
 */
export function readRestLambda(type: 'TOKEN' | 'REQUEST', item: Record<string, unknown>): LambdaAuthorizer {
  const lambda: LambdaAuthorizer = {
    type,
    identitySources: identitySourceList(item.identitySource),
    httpApi: false,
  };
  const expression = optionalString(item.identityValidationExpression);
  if (type === 'TOKEN' && expression !== undefined) lambda.validationExpression = expression;
  const ttl = optionalNumber(item.authorizerResultTtlInSeconds);
  if (ttl !== undefined) lambda.resultTtlSeconds = ttl;
  return lambda;
}

function field(record: Record<string, unknown>, name: string): unknown {
  // The API reference writes camelCase; a PascalCase copy is accepted too ([unverified] which one the CLI prints).
  return record[name] ?? record[name.charAt(0).toUpperCase() + name.slice(1)];
}

function readClaimRule(value: unknown): JwtClaimRule | undefined {
  if (!isRecord(value)) return undefined;
  const claimName = optionalString(field(value, 'claimName'));
  if (claimName === undefined) return undefined;
  const rule: JwtClaimRule = { claimName };
  const expected = field(value, 'expectedValues');
  if (Array.isArray(expected)) rule.expectedValues = stringList(expected);
  const required = field(value, 'required');
  if (typeof required === 'boolean') rule.required = required;
  return rule;
}

function readIssuer(value: unknown): JwtIssuerRule | undefined {
  if (!isRecord(value)) return undefined;
  const issuer = optionalString(field(value, 'issuer'));
  if (issuer === undefined) return undefined;
  const additional = field(value, 'additionalClaims');
  const rule: JwtIssuerRule = {
    issuer,
    audiences: stringList(field(value, 'audiences')),
    additionalClaims: (Array.isArray(additional) ? additional : []).flatMap(
      (entry) => readClaimRule(entry) ?? [],
    ),
  };
  const jwksUri = optionalString(field(value, 'jwksUri'));
  if (jwksUri !== undefined) rule.jwksUri = jwksUri;
  return rule;
}

/**
 * A REST JWT authorizer's `jwtConfiguration` (aws-facts-2.md §2.1: `JwtConfigurationInput`
 * `{ defaultAlgorithms, issuers: JwtIssuer[] }`, `JwtIssuer` `{ issuer, audiences, additionalClaims?,
 * jwksUri }`). The API reference is the only source for this shape, which no AWS output seen so far
 * shows: the field's name on the authorizer object is [unverified]. Undefined when absent.
 */
export function readRestJwt(item: Record<string, unknown>): RestJwtAuthorizer | undefined {
  const raw = field(item, 'jwtConfiguration');
  if (!isRecord(raw)) return undefined;
  const issuers = field(raw, 'issuers');
  return {
    defaultAlgorithms: stringList(field(raw, 'defaultAlgorithms')).map((alg) => alg.toUpperCase()),
    issuers: (Array.isArray(issuers) ? issuers : []).flatMap((entry) => readIssuer(entry) ?? []),
  };
}
