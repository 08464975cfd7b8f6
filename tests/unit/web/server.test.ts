import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebServer, type WebServer } from '../../../main/web/server.ts';
import type { buildApi } from '../../../main/api/build-api.ts';
import { EventBus } from '../../../main/events/event-bus.ts';

// The server's own behaviour is under test, so the API behind it is a small stand-in.
const api = {
  'kiosk.info': async () => ({
    ok: true,
    value: { kioskId: 'K3A', agency: { id: 'Mal', en: 'Mall' }, printerConfigured: false },
  }),
} as unknown as ReturnType<typeof buildApi>;

const bus = new EventBus();
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
  const root = mkdtempSync(join(tmpdir(), 'serambi-web-'));
  writeFileSync(join(root, 'index.html'), '<meta name="kiosk-token" content="__KIOSK_TOKEN__">');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.json'), '{"secret":true}');
  web = await startWebServer(api, bus, root, 0);
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
      headers: { 'x-kiosk-token': web.token, host: `127.0.0.1:${port}` },
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
    const headers = { 'x-kiosk-token': web.token };
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
