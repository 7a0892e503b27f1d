// The test app: a plain HTTP server on 127.0.0.1 whose pages are opened as http://localhost:<port>/
// (the extension is granted http://localhost/* at install, so webRequest sees calls made from them).
// `fire` makes a fetch from inside a page and reports what the page itself could see.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Page } from 'playwright-core';

const APP_HTML = readFileSync(new URL('../pages/app.html', import.meta.url), 'utf8');

export interface AppRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface AppServer {
  port: number;
  /** `http://localhost:<port>` */
  origin: string;
  /** `http://localhost:<port><path>`; default path `/app.html`. */
  url(path?: string): string;
  addPage(path: string, html: string): void;
  readonly requests: AppRequest[];
  close(): Promise<void>;
}

export async function startAppServer(): Promise<AppServer> {
  const pages = new Map<string, string>([
    ['/', APP_HTML],
    ['/app.html', APP_HTML],
  ]);
  const requests: AppRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://localhost:${port}`;
  return {
    port,
    origin,
    url: (path = '/app.html') => `${origin}${path}`,
    addPage: (path, html) => {
      pages.set(path, html);
    },
    requests,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

export interface FireRequest {
  url: string;
  /** Default GET. */
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Abort after this many ms (default 10 000). */
  timeoutMs?: number;
}

/**
 * The HTTP status the page saw; 'network-error' when fetch rejected (a CORS failure hides the status);
 * 'invalid-request' when fetch refused to send at all (e.g. a header value with a newline);
 * 'timeout' when it was aborted after `timeoutMs`.
 */
export type FireOutcome = number | 'network-error' | 'invalid-request' | 'timeout';

export interface FireResult {
  outcome: FireOutcome;
  /** Response body as text when the page could read it. */
  body?: string;
  /** fetch's error message when it rejected. */
  error?: string;
}

/** Performs fetch(url, { method, headers, body }) in `page` and never throws. */
export async function fireDetailed(page: Page, request: FireRequest): Promise<FireResult> {
  return page.evaluate(
    async (r) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), r.timeoutMs);
      try {
        const response = await fetch(r.url, {
          method: r.method,
          headers: r.headers,
          body: r.body ?? null,
          signal: controller.signal,
        });
        const body = await response.text();
        return { outcome: response.status, body };
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (controller.signal.aborted) return { outcome: 'timeout' as const, error: message };
        // Chromium's generic network failure (CORS, reset, DNS) is "TypeError: Failed to fetch".
        const network = /Failed to fetch/.test(message);
        return {
          outcome: network ? ('network-error' as const) : ('invalid-request' as const),
          error: message,
        };
      } finally {
        clearTimeout(timer);
      }
    },
    {
      url: request.url,
      method: request.method ?? 'GET',
      headers: request.headers ?? {},
      body: request.body,
      timeoutMs: request.timeoutMs ?? 10_000,
    },
  );
}

/** Like fireDetailed, but resolves to the outcome only: a status number or 'network-error' / 'invalid-request' / 'timeout'. */
export async function fire(page: Page, request: FireRequest): Promise<FireOutcome> {
  return (await fireDetailed(page, request)).outcome;
}
