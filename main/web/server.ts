import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Failure } from '../../preload/contract.ts';
import type { buildApi } from '../api/build-api.ts';
import type { EventBus } from '../events/event-bus.ts';
import { streamEvents } from './event-stream.ts';
import { dispatch } from '../api/dispatch.ts';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';
import { hostIsOwn, tokenMatches } from './request-guard.ts';
import { readStatic } from './static-files.ts';

const MAX_BODY_BYTES = 1024 * 1024;
export const TOKEN_PLACEHOLDER = '__KIOSK_TOKEN__';

export interface WebServer {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const BASE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
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

const refusal = (message: string): Failure => ({ ok: false, code: 'invalidInput', message });

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves the built renderer and the kiosk API on 127.0.0.1 only. */
export async function startWebServer(
  api: ReturnType<typeof buildApi>,
  bus: EventBus,
  rendererDir: string,
  port: number,
): Promise<WebServer> {
  const root = resolve(rendererDir);
  const token = randomBytes(32).toString('base64url');
  const indexHtml = (await readFile(join(root, 'index.html'), 'utf8')).replace(TOKEN_PLACEHOLDER, token);
  let boundPort = port;

  const server = createServer(async (req, res) => {
    if (!hostIsOwn(req, boundPort)) return sendJson(res, 403, refusal('This server answers only its own address.'));
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;

    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, refusal('Use POST.'));
      if (!tokenMatches(req, token)) return sendJson(res, 403, refusal('Missing or wrong kiosk token.'));
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, refusal('Request too large.'));
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, refusal('Body is not JSON.'));
      }
      return sendJson(res, 200, await dispatch(api, path.slice('/api/'.length), input));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, refusal('Use GET.'));
    if (path === '/events') {
      if (!tokenMatches(req, token)) return sendJson(res, 403, refusal('Missing or wrong kiosk token.'));
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
