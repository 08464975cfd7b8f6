import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { startWebServer, type WebServer } from '../../../main/web/server.ts';
import type { buildApi } from '../../../main/api/build-api.ts';
import { EventBus } from '../../../main/events/event-bus.ts';

// The server's own behaviour is under test, so the API behind it is a small stand-in.
const api = {
  'kiosk.info': async () => ({
    ok: true,
    value: { kioskId: 'K3A', timeZone: 'Asia/Jakarta', agency: { id: 'Mal', en: 'Mall' }, printerConfigured: false },
  }),
  'printing.reprint': async () => ({ ok: false, code: 'notFound', message: 'No such request.' }),
} as unknown as ReturnType<typeof buildApi>;

const bus = new EventBus();
const JSON_TYPE = { 'content-type': 'application/json' };
const OPERATOR_KEY = 'operator-key-for-these-tests-only';
// Short, so the tests that wait for them stay short.
const LIMITS = { headersTimeoutMs: 600, requestTimeoutMs: 1500, keepAliveTimeoutMs: 500, maxConnections: 40 };
let web: WebServer;
let port: number;

function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

beforeAll(async () => {
  const parent = tempDir('web');
  const root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<meta name="kiosk-token" content="__KIOSK_TOKEN__">');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  // Next to the served folder: what a path-traversal request would be after.
  writeFileSync(join(parent, 'secret.json'), '{"secret":true}');
  web = await startWebServer(api, bus, root, 0, { operatorKey: OPERATOR_KEY, limits: LIMITS });
  port = Number(new URL(web.url).port);
});
afterAll(() => web.close());

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = web.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('serves the page with this launch token and a strict CSP', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${web.token}"`);
    expect(web.token.length).toBeGreaterThanOrEqual(40);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('answers API calls that carry the token', async () => {
    const res = await call('/api/kiosk.info', {
      method: 'POST',
      headers: { ...JSON_TYPE, 'x-kiosk-token': web.token, host: `127.0.0.1:${port}` },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { kioskId: 'K3A' } });
  });

  it('refuses API calls without the token or with a wrong one (403)', async () => {
    expect((await call('/api/kiosk.info', { method: 'POST', body: '{}' })).status).toBe(403);
    const wrong = await call('/api/kiosk.info', {
      method: 'POST',
      headers: { 'x-kiosk-token': 'x'.repeat(43) },
      body: '{}',
    });
    expect(wrong.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, even with the token', async () => {
    const rebinding = await call('/api/kiosk.info', {
      method: 'POST',
      headers: { host: `evil.example:${port}`, 'x-kiosk-token': web.token },
      body: '{}',
    });
    expect(rebinding.status).toBe(403);
    const foreign = await call('/api/kiosk.info', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'x-kiosk-token': web.token },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    expect((await call('/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('names a missing method and malformed JSON as typed failures', async () => {
    const headers = { ...JSON_TYPE, 'x-kiosk-token': web.token };
    const missing = await call('/api/nope', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, code: 'unknownMethod' });
    const bad = await call('/api/kiosk.info', { method: 'POST', headers, body: '{' });
    expect(bad.status).toBe(400);
  });

  it('serves built assets but nothing outside the renderer folder', async () => {
    expect((await call('/assets/app.js')).status).toBe(200);
    expect((await call('/../secret.json')).status).toBe(404);
    expect((await call('/%2e%2e/secret.json')).status).toBe(404);
  });

  it('streams main-process events to a page that carries the token, and to no one else', async () => {
    expect((await call('/events')).status).toBe(403);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/events?token=${web.token}` }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
          if (text.includes('connected') && !text.includes('scanner.scan'))
            bus.emit('scanner.scan', { code: 'K3A22223X', source: 'hid' });
          if (text.includes('\n\ndata') || text.match(/data: .*\n\n/)) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: scanner.scan\ndata: {"code":"K3A22223X","source":"hid"}');
  });
});

/** Writes raw bytes on a fresh connection; resolves with what came back once the server closes it. */
function raw(bytes: string, { end = true, waitMs = 3000 } = {}) {
  return new Promise<{ text: string; closedByServer: boolean }>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closedByServer: false });
    }, waitMs);
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closedByServer: true });
    });
    socket.write(bytes);
    if (end) socket.end();
  });
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);

describe('browser-mode server against hostile and unlucky clients', () => {
  const head = (extra = '') =>
    `POST /api/kiosk.info HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nx-kiosk-token: ${web.token}\r\ncontent-type: application/json\r\n${extra}`;

  it('takes the API token only from its header, not from the address', async () => {
    const res = await call(`/api/kiosk.info?token=${web.token}`, { method: 'POST', headers: JSON_TYPE, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('answers 400 to an absolute-form request line and to two Host headers', async () => {
    const absolute = await raw(`GET http://evil.example/ HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n\r\n`);
    expect(statusOf(absolute.text)).toBe(400);
    const twoHosts = await raw(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nhost: evil.example\r\n\r\n`);
    expect(statusOf(twoHosts.text)).toBe(400);
  });

  it('accepts only application/json bodies on the API (415)', async () => {
    const headers = { 'x-kiosk-token': web.token };
    const form = await call('/api/kiosk.info', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    expect((await call('/api/kiosk.info', { method: 'POST', headers, body: '{}' })).status).toBe(415);
  });

  it('answers 413 to a body over the limit and closes the connection without reading it', async () => {
    const declared = await raw(`${head('content-length: 104857600\r\n')}\r\n{"a":`, { end: false });
    expect(statusOf(declared.text)).toBe(413);
    expect(declared.closedByServer).toBe(true);
    // Chunked: the size is only known while reading; the server stops at the limit.
    const chunk = 'x'.repeat(64 * 1024);
    const chunks = Array.from({ length: 20 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
    const chunked = await raw(`${head('transfer-encoding: chunked\r\n')}\r\n${chunks}`, { end: false });
    expect(statusOf(chunked.text)).toBe(413);
    expect(chunked.closedByServer).toBe(true);
  });

  it('refuses a 100 MB upload without the token after reading almost none of it', async () => {
    let serverRead = 0;
    const counted = (socket: import('node:net').Socket) => socket.once('close', () => (serverRead = socket.bytesRead));
    web.server.once('connection', counted);
    const result = await new Promise<{ status: number | undefined; written: number }>((resolve) => {
      let written = 0;
      let status: number | undefined;
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/kiosk.info',
          headers: { ...JSON_TYPE, 'content-length': 100 * 1024 * 1024 },
        },
        (res) => {
          status = res.statusCode;
          res.resume();
        },
      );
      req.on('error', () => undefined);
      req.on('close', () => resolve({ status, written }));
      const block = Buffer.alloc(256 * 1024);
      const pump = () => {
        while (written < 100 * 1024 * 1024 && !req.destroyed) {
          written += block.length;
          if (!req.write(block)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(result.status).toBe(403);
    await new Promise((r) => setTimeout(r, 50));
    expect(serverRead).toBeLessThan(8 * 1024 * 1024);
    expect(result.written).toBeLessThan(50 * 1024 * 1024);
  });

  it('survives 100 uploads dropped at random points in the body, and still answers', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (let i = 0; i < 100; i++) {
        const sent = Math.floor(Math.random() * 100);
        await new Promise<void>((resolve) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.write(`${head('content-length: 100\r\n')}\r\n${'{'.padEnd(sent, ' ')}`);
            // Half the time at once, half after the server has started reading.
            setTimeout(() => socket.resetAndDestroy(), i % 2 ? 0 : 5);
          });
          socket.on('error', () => undefined);
          socket.on('close', () => resolve());
        });
      }
      await new Promise((r) => setTimeout(r, 100));
      const res = await call('/api/kiosk.info', {
        method: 'POST',
        headers: { ...JSON_TYPE, 'x-kiosk-token': web.token },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('closes connections that never finish their headers, and caps how many are open', async () => {
    const stalled = await Promise.all(
      Array.from({ length: 200 }, () =>
        raw(`POST /api/kiosk.info HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nx-kiosk`, { end: false, waitMs: 5000 }),
      ),
    );
    expect(stalled.every((s) => s.closedByServer)).toBe(true);
    // The cap turned the ones over it away at once; the rest ran out of time for their headers.
    expect(stalled.filter((s) => statusOf(s.text) === 408).length).toBeLessThanOrEqual(LIMITS.maxConnections);
    const res = await call('/api/kiosk.info', {
      method: 'POST',
      headers: { ...JSON_TYPE, 'x-kiosk-token': web.token },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });

  it('answers operator methods only to a caller with the operator key', async () => {
    const headers = { ...JSON_TYPE, 'x-kiosk-token': web.token };
    const page = await call('/api/printing.reprint', { method: 'POST', headers, body: '{"trackingCode":"x"}' });
    expect(page.status).toBe(403);
    expect(JSON.parse(page.body).message).toMatch(/operator key/);
    const wrong = await call('/api/printing.reprint', {
      method: 'POST',
      headers: { ...headers, 'x-kiosk-operator-key': 'x'.repeat(OPERATOR_KEY.length) },
      body: '{"trackingCode":"x"}',
    });
    expect(wrong.status).toBe(403);
    const operator = await call('/api/printing.reprint', {
      method: 'POST',
      headers: { ...headers, 'x-kiosk-operator-key': OPERATOR_KEY },
      body: '{"trackingCode":"x"}',
    });
    expect(operator.status).toBe(200);
    expect(JSON.parse(operator.body)).toMatchObject({ ok: false, code: 'notFound' });
  });
});
