import { type CognitoIssuer, parseCognitoIssuer } from '../awsIdentifiers';

/**
 * A token's `iss` when it names a Cognito user pool. The pattern is the one of
 * `src/core/awsIdentifiers.ts`; a token's `iss` must match it exactly, so a trailing slash, which a
 * configured issuer may carry by mistake, is no Cognito issuer here (aws-facts.md §5).
 */
export type CognitoIss = Omit<CognitoIssuer, 'trailingSlash'>;

export function parseCognitoIss(iss: unknown): CognitoIss | undefined {
  const parsed = parseCognitoIssuer(iss);
  if (parsed === undefined || parsed.trailingSlash) return undefined;
  const { trailingSlash: _trailingSlash, ...issuer } = parsed;
  return issuer;
}
