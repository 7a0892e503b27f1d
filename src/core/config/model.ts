/**
 * What the extension knows about one API's authorizer configuration. It is filled in by hand or
 * imported from AWS's own exports (get-authorizers, get-resources, get-export, apigatewayv2 …) and
 * kept in `storage.local`: it is not secret, and it never holds a token.
 */

/** Which kind of authorizer protects the API (aws-facts.md §1 and §4). */
export type AuthorizerKind = 'cognito' | 'jwt';

/** How one method (or route) is protected. */
export interface MethodAuthorization {
  /** HTTP method, upper case, or `ANY`. */
  method: string;
  /**
   * Resource path template as API Gateway writes it: `/orders/{id}`, `/{proxy+}`, `/`; or
   * `$default` (with method `ANY`) for the HTTP API catch-all route.
   */
  path: string;
  /** `COGNITO_USER_POOLS`, `JWT`, `NONE`, `AWS_IAM`, `CUSTOM`: as AWS reports it. */
  authorizationType: string;
  /** OAuth scopes required on the method; empty when the method has none. */
  scopes: string[];
  /** Authorizer id, when known (REST `authorizerId`, HTTP API `AuthorizerId`). */
  authorizerId?: string;
}

export interface ApiConfig {
  /** API Gateway API id, e.g. `a1b2c3d4e5`. */
  apiId: string;
  /** Stage the configuration applies to; undefined means every stage. */
  stage?: string;
  /** Region, when known (from a provider ARN, an issuer or the user). */
  region?: string;
  authorizerKind: AuthorizerKind;
  /** Authorizer id, when known: needed by `aws apigateway test-invoke-authorizer`. */
  authorizerId?: string;
  /** Name of the request header that carries the token (REST identity source). Default `Authorization`. */
  identityHeader: string;
  /** Cognito user pool ids the authorizer accepts (`{region}_{id}`). */
  userPoolIds: string[];
  /** App client ids (REST) or audiences (JWT authorizer) the authorizer accepts. */
  clientIds: string[];
  /** JWT authorizer issuer URL, matched exactly by API Gateway (aws-facts.md §4). */
  issuer?: string;
  /** REST `identityValidationExpression`: matched against the `aud` claim (aws-facts.md §1). */
  tokenValidationRegex?: string;
  /**
   * Per-method protection. The entry for a request is chosen as API Gateway routes it, not by
   * order: most specific path, then exact method over `ANY` (see `resolveMethod` in matchRoute.ts).
   */
  methods: MethodAuthorization[];
  /** Scopes for methods not listed in `methods`; undefined when unknown. */
  defaultScopes?: string[];
  /** Where this configuration came from, shown in the popup as `data-config-source`. */
  source: ConfigSource;
}

export type ConfigSourceKind =
  | 'manual'
  | 'get-authorizers'
  | 'get-method'
  | 'get-resources'
  | 'get-export'
  | 'apigatewayv2-get-authorizers'
  | 'apigatewayv2-get-routes'
  | 'config-file';

export interface ConfigSource {
  kind: ConfigSourceKind;
  /** ms since epoch of the last import or edit. */
  updatedAt: number;
}

/**
 * The configuration that applies to one captured call, as the checks consume it. Every field is
 * optional: undefined means "not known", which is different from an empty list ("known: none").
 */
export interface CallConfiguration {
  authorizerKind?: AuthorizerKind;
  identityHeader?: string;
  userPoolIds?: string[];
  clientIds?: string[];
  issuer?: string;
  tokenValidationRegex?: string;
  /** The method matched for this call, when known. */
  method?: MethodAuthorization;
  /** Scopes required on this call's method: `[]` known none, undefined unknown. */
  methodScopes?: string[];
  authorizerId?: string;
  source?: ConfigSource;
}
