/** The diagnosis core: pure functions of a captured call, its configuration and a signature verdict. */
export { candidateToken } from './candidateToken';
export { CHECK_CODES, CHECK_IDS, CHECKS } from './checks';
export { diagnose, headlineResult, pickHeadline } from './diagnose';
export { type FirstScreen, firstScreen, isSurfaced } from './firstScreen';
export type { JwksClient, JwksClientOptions, JwksFetch, JwksResponse } from './jwksClient';
export { createJwksClient, JWKS_REFETCH_WAIT_MS } from './jwksClient';
export { buildMarkdownReport } from './report';
export type { TrustedIssuer } from './trustedIssuers';
export { isWellFormedTrustedIssuer, trustedIssuers, trustedJwksSource } from './trustedIssuers';
export type {
  AuthorizerGuess,
  CheckCode,
  CheckId,
  CheckResult,
  CheckStatus,
  ClaimTime,
  ClaimView,
  Command,
  CommandKind,
  Diagnosis,
  DiagnosisInput,
  DocId,
  Headline,
  Param,
  Params,
  SignatureVerdict,
  TokenView,
} from './types';
