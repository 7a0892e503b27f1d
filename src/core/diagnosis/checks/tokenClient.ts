import { matchWhole } from '../../boundedRegex';
import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import { claimParam, defineCheck, gatewaySays, restJwtIssuer } from './checkInput';

function audiences(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/**
 * REST Cognito authorizers check no app client unless a token-validation regex is set, which is
 * matched against `aud` and so always fails access tokens (aws-facts.md §1 "`aud` / `client_id` is
 * not checked by default", "Token validation regex"). HTTP API JWT authorizers check `aud`, or
 * `client_id` only when `aud` is absent (§4).
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
  ],
  requires: 'decodedToken',
  lambdaDecides: true,
  run: (input, token) => {
    const config = input.config;
    const kind = input.authorizer().kind;
    const aud = ownClaim(token.payload, 'aud');
    const clientId = ownClaim(token.payload, 'client_id');
    const target = input.target();
    const params = { aud: claimParam(aud), clientId: claimParam(clientId) };

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
      const presented = aud !== undefined ? audiences(aud) : audiences(clientId);
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
    return { status: 'skip', code: 'unknown-audience', params };
  },
});
