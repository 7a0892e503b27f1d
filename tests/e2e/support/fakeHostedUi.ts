// A local HTTPS stand-in for a Cognito hosted UI / managed login domain
// ({prefix}.auth.{region}.amazoncognito.com), answering the misconfigurations the way
// ../shared/aws-facts-2.md §1 records them:
//   /oauth2/authorize  unknown client → 302 /error?error=invalid_request&client_id=…
//                      unregistered redirect_uri → 302 /error?error=redirect_mismatch&client_id=…
//                      scope not allowed (offline_access) → 302 to the app with
//                        error_description=invalid_scope&error=invalid_request (query, or fragment for response_type=token)
//                      otherwise → 302 to the app with a fresh code (the user is taken as signed in)
//   /error             400 "An error was encountered with the requested page."
//   /oauth2/token      not a form → 405, empty body; confidential client without credentials → 400 invalid_client;
//                      a code used twice or unknown → 400 invalid_grant; redirect_uri changed → 400 unauthorized_client
// Chromium reaches it through --host-resolver-rules.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { selfSignedCert } from './certs';

export interface HostedUiClient {
  clientId: string;
  callbackUrls: string[];
  allowedScopes: string[];
  /** A confidential client: the token endpoint wants its secret. */
  secret?: string;
}

export interface HostedUiRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeHostedUi {
  port: number;
  /** e.g. `https://myapp.auth.eu-west-1.amazoncognito.com` */
  origin: string;
  addClient(client: HostedUiClient): void;
  /** Every code this stand-in issued: none may ever appear in the extension's storage. */
  readonly issuedCodes: string[];
  readonly requests: HostedUiRequest[];
  close(): Promise<void>;
}

export const HOSTED_UI_HOST = 'myapp.auth.eu-west-1.amazoncognito.com';
const ERROR_PAGE =
  '<!doctype html><title>Error</title><p>An error was encountered with the requested page.</p>';

export async function startFakeHostedUi(): Promise<FakeHostedUi> {
  const tls = selfSignedCert();
  const clients = new Map<string, HostedUiClient>();
  const codes = new Map<string, { clientId: string; redirectUri: string; used: boolean }>();
  const issuedCodes: string[] = [];
  const requests: HostedUiRequest[] = [];
  const sockets = new Set<Socket>();
  const origin = `https://${HOSTED_UI_HOST}`;

  function redirect(res: ServerResponse, location: string): void {
    res.writeHead(302, { location, 'cache-control': 'no-store' });
    res.end();
  }

  function json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify(body));
  }

  function authorize(url: URL, res: ServerResponse): void {
    const clientId = url.searchParams.get('client_id') ?? '';
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    const client = clients.get(clientId);
    if (!client) {
      redirect(res, `${origin}/error?error=invalid_request&client_id=${encodeURIComponent(clientId)}`);
      return;
    }
    if (!client.callbackUrls.includes(redirectUri)) {
      redirect(res, `${origin}/error?error=redirect_mismatch&client_id=${encodeURIComponent(clientId)}`);
      return;
    }
    const state = url.searchParams.get('state');
    const implicit = url.searchParams.get('response_type') === 'token';
    const scopes = (url.searchParams.get('scope') ?? '').split(/\s+/).filter(Boolean);
    if (scopes.some((scope) => !client.allowedScopes.includes(scope))) {
      const params = new URLSearchParams({ error_description: 'invalid_scope' });
      if (state) params.set('state', state);
      params.set('error', 'invalid_request');
      redirect(res, `${redirectUri}${implicit ? '#' : '?'}${params}`);
      return;
    }
    const code = randomBytes(18).toString('hex');
    codes.set(code, { clientId, redirectUri, used: false });
    issuedCodes.push(code);
    const params = new URLSearchParams({ code });
    if (state) params.set('state', state);
    redirect(res, `${redirectUri}?${params}`);
  }

  function token(req: IncomingMessage, body: string, res: ServerResponse): void {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim();
    if (type !== 'application/x-www-form-urlencoded') {
      // aws-facts-2.md §1.2: a body that is not a form gets 405 with an empty body.
      res.writeHead(405, { 'access-control-allow-origin': '*' });
      res.end();
      return;
    }
    const form = new URLSearchParams(body);
    let clientId = form.get('client_id') ?? '';
    let secret = form.get('client_secret') ?? undefined;
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    if (basic?.[1]) {
      const [id = '', pass = ''] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId = id;
      secret = pass;
    }
    const client = clients.get(clientId);
    if (!client || (client.secret !== undefined && client.secret !== secret)) {
      json(res, 400, { error: 'invalid_client' });
      return;
    }
    if (form.get('grant_type') !== 'authorization_code') {
      json(res, 400, { error: 'unsupported_grant_type' });
      return;
    }
    const issued = codes.get(form.get('code') ?? '');
    if (!issued || issued.used || issued.clientId !== clientId) {
      json(res, 400, { error: 'invalid_grant' });
      return;
    }
    issued.used = true;
    if (form.get('redirect_uri') !== issued.redirectUri) {
      json(res, 400, { error: 'unauthorized_client' });
      return;
    }
    json(res, 200, { id_token: 'x.y.z', access_token: 'a.b.c', token_type: 'Bearer', expires_in: 3600 });
  }

  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', origin);
      requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body });
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': 'authorization, content-type',
        });
        res.end();
        return;
      }
      switch (url.pathname) {
        case '/oauth2/authorize':
          return authorize(url, res);
        case '/error':
          res.writeHead(400, { 'content-type': 'text/html' });
          res.end(ERROR_PAGE);
          return;
        case '/oauth2/token':
          return token(req, body, res);
        default:
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
      }
    });
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    origin,
    addClient: (client) => {
      clients.set(client.clientId, client);
    },
    issuedCodes,
    requests,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
