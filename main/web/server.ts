import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isMethodName, isOperatorMethod, type Failure } from '../../preload/contract.ts';
import type { buildApi } from '../api/build-api.ts';
import type { EventBus } from '../events/event-bus.ts';
import { streamEvents } from './event-stream.ts';
import { dispatch } from '../api/dispatch.ts';
import { PAGE_CSP } from '../../sync/page-policy.ts';
import { hostIsOwn, malformedRequest, operatorKeyMatches, tokenMatches } from './request-guard.ts';
import { readStatic } from './static-files.ts';

const MAX_BODY_BYTES = 1024 * 1024;
export const TOKEN_PLACEHOLDER = '__KIOSK_TOKEN__';

export interface WebServer {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Every local process can reach the server, so a client that never finishes its headers
 * or body, or holds connections open, must not tie it up: each limit closes such a
 * connection long before a citizen would notice. Tests shorten them.
 */
export interface WebServerLimits {
  /** Time to send the whole header block. */
  headersTimeoutMs: number;
  /** Time to send the whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle kept-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections at once; the page itself needs about eight. */
  maxConnections: number;
}

const DEFAULT_LIMITS: WebServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 64,
};

export interface WebServerOptions {
  /** The secret an operator's tool sends to reach operator methods; none: they are closed. */
  operatorKey?: string;
  limits?: Partial<WebServerLimits>;
  log?: Pick<Console, 'error'>;
}

const BASE_HEADERS = {
  'content-security-policy': PAGE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': type, 'cache-control': cache });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * Answers a request the server will not serve and closes the connection without reading
 * the rest of its body: kept alive, Node would read (and drop) every byte a client sends.
 */
function refuse(res: ServerResponse, status: number, message: string): void {
  res.setHeader('connection', 'close');
  sendJson(res, status, { ok: false, code: 'invalidInput', message } satisfies Failure);
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const isJson = (req: IncomingMessage): boolean =>
  /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(req.headers['content-type'] ?? '');

/** Serves the built renderer and the kiosk API on 127.0.0.1 only. */
export async function startWebServer(
  api: ReturnType<typeof buildApi>,
  bus: EventBus,
  rendererDir: string,
  port: number,
  options: WebServerOptions = {},
): Promise<WebServer> {
  const root = resolve(rendererDir);
  const token = randomBytes(32).toString('base64url');
  const indexHtml = (await readFile(join(root, 'index.html'), 'utf8')).replace(TOKEN_PLACEHOLDER, token);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? console;
  let boundPort = port;

  async function serveApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
    if (!tokenMatches(req, token, 'header')) return refuse(res, 403, 'Missing or wrong kiosk token.');
    if (isMethodName(method) && isOperatorMethod(method) && !operatorKeyMatches(req, options.operatorKey)) {
      return refuse(res, 403, `${method} is for operators: send the operator key (KIOSK_OPERATOR_KEY).`);
    }
    if (!isJson(req)) return refuse(res, 415, 'Send the input as application/json.');
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return refuse(res, 413, 'Request too large.');
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, 413, 'Request too large.');
      throw error;
    }
    let input: unknown;
    try {
      input = body ? JSON.parse(body) : {};
    } catch {
      return refuse(res, 400, 'Body is not JSON.');
    }
    sendJson(res, 200, await dispatch(api, method, input));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const malformed = malformedRequest(req);
    if (malformed) return refuse(res, 400, malformed);
    if (!hostIsOwn(req, boundPort)) return refuse(res, 403, 'This server answers only its own address.');
    const path = new URL(req.url!, 'http://localhost').pathname;
    if (path.startsWith('/api/')) return serveApi(req, res, path.slice('/api/'.length));

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET.');
    if (path === '/events') {
      if (!tokenMatches(req, token, 'headerOrQuery')) return refuse(res, 403, 'Missing or wrong kiosk token.');
      return streamEvents(req, res, bus, BASE_HEADERS);
    }
    if (path === '/' || path === '/index.html') return send(res, 200, 'text/html; charset=utf-8', indexHtml);
    const file = await readStatic(root, path);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    // Vite puts a content hash in asset names, so they may be cached for good.
    send(
      res,
      200,
      file.type,
      file.body,
      path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    );
  }

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above this often; its default (30 s) would let them slip.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    (req, res) => {
      // Whatever goes wrong inside one request (a client gone mid-body, a failing read)
      // ends that request only, never the kiosk.
      handle(req, res).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException)?.code !== 'ECONNRESET' && !req.destroyed) {
          log.error('[web] a request failed', error);
        }
        if (!res.headersSent && !res.destroyed) refuse(res, 500, 'The kiosk could not answer this request.');
        else res.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // A malformed request line, a timeout or a reset: answer if the socket still can, then close it.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable && error.code !== 'ECONNRESET') {
      const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      const reason = status === 408 ? 'Request Timeout' : 'Bad Request';
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    } else socket.destroy();
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    token,
    server,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        // A browser keeps idle connections open; without this, closing waits for them.
        server.closeAllConnections();
      }),
  };
}
