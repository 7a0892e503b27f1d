import type { UrlDifference } from '../signin/callbackUrlMatch';
import type { SigninImport, SigninImportErrorCode, SigninImportWarning } from '../signin/parseSigninImport';
import type { PostmanFieldName, PostmanNote } from '../signin/postmanSettings';
import type {
  KnownSigninError,
  SIGNIN_INTERNAL_ERROR,
  SigninCheckCode,
  SigninCheckId,
  SigninDocId,
} from '../signin/signinChecks';
import type { SigninCommandKind } from '../signin/signinCommands';
import type { SigninEndpoint } from '../signin/signinDomain';
import type { MessageEntry } from './catalog';

/**
 * The words of the sign-in flow doctor (SIGNIN.md), one edition per locale like the rest of the
 * registry. Templates follow the catalog's syntax (`catalog.ts`); params named in `terms` are shown
 * as words (each element of a list on its own).
 */

export type SigninCheckMessages = {
  [Id in SigninCheckId]: Record<Exclude<SigninCheckCode<Id>, typeof SIGNIN_INTERNAL_ERROR>, MessageEntry>;
};

/** Enum params of the sign-in checks, by param name, shown as words. */
export interface SigninTerms {
  endpoint: Record<SigninEndpoint, string>;
  redirectedFrom: Record<SigninEndpoint, string>;
  meaning: Record<KnownSigninError, string>;
  errorIn: Record<'query' | 'fragment', string>;
  domainKind: Record<'prefix' | 'custom', string>;
  differences: Record<UrlDifference, string>;
  credentials: Record<'basic' | 'form' | 'none' | 'unknown', string>;
  contentTypeProblem: Record<'missing' | 'quoted' | 'json' | 'other', string>;
  body: Record<'form' | 'raw' | 'none' | 'unknown', string>;
  reason: Record<'userinfo' | 'id-token', string>;
}

export type SigninImportWarningCode = SigninImportWarning['code'];

export interface SigninWords {
  /** Beside a sign-in step in the popup's list. */
  stepLabel: string;
  checks: SigninCheckMessages;
  internalError: MessageEntry;
  terms: SigninTerms;
  commands: Record<SigninCommandKind, string>;
  docs: Record<SigninDocId, string>;
  postman: {
    title: string;
    intro: string;
    fields: Record<PostmanFieldName, string>;
    notes: Record<PostmanNote, string>;
    notKnown: string;
    export: string;
  };
  imports: {
    ui: {
      heading: string;
      intro: string;
      paste: string;
      read: string;
      confirm: string;
      cancel: string;
      done: string;
      saveFailed: string;
      savedHeading: string;
      fields: Record<
        'clientId' | 'poolId' | 'callbackUrls' | 'flows' | 'scopes' | 'secret' | 'domain',
        string
      >;
    };
    kinds: Record<SigninImport['kind'], string>;
    errors: Record<SigninImportErrorCode, string>;
    /** Templates; `{values}`, `{limit}`, `{status}` as in the warning. */
    warnings: Record<SigninImportWarningCode, string>;
  };
}
