import { apiKeyCheck } from './apiKey';
import { authorizerCheck } from './authorizer';
import { corsCheck } from './cors';
import { headerFormatCheck } from './headerFormat';
import { headerPresentCheck } from './headerPresent';
import { manualDeployedCheck, manualResourcePolicyCheck, manualTestAuthorizerCheck } from './manual';
import { policyCheck } from './policy';
import { preflightCheck } from './preflight';
import { routeCheck } from './route';
import { sourceCheck } from './source';
import { tokenAlgCheck } from './tokenAlg';
import { tokenClaimsCheck } from './tokenClaims';
import { tokenClientCheck } from './tokenClient';
import { tokenDecodeCheck } from './tokenDecode';
import { tokenExpiryCheck } from './tokenExpiry';
import { tokenIssuedAtCheck } from './tokenIssuedAt';
import { tokenIssuerCheck } from './tokenIssuer';
import { tokenScopeCheck } from './tokenScope';
import { tokenSignatureCheck } from './tokenSignature';
import { tokenUseCheck } from './tokenUse';

/**
 * The checklist of CHECKS.md, in its order (the full order of "Beyond the 401"): the only list of checks. Later checks read earlier
 * results, so order matters; the id and code types derive from it.
 */
export const CHECKS = [
  sourceCheck,
  preflightCheck,
  routeCheck,
  policyCheck,
  apiKeyCheck,
  authorizerCheck,
  corsCheck,
  headerPresentCheck,
  headerFormatCheck,
  tokenDecodeCheck,
  tokenAlgCheck,
  tokenIssuerCheck,
  tokenExpiryCheck,
  tokenIssuedAtCheck,
  tokenUseCheck,
  tokenScopeCheck,
  tokenClientCheck,
  tokenClaimsCheck,
  tokenSignatureCheck,
  manualDeployedCheck,
  manualTestAuthorizerCheck,
  manualResourcePolicyCheck,
] as const;

type AnyCheck = (typeof CHECKS)[number];

/** The ids in check order. */
export const CHECK_IDS: ReadonlyArray<AnyCheck['id']> = CHECKS.map((check) => check.id);

/** Every code each check can return, by id (the catalog's keys). */
export const CHECK_CODES = Object.fromEntries(CHECKS.map((check) => [check.id, check.codes])) as {
  readonly [C in AnyCheck as C['id']]: C['codes'];
};
