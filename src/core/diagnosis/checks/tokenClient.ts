import { matchWhole } from '../../boundedRegex';
import type { AppClientConfig } from '../../signin/appClientConfig';
import { parseCognitoIss } from '../cognitoIssuer';
import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import type { CheckOutcome } from '../types';
import {
  type CheckInput,
  claimParam,
  comparablePoolIds,
  defineCheck,
  gatewaySays,
  methodScopes,
  restJwtIssuer,
  splitScopes,
} from './checkInput';

function audiences(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** An imported app client as evidence: its name and id, or its id alone. */
function clientLabel(client: AppClientConfig): string {
  return client.clientName !== undefined ? `${client.clientName} (${client.clientId})` : client.clientId;
}

/**
 * The user pools whose tokens the authorizer takes, when its configuration names them: a REST
 * Cognito authorizer's pools, or the Cognito pools among a JWT authorizer's issuers.
 */
function authorizerPools(input: CheckInput): string[] | undefined {
  const config = input.config;
  if (config === undefined) return undefined;
  const kind = input.authorizer().kind;
  const issuers =
    kind === 'jwt'
      ? [config.issuer]
      : kind === 'rest-jwt'
        ? (config.restJwt?.issuers ?? []).map((e) => e.issuer)
        : [];
  const pools =
    kind === 'cognito'
      ? comparablePoolIds(config.userPoolIds)
      : issuers.flatMap((issuer) => parseCognitoIss(issuer)?.poolId ?? []);
  return pools.length > 0 ? pools : undefined;
}

type ImportedClientCode =
  | 'client-pool-mismatch'
  | 'client-of-other-pool'
  | 'client-lacks-scopes'
  | 'client-of-authorizer-pool'
  | 'known-client'
  | 'client-not-imported';

/**
 * What the imported app clients say when the authorizer's own configuration does not decide
 * (CHECKS.md would `skip` here; SIGNIN.md "App client configuration" makes the imports feed this
 * check). Undefined when they say nothing about this token.
 *
 * The statuses are chosen so that only what the facts support can become the headline:
 * - A Cognito token names a client of the pool that issued it, so an imported client of another
 *   pool than the token's `iss` means the token or the import is not what the user thinks: `warn`.
 * - A client of a pool the authorizer does not take: the call cannot pass (aws-facts.md §1 "Expiry
 *   and issuer", §8 cause 6): `fail`, beside `token.issuer`, naming the client.
 * - A scope the method requires and the client may not request: no sign-in through this client
 *   obtains it (a scope not allowed on the client is refused, aws-facts-2.md §1.1), unless a
 *   pre-token generation trigger adds it (aws-facts.md §5, aws-facts-2.md §2.2): `warn`, not `fail`.
 * - A client the user did not import is no fault by itself: a REST Cognito authorizer takes every
 *   client of its pools (aws-facts.md §1), so `info` there and when the authorizer is unknown;
 *   JWT authorizers always compare the client with audiences (aws-facts.md §4 "Audience is
 *   required", aws-facts-2.md §2.1), so there a client other than those the user knows is a `warn`.
 */
function importedClientOutcome(
  input: CheckInput,
  presented: readonly string[],
  tokenScopes: readonly string[],
  params: Record<string, string | number | undefined>,
): CheckOutcome<ImportedClientCode> | undefined {
  const clients = input.appClients;
  if (clients.length === 0) return undefined;
  const target = input.target();
  const kind = input.authorizer().kind;
  const tokenPool = input.issuer()?.poolId;
  const client = clients.find((entry) => presented.includes(entry.clientId));
  const links =
    kind === 'jwt' ? (['http-api-troubleshooting-jwt'] as const) : (['cognito-authorizer'] as const);

  if (client !== undefined) {
    const clientTarget = { ...target, poolId: client.userPoolId, clientId: client.clientId };
    const named = {
      ...params,
      client: client.clientId,
      clientName: client.clientName,
      clientPool: client.userPoolId,
    };
    if (tokenPool !== undefined && tokenPool !== client.userPoolId) {
      return {
        status: 'warn',
        code: 'client-pool-mismatch',
        params: { ...named, tokenPool },
        commands: [commands.describeUserPoolClient(clientTarget)],
        links: ['id-token', 'access-token'],
      };
    }
    const pools = authorizerPools(input);
    if (pools !== undefined && !pools.includes(client.userPoolId)) {
      return {
        status: 'fail',
        code: 'client-of-other-pool',
        params: { ...named, authorizerPools: pools },
        commands: [commands.getAuthorizers(target), commands.describeUserPoolClient(clientTarget)],
        links: [...links],
      };
    }
    const required = methodScopes(input)?.scopes ?? [];
    const lacking =
      required.length > 0 &&
      !required.some((scope) => tokenScopes.includes(scope)) &&
      !required.some((scope) => client.allowedOAuthScopes.includes(scope));
    if (lacking) {
      return {
        status: 'warn',
        code: 'client-lacks-scopes',
        params: { ...named, required, allowedScopes: client.allowedOAuthScopes },
        commands: [commands.describeUserPoolClient(clientTarget)],
        links: ['resource-servers'],
      };
    }
    if (kind === 'cognito' && pools !== undefined) {
      return { status: 'pass', code: 'client-of-authorizer-pool', params: named, links: [...links] };
    }
    return {
      status: 'info',
      code: 'known-client',
      params: { ...named, clientChecked: kind === 'jwt' || kind === 'rest-jwt' },
      links: [...links],
    };
  }

  if (tokenPool === undefined) return undefined;
  const ofPool = clients.filter((entry) => entry.userPoolId === tokenPool);
  if (ofPool.length === 0) return undefined;
  const checked = kind === 'jwt' || kind === 'rest-jwt';
  return {
    status: checked ? 'warn' : 'info',
    code: 'client-not-imported',
    params: {
      ...params,
      client: presented[0],
      tokenPool,
      importedClients: ofPool.map(clientLabel),
      clientChecked: checked,
    },
    commands: [commands.describeUserPoolClient(target)],
    links: [...links],
  };
}

/**
 * REST Cognito authorizers check no app client unless a token-validation regex is set, which is
 * matched against `aud` and so always fails access tokens (aws-facts.md §1 "`aud` / `client_id` is
 * not checked by default", "Token validation regex"). HTTP API JWT authorizers check `aud`, or
 * `client_id` only when `aud` is absent (§4). The authorizer's own configuration decides first, as
 * CHECKS.md says; the imported app clients only name the client there, and speak for themselves
 * where the contract would skip (`importedClientOutcome`).
 */
export const tokenClientCheck = defineCheck({
  id: 'token.client',
  codes: [
    'audience-match',
    'regex-match',
    'audience-mismatch',
    'regex-mismatch',
    'regex-no-aud',
    'unknown-audience',
    'invalid-regex',
    'regex-not-run',
    'gateway-says-audience',
    'client-id-only',
    'client-pool-mismatch',
    'client-of-other-pool',
    'client-lacks-scopes',
    'client-of-authorizer-pool',
    'known-client',
    'client-not-imported',
  ],
  requires: 'decodedToken',
  lambdaDecides: true,
  run: (input, token) => {
    const config = input.config;
    const kind = input.authorizer().kind;
    const aud = ownClaim(token.payload, 'aud');
    const clientId = ownClaim(token.payload, 'client_id');
    const target = input.target();
    // The client the token names, as the HTTP API reads it: `aud`, else `client_id` (aws-facts.md §4).
    const presented = aud !== undefined ? audiences(aud) : audiences(clientId);
    const known = input.appClients.find((entry) => presented.includes(entry.clientId));
    const params = {
      aud: claimParam(aud),
      clientId: claimParam(clientId),
      // Evidence only: the authorizer's configuration below decides, whatever was imported.
      clientName: known?.clientName,
    };

    // "does not have a valid audience" is the HTTP API's own verdict: it decides, configuration or
    // not (CHECKS.md "HTTP API"). It checks `aud`, or `client_id` without one (aws-facts.md §4).
    const gatewayDescription = gatewaySays(input, 'audience');
    if (gatewayDescription !== undefined) {
      return {
        status: 'fail',
        code: 'gateway-says-audience',
        params: {
          ...params,
          claim: aud !== undefined ? 'aud' : 'client_id',
          configuredAudiences: config?.clientIds,
          gatewayDescription,
        },
        commands: [commands.getAuthorizers(target), commands.describeUserPoolClient(target)],
        links: ['http-api-troubleshooting-jwt'],
      };
    }

    // A REST JWT authorizer: `aud` must contain one of that issuer's audiences (aws-facts-2.md §2.1).
    const restIssuer = restJwtIssuer(input, ownClaim(token.payload, 'iss'));
    if (restIssuer !== undefined && restIssuer.audiences.length > 0) {
      const configuredAudiences = restIssuer.audiences;
      if (aud === undefined && audiences(clientId).some((value) => configuredAudiences.includes(value))) {
        // A Cognito access token has `client_id`, no `aud`: whether the REST JWT authorizer falls back
        // to it as the HTTP API does is [unverified] (aws-facts-2.md §2.1), so this is not decided.
        return {
          status: 'info',
          code: 'client-id-only',
          params: { ...params, configuredAudiences },
          links: ['rest-jwt-authorizer'],
        };
      }
      const match = audiences(aud).some((value) => configuredAudiences.includes(value));
      return {
        status: match ? 'pass' : 'fail',
        code: match ? 'audience-match' : 'audience-mismatch',
        params: { ...params, claim: 'aud', configuredAudiences },
        commands: match ? [] : [commands.getAuthorizer(target)],
        links: ['rest-jwt-authorizer'],
      };
    }

    if (kind === 'jwt' && config?.clientIds !== undefined && config.clientIds.length > 0) {
      // aws-facts.md §4: HTTP API checks aud, or client_id only when aud is absent.
      const match = presented.some((value) => config.clientIds?.includes(value));
      return {
        status: match ? 'pass' : 'fail',
        code: match ? 'audience-match' : 'audience-mismatch',
        params: {
          ...params,
          claim: aud !== undefined ? 'aud' : 'client_id',
          configuredAudiences: config.clientIds,
        },
        commands: match ? [] : [commands.getAuthorizers(target), commands.describeUserPoolClient(target)],
        links: ['http-api-troubleshooting-jwt'],
      };
    }

    const source = config?.tokenValidationRegex;
    if (kind !== 'jwt' && kind !== 'rest-jwt' && source !== undefined && source !== '') {
      // API Gateway matches the whole `aud` value (UNCONFIRMED: anchoring is an assumption, made
      // in matchWhole). The pattern is configuration: it runs only within boundedRegex's bounds.
      const checked = matchWhole(source, typeof aud === 'string' ? aud : '');
      if (checked.outcome === 'invalid') {
        return { status: 'skip', code: 'invalid-regex', params: { regex: source } };
      }
      const links = ['authorizer-api', 'cognito-authorizer'] as const;
      if (typeof aud !== 'string') {
        return {
          status: 'fail',
          code: 'regex-no-aud',
          params: { ...params, regex: source, tokenUse: claimParam(ownClaim(token.payload, 'token_use')) },
          commands: [commands.getAuthorizers(target)],
          links: [...links],
        };
      }
      if (checked.outcome === 'not-run') {
        return { status: 'skip', code: 'regex-not-run', params: { ...params, regex: source } };
      }
      const match = checked.outcome === 'match';
      return {
        status: match ? 'pass' : 'fail',
        code: match ? 'regex-match' : 'regex-mismatch',
        params: { ...params, regex: source },
        commands: match ? [] : [commands.getAuthorizers(target), commands.describeUserPoolClient(target)],
        links: [...links],
      };
    }
    const imported = importedClientOutcome(
      input,
      presented,
      splitScopes(ownClaim(token.payload, 'scope')),
      params,
    );
    return imported ?? { status: 'skip', code: 'unknown-audience', params };
  },
});
