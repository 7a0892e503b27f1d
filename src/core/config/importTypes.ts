import type { BasePathMapping } from './domainMappings';
import type { ConfigMessage } from './messages';
import type {
  ApiConfig,
  AuthorizerKind,
  ConfigSourceKind,
  LambdaAuthorizer,
  MethodAuthorization,
  RestJwtAuthorizer,
} from './model';

/** What an import was read from; the same names as `ConfigSource.kind`, which records it. */
export type ImportFormat = Exclude<ConfigSourceKind, 'manual'>;

/** REST (`aws apigateway`) or HTTP API (`aws apigatewayv2`), when the text tells. */
export type ApiType = 'rest' | 'http';

/** What the user already said, to fill gaps in outputs that do not carry it (get-method has no path). */
export interface ImportHints {
  apiId?: string;
  stage?: string;
  /** Resource path of a get-method output, e.g. `/orders/{id}`. */
  path?: string;
  /** HTTP method of a get-method output, when the output lacks `httpMethod`. */
  method?: string;
  /** Custom domain name of a base path mapping output, which does not name it. */
  domainName?: string;
}

/** One authorizer as an output described it; shown in the preview and folded into the patch. */
export interface ImportedAuthorizer {
  id?: string;
  name?: string;
  /** As AWS reports it: `COGNITO_USER_POOLS`, `TOKEN`, `REQUEST`, `JWT`. */
  type: string;
  /** Set when the extension knows this kind; undefined for a type it does not read. */
  kind?: AuthorizerKind;
  lambda?: LambdaAuthorizer;
  restJwt?: RestJwtAuthorizer;
  identityHeader?: string;
  userPoolIds: string[];
  /** JWT audiences; REST Cognito authorizers have no client list (aws-facts.md §1). */
  clientIds: string[];
  issuer?: string;
  tokenValidationRegex?: string;
  resultTtlSeconds?: number;
  /** Region of its pools or issuer. */
  region?: string;
}

/**
 * The pieces of an `ApiConfig` an import provides. A field left undefined was not in the text;
 * `applyImport` keeps the saved value for it.
 */
export interface ImportPatch {
  authorizerKind?: AuthorizerKind;
  authorizerId?: string;
  /** Every authorizer the text described, Lambda ones included; the fields below fold them. */
  authorizers?: ImportedAuthorizer[];
  identityHeader?: string;
  userPoolIds?: string[];
  clientIds?: string[];
  issuer?: string;
  /**
   * `null` when the text describes the authorizer and it has no token validation regex, so a saved
   * one is removed rather than kept.
   */
  tokenValidationRegex?: string | null;
  /** Methods or routes; each replaces the saved entry with the same method and path. */
  methods?: MethodAuthorization[];
  defaultScopes?: string[];
  lambda?: LambdaAuthorizer;
  restJwt?: RestJwtAuthorizer;
  stages?: string[];
}

/** Something the preview must ask for before the import can be saved. */
export type ImportNeed = 'apiId' | 'path' | 'domainName';

export interface AwsImportSuccess {
  ok: true;
  format: ImportFormat;
  apiType?: ApiType;
  /** From the text (an export's server URL) or, failing that, from the hints. */
  apiId?: string;
  stage?: string;
  region?: string;
  patch: ImportPatch;
  /** The whole configurations of a `config-file` import; undefined for every other format. */
  configs?: ApiConfig[];
  /** A base path mapping import: what the custom domain maps to. It changes no `ApiConfig`. */
  domain?: { domainName?: string; mappings: BasePathMapping[] };
  /** What was understood, one line each, for the preview before saving. */
  summary: ConfigMessage[];
  warnings: ConfigMessage[];
  needs: ImportNeed[];
}

export interface AwsImportFailure {
  ok: false;
  /** Says what was expected; never quotes the pasted text, which might hold a token. */
  error: ConfigMessage;
}

export type AwsImportResult = AwsImportSuccess | AwsImportFailure;
