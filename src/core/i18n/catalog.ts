import type { AuthorizerKind } from '../config/model';
import type {
  CheckCode,
  CheckId,
  CheckStatus,
  CommandKind,
  DocId,
  INTERNAL_ERROR,
  UndecidedCode,
} from '../diagnosis/types';

/**
 * The words of one check outcome. Templates are plain text with:
 * - `{name}` a param as text; `{name:code}` as code (each array element its own code span);
 *   `{name:duration}` seconds as a duration; `{name:relative}` seconds from the request as
 *   "12 min before the request"; `{name:time}` epoch seconds as ISO UTC; `{name:term}` an enum
 *   value looked up in `terms`;
 * - `` `…` `` a code span (params inside are substituted);
 * - `[[…]]` a part shown only when every param in it is known; `[[?flag|…]]` one shown only when
 *   the param `flag` is true (or a non-empty list), `[[!flag|…]]` only when it is not.
 * Params are attacker-controlled text: renderers must put them in text nodes, never in HTML.
 */
export interface MessageEntry {
  /** One line. */
  title: string;
  /** One paragraph, with the evidence. */
  explanation: string;
  /** What to change; empty when nothing is to be done. */
  fix?: string;
  /** The sentence used when this outcome is the diagnosis' headline; the title otherwise. */
  headline?: string;
}

export type CheckMessages = {
  [Id in CheckId]: Record<Exclude<CheckCode<Id>, typeof INTERNAL_ERROR>, MessageEntry>;
};

/** Claims the catalog explains in one line (aws-facts.md §5). */
export const KNOWN_CLAIMS = [
  'token_use',
  'exp',
  'iat',
  'auth_time',
  'nbf',
  'iss',
  'scope',
  'client_id',
  'aud',
  'cognito:groups',
  'cognito:username',
  'cognito:roles',
  'cognito:preferred_role',
  'username',
  'sub',
  'jti',
  'origin_jti',
  'event_id',
  'version',
  'device_key',
  'nonce',
  'at_hash',
  'email',
  'email_verified',
  'phone_number',
  'phone_number_verified',
  'identities',
] as const;
export type KnownClaim = (typeof KNOWN_CLAIMS)[number];

export const KNOWN_HEADER_FIELDS = ['alg', 'kid', 'typ'] as const;
export type KnownHeaderField = (typeof KNOWN_HEADER_FIELDS)[number];

/** Enum values that appear in params and are shown as words (`{name:term}`). */
export type Term =
  | 'header'
  | 'payload'
  | 'signature'
  | 'not-utf8'
  | 'syntax'
  | 'base64-length'
  | 'json-cut'
  | 'array'
  | 'string'
  | 'number'
  | 'boolean'
  | 'null'
  | 'timeout'
  | 'http-status'
  | 'not-json'
  | 'no-keys'
  | 'invalid-key'
  | 'network'
  | 'discovery-failed'
  | 'discovery-mismatch'
  | 'configuration'
  | 'response';

/** `token.expiry:about-to-expire`: a check's code where its id alone would say the wrong thing. */
export type CauseKey = {
  [Id in CheckId]: `${Id}:${Exclude<CheckCode<Id>, typeof INTERNAL_ERROR>}`;
}[CheckId];

export interface ReportWords {
  title: string;
  request: string;
  status: string;
  requestHeaders: string;
  responseHeaders: string;
  headersNotCaptured: string;
  summary: string;
  claims: string;
  tokenHeader: string;
  header: string;
  claim: string;
  value: string;
  meaning: string;
  checks: string;
  check: string;
  result: string;
  commands: string;
  docs: string;
  signatureRemoved: string;
  /** e.g. "removed, 1234 characters". */
  removed: (length: number) => string;
  noToken: string;
  requestTime: string;
  initiator: string;
  authorizer: string;
  authorizerKinds: Record<AuthorizerKind | 'unknown', string>;
  footer: string;
  /** The short report's footer: what it leaves out. */
  shortFooter: string;
  fix: string;
  failingChecks: string;
  noFailingChecks: string;
  claimsThatMatter: string;
  /** "9 other claims left out." */
  claimsLeftOut: (count: number) => string;
  /** What replaces a personal claim's value in the short report. */
  personalMasked: string;
}

export interface Catalog {
  locale: string;
  checks: CheckMessages;
  /** Any check that threw; it never says why, since the error could quote the token. */
  internalError: MessageEntry;
  status: Record<CheckStatus, string>;
  /**
   * Headline and fix when no check failed or warned (CHECKS.md "No cause found"): what is unknown
   * and what would decide it. Params: `gatewayDescription`.
   */
  undecided: Record<UndecidedCode, { headline: string; fix: string }>;
  /** A call's cause in a few words, for the call list: by the headline's check, some by code. */
  causes: Record<CheckId, string>;
  causesByCode: Partial<Record<CauseKey, string>>;
  /** The call list's words for a call whose cause nothing decided. */
  causeUndecided: string;
  /** "2 min ago": how long before now a call was made. */
  ago(seconds: number): string;
  /** Added to a token check's explanation when a Lambda authorizer turned its `fail` into `warn`. */
  lambdaDecides: string;
  claims: Record<KnownClaim, string>;
  headerFields: Record<KnownHeaderField, string>;
  /** `custom:*` attributes. */
  customClaim: string;
  commands: Record<CommandKind, string>;
  docs: Record<DocId, string>;
  terms: Record<Term, string>;
  words: { none: string; unknown: string; yes: string; no: string; listSeparator: string };
  /** "12 minutes". */
  duration(seconds: number): string;
  /** "12 min before the request", "3 h after the request". */
  relative(secondsFromRequest: number): string;
  report: ReportWords;
}
