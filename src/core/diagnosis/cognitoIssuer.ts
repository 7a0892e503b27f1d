/**
 * Cognito issuer URLs: `https://cognito-idp.{region}.amazonaws.com/{region}_{id}` (aws-facts.md §5
 * "IDs and URLs"). China regions use the `.amazonaws.com.cn` domain like every other endpoint there.
 * The region pattern is the one aws-jwt-verify uses for pool ids (aws-facts.md §5), widened to the
 * `cn-north-1` / `us-gov-west-1` shapes. Anchored: `iss` is attacker-controlled text, and only a
 * URL this strict is ever fetched from.
 */
const COGNITO_ISSUER =
  /^https:\/\/cognito-idp\.([a-z]{2}(?:-[a-z]+)+-\d{1,2})\.amazonaws\.com(\.cn)?\/([a-z]{2}(?:-[a-z]+)+-\d{1,2})_([A-Za-z0-9]{1,64})$/;

export interface CognitoIss {
  issuer: string;
  /** Region in the host name. */
  region: string;
  /** Region prefix of the pool id; it must equal `region` (aws-facts.md §5). */
  poolRegion: string;
  poolId: string;
  partition: 'aws' | 'aws-cn';
  /** `{iss}/.well-known/jwks.json`, built from the validated parts. */
  jwksUrl: string;
}

export function parseCognitoIss(iss: unknown): CognitoIss | undefined {
  if (typeof iss !== 'string' || iss.length > 200) return undefined;
  const match = COGNITO_ISSUER.exec(iss);
  if (!match) return undefined;
  const [, region = '', cn, poolRegion = '', suffix = ''] = match;
  const poolId = `${poolRegion}_${suffix}`;
  const issuer = `https://cognito-idp.${region}.amazonaws.com${cn ?? ''}/${poolId}`;
  return {
    issuer,
    region,
    poolRegion,
    poolId,
    partition: cn ? 'aws-cn' : 'aws',
    jwksUrl: `${issuer}/.well-known/jwks.json`,
  };
}
