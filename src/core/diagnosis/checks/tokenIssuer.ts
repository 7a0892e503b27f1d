import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import { claimParam, defineCheck } from './checkInput';

/** Pool ids given as stage variables (aws-facts.md §1 "Multiple pools") cannot be compared. */
function comparablePoolIds(poolIds: readonly string[] | undefined): string[] {
  return (poolIds ?? []).filter((poolId) => !poolId.includes('${'));
}

/**
 * The token's pool must be the authorizer's (aws-facts.md §1 "Expiry and issuer", §8 cause 6);
 * an HTTP API JWT authorizer matches `iss` exactly, trailing slash included (§4).
 */
export const tokenIssuerCheck = defineCheck({
  id: 'token.issuer',
  codes: [
    'cognito',
    'pool-configured',
    'issuer-configured',
    'missing',
    'not-cognito',
    'region-mismatch',
    'pool-not-configured',
    'issuer-mismatch',
    'not-cognito-http-api',
    'not-cognito-unknown-authorizer',
  ],
  requires: 'decodedToken',
  run: (input, token) => {
    const iss = ownClaim(token.payload, 'iss');
    const kind = input.authorizer().kind;
    const config = input.config;
    const target = input.target();
    if (typeof iss !== 'string') {
      return { status: 'fail', code: 'missing', params: { iss: claimParam(iss) }, links: ['verifying-jwt'] };
    }

    if (kind === 'jwt' && config?.issuer !== undefined) {
      const match = iss === config.issuer;
      return {
        status: match ? 'pass' : 'fail',
        code: match ? 'issuer-configured' : 'issuer-mismatch',
        params: {
          iss,
          configuredIssuer: config.issuer,
          trailingSlash: !match && iss.replace(/\/$/, '') === config.issuer.replace(/\/$/, ''),
        },
        commands: [commands.getAuthorizers(target)],
        links: ['http-api-troubleshooting-jwt'],
      };
    }

    const cognito = input.issuer();
    if (cognito === undefined) {
      const mismatch =
        /^https:\/\/cognito-idp\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9-]+)_[A-Za-z0-9]+$/.exec(iss);
      if (mismatch) {
        return {
          status: 'fail',
          code: 'region-mismatch',
          params: { iss, hostRegion: mismatch[1], poolRegion: mismatch[2] },
          links: ['verifying-jwt'],
        };
      }
      if (kind === 'jwt') return { status: 'info', code: 'not-cognito-http-api', params: { iss } };
      if (kind === 'unknown')
        return { status: 'info', code: 'not-cognito-unknown-authorizer', params: { iss } };
      return {
        status: 'fail',
        code: 'not-cognito',
        params: { iss },
        commands: [commands.getAuthorizers(target)],
        links: ['cognito-authorizer', 'kc-cognito-401'],
      };
    }
    if (cognito.region !== cognito.poolRegion) {
      return {
        status: 'fail',
        code: 'region-mismatch',
        params: { iss, hostRegion: cognito.region, poolRegion: cognito.poolRegion },
        links: ['verifying-jwt'],
      };
    }

    const params = { iss, poolId: cognito.poolId, region: cognito.region };
    const configured = comparablePoolIds(config?.userPoolIds);
    if (configured.length > 0) {
      const known = configured.includes(cognito.poolId);
      return {
        status: known ? 'pass' : 'fail',
        code: known ? 'pool-configured' : 'pool-not-configured',
        params: { ...params, configuredPoolIds: configured },
        commands: known ? [] : [commands.getAuthorizers(target), commands.describeUserPool(target)],
        links: ['kc-cognito-401', 'cognito-authorizer'],
      };
    }
    return { status: 'pass', code: 'cognito', params, commands: [commands.describeUserPool(target)] };
  },
});
