import { matchWhole } from '../../boundedRegex';
import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import { claimParam, defineCheck } from './checkInput';

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
  ],
  requires: 'decodedToken',
  run: (input, token) => {
    const config = input.config;
    const kind = input.authorizer().kind;
    const aud = ownClaim(token.payload, 'aud');
    const clientId = ownClaim(token.payload, 'client_id');
    const target = input.target();
    const params = { aud: claimParam(aud), clientId: claimParam(clientId) };

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
    if (kind !== 'jwt' && source !== undefined && source !== '') {
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
