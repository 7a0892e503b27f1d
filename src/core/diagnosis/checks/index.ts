import type { CheckId } from '../types';
import type { Check } from './checkInput';
import { corsCheck } from './cors';
import { headerFormatCheck } from './headerFormat';
import { headerPresentCheck } from './headerPresent';
import { manualDeployedCheck, manualResourcePolicyCheck, manualTestAuthorizerCheck } from './manual';
import { preflightCheck } from './preflight';
import { sourceCheck } from './source';
import { tokenAlgCheck } from './tokenAlg';
import { tokenClientCheck } from './tokenClient';
import { tokenDecodeCheck } from './tokenDecode';
import { tokenExpiryCheck } from './tokenExpiry';
import { tokenIssuedAtCheck } from './tokenIssuedAt';
import { tokenIssuerCheck } from './tokenIssuer';
import { tokenScopeCheck } from './tokenScope';
import { tokenSignatureCheck } from './tokenSignature';
import { tokenUseCheck } from './tokenUse';

/** The checklist of CHECKS.md, in its order. Later checks read earlier results, so order matters. */
export const CHECKS: readonly Check<CheckId>[] = [
  sourceCheck,
  preflightCheck,
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
  tokenSignatureCheck,
  manualDeployedCheck,
  manualTestAuthorizerCheck,
  manualResourcePolicyCheck,
];
