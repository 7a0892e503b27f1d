import { commands } from '../commands';
import { ownClaim } from '../decodeToken';
import { claimParam, comparablePoolIds, defineCheck } from './checkInput';

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
    'not-cognito-other-authorizer',
  ],
  requires: 'decodedToken',
  lambdaDecides: true,
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

    // A REST JWT authorizer trusts the issuers it lists, Cognito or not (aws-facts-2.md §2.1).
    const restIssuers =
      kind === 'rest-jwt' ? (config?.restJwt?.issuers.map((entry) => entry.issuer) ?? []) : [];
    if (restIssuers.length > 0) {
      const match = restIssuers.includes(iss);
      return {
        status: match ? 'pass' : 'fail',
        code: match ? 'issuer-configured' : 'issuer-mismatch',
        params: {
          iss,
          configuredIssuer: match ? iss : restIssuers,
          trailingSlash:
            !match && restIssuers.some((entry) => iss.replace(/\/$/, '') === entry.replace(/\/$/, '')),
        },
        commands: [commands.getAuthorizers(target)],
        links: ['rest-jwt-authorizer'],
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
      if (kind === 'lambda' || kind === 'rest-jwt')
        return { status: 'info', code: 'not-cognito-other-authorizer', params: { iss, kind } };
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
