import type { CallConfiguration } from '../config/model';
import type { Diagnosis } from '../diagnosis/types';
import { matchSigninConfig, type SigninConfiguration } from './appClientConfig';
import type { PostmanContext } from './postmanSettings';

/**
 * `token.use` codes that settle which token the method takes (CHECKS.md): an ID token when the
 * method requires no OAuth scope, an access token when it requires some.
 */
const TOKEN_USE_BY_CODE: Readonly<Record<string, 'id' | 'access'>> = {
  'id-no-scopes': 'id',
  'access-no-scopes': 'id',
  'access-with-scopes': 'access',
  'id-with-scopes': 'access',
};

function stringClaim(payload: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = payload?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The Postman settings' starting point for an API call whose token comes from a Cognito pool
 * (SIGNIN.md "Postman settings"): the pool from `iss`, the app client from `aud` (ID token) or
 * `client_id` (access token), the imported pool and client when known, the method's scopes and
 * what `token.use` decided. Undefined when the token is not a Cognito user pool's.
 */
export function apiCallPostmanContext(
  diagnosis: Pick<Diagnosis, 'pool' | 'token' | 'checks'>,
  config: CallConfiguration | undefined,
  configuration: SigninConfiguration,
): PostmanContext | undefined {
  const pool = diagnosis.pool;
  if (pool === undefined) return undefined;
  const payload = diagnosis.token?.payload;
  const clientId = stringClaim(payload, 'client_id') ?? stringClaim(payload, 'aud');
  const match = matchSigninConfig(configuration, '', clientId);
  const importedPool = match.pool ?? configuration.pools.find((entry) => entry.poolId === pool.poolId);
  const tokenUseCode = diagnosis.checks.find((check) => check.id === 'token.use')?.code;
  const tokenUse = tokenUseCode === undefined ? undefined : TOKEN_USE_BY_CODE[tokenUseCode];
  return {
    poolId: pool.poolId,
    region: pool.region,
    ...(clientId !== undefined ? { clientId } : {}),
    ...(match.client !== undefined ? { client: match.client } : {}),
    ...(importedPool !== undefined ? { pool: importedPool } : {}),
    ...(config?.methodScopes !== undefined ? { methodScopes: config.methodScopes } : {}),
    ...(tokenUse !== undefined ? { tokenUse } : {}),
  };
}
