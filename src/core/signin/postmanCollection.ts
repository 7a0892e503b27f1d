import type { HttpHeader } from '../capture/types';
import { containsJwt } from '../diagnosis/authorizationHeader';
import type { PostmanSettings } from './postmanSettings';
import { withoutSecretParameters } from './signinRecord';

/**
 * A Postman collection (format v2.1) holding the failing request and collection-level OAuth 2.0
 * settings, so that "Get New Access Token" in Postman runs the sign-in the popup describes
 * (SIGNIN.md "Postman settings"). Never a token, a secret, a cookie or an API key: the request's
 * credentials are left out and the client secret is an empty variable.
 *
 * Built by hand rather than with Postman's SDK: the format is a small JSON document, validated in
 * the unit tests against Postman's published v2.1 schema, while the SDK would bring a large
 * dependency tree into the popup for one `JSON.stringify`.
 */

export const POSTMAN_SCHEMA_URL = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

interface Attribute {
  key: string;
  value: string | boolean;
  type: 'string' | 'boolean';
}

export interface PostmanCollection {
  info: { name: string; schema: string; description?: string };
  auth: { type: 'oauth2'; oauth2: Attribute[] };
  variable: Array<{ key: string; value: string; type: 'string' }>;
  item: Array<{
    name: string;
    request: {
      method: string;
      header: Array<{ key: string; value: string }>;
      url: {
        raw: string;
        protocol: string;
        host: string[];
        port?: string;
        path: string[];
        query?: Array<{ key: string; value: string | null }>;
      };
    };
  }>;
}

export interface PostmanRequest {
  method: string;
  url: string;
  headers?: readonly HttpHeader[];
  /** The header the API takes its token from, when it is not `Authorization`. */
  identityHeader?: string;
}

/**
 * Headers that carry credentials or that the browser adds on its own. `x-api-key` is an API
 * Gateway usage-plan key: a credential too.
 */
const LEFT_OUT = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'x-amz-security-token',
  'host',
  'origin',
  'referer',
  'user-agent',
  'content-length',
  'connection',
  'accept-encoding',
  'accept-language',
]);

function keptHeaders(request: PostmanRequest): Array<{ key: string; value: string }> {
  const identity = request.identityHeader?.toLowerCase();
  return (request.headers ?? [])
    .filter((header) => {
      const name = header.name.toLowerCase();
      return (
        !LEFT_OUT.has(name) && !name.startsWith('sec-') && name !== identity && !containsJwt(header.value)
      );
    })
    .map((header) => ({ key: header.name, value: header.value }));
}

function urlObject(raw: string): PostmanCollection['item'][number]['request']['url'] {
  const url = new URL(withoutSecretParameters(raw));
  const query = [...url.searchParams].filter(([, value]) => !containsJwt(value));
  url.search = new URLSearchParams(query).toString();
  url.hash = '';
  return {
    raw: url.href,
    protocol: url.protocol.replace(/:$/, ''),
    host: url.hostname.split('.'),
    ...(url.port !== '' ? { port: url.port } : {}),
    path: url.pathname.split('/').filter((segment) => segment !== ''),
    ...(query.length > 0 ? { query: query.map(([key, value]) => ({ key, value })) } : {}),
  };
}

/** Postman's `{{name}}` variable, filled in the collection's variables where the value is known. */
function variable(name: string): string {
  return `{{${name}}}`;
}

export function buildPostmanCollection(
  name: string,
  request: PostmanRequest,
  settings: PostmanSettings,
): PostmanCollection {
  const variables = [
    { key: 'cognito_domain', value: settings.domainHost ?? '', type: 'string' as const },
    { key: 'client_id', value: settings.clientId ?? '', type: 'string' as const },
    // Left empty on purpose: a secret is typed into Postman by its owner, never exported.
    { key: 'client_secret', value: '', type: 'string' as const },
  ];
  const oauth2: Attribute[] = [
    { key: 'grant_type', value: settings.grantType, type: 'string' },
    { key: 'authUrl', value: `https://${variable('cognito_domain')}/oauth2/authorize`, type: 'string' },
    { key: 'accessTokenUrl', value: `https://${variable('cognito_domain')}/oauth2/token`, type: 'string' },
    { key: 'clientId', value: variable('client_id'), type: 'string' },
    { key: 'clientSecret', value: variable('client_secret'), type: 'string' },
    { key: 'scope', value: settings.scope, type: 'string' },
    { key: 'redirect_uri', value: settings.callbackUrl, type: 'string' },
    { key: 'useBrowser', value: false, type: 'boolean' },
    // Cognito's token endpoint takes client credentials as Basic or in the form (aws-facts.md §6).
    { key: 'client_authentication', value: 'header', type: 'string' },
    // The only PKCE method Cognito supports (aws-facts.md §6).
    { key: 'challengeAlgorithm', value: 'S256', type: 'string' },
    { key: 'addTokenTo', value: 'header', type: 'string' },
    { key: 'tokenName', value: 'Cognito', type: 'string' },
  ];
  let url: PostmanCollection['item'][number]['request']['url'];
  try {
    url = urlObject(request.url);
  } catch {
    url = { raw: '', protocol: 'https', host: [], path: [] };
  }
  return {
    info: { name, schema: POSTMAN_SCHEMA_URL },
    auth: { type: 'oauth2', oauth2 },
    variable: variables,
    item: [
      {
        name: `${request.method.toUpperCase()} ${url.path.length > 0 ? `/${url.path.join('/')}` : '/'}`,
        request: { method: request.method.toUpperCase(), header: keptHeaders(request), url },
      },
    ],
  };
}
