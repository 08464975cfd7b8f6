import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';

let kiosk: KioskProcess;
beforeAll(async () => {
  kiosk = await startKioskProcess();
});
afterAll(() => kiosk?.stop());

describe('the browser-mode kiosk process', () => {
  it('keeps running when 100 uploads are cut off in the middle of their body', async () => {
    const { host, port } = new URL(kiosk.url);
    const page = await (await fetch(kiosk.url)).text();
    const token = /<meta name="kiosk-token" content="([^"]+)"/.exec(page)![1]!;
    const head = `POST /api/kiosk.info HTTP/1.1\r\nhost: ${host}\r\nx-kiosk-token: ${token}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n`;
    for (let i = 0; i < 100; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(head + '{'.padEnd(Math.floor(Math.random() * 99), ' '));
          setTimeout(() => socket.resetAndDestroy(), i % 3);
        });
        socket.on('error', () => undefined);
        socket.on('close', () => resolve());
      });
    }
    const info = await fetch(new URL('/api/kiosk.info', kiosk.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
      body: '{}',
    });
    expect(await info.json()).toMatchObject({ ok: true });
    expect(kiosk.output()).not.toMatch(/Unhandled|ECONNRESET/);
  });
});
