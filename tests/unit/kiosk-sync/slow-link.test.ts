/**
 * The slow line the sync benches and tests run through, held: the sync bench compares taps
 * with the line carrying a sync against taps with it held, so a held line must carry nothing
 * and keep its connections, and go on at its rate, without a burst, once let go.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlowLink, type SlowLink } from './harness/slow-link.ts';

const BYTES_PER_SECOND = 8000;

describe('a held slow line', () => {
  let server: Server;
  let received: number;
  let link: SlowLink;
  let client: Socket;

  beforeEach(async () => {
    received = 0;
    server = createServer((socket) => socket.on('data', (chunk: Buffer) => (received += chunk.length)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    link = await startSlowLink(port, { bytesPerSecond: BYTES_PER_SECOND, cutAfterBytes: () => Infinity });
    const { port: linkPort } = new URL(link.url);
    client = createConnection({ host: '127.0.0.1', port: Number(linkPort) });
    await new Promise<void>((resolve) => client.once('connect', resolve));
  });

  afterEach(async () => {
    client.destroy();
    await link.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('carries nothing while held and keeps the connection, then goes on at its rate', async () => {
    link.hold(true);
    client.write(Buffer.alloc(4000));
    await sleep(500);
    expect(received).toBe(0);
    expect(client.destroyed).toBe(false);

    link.hold(false);
    // Half a second held saves up no burst: 250 ms after it is let go, about 250 ms' worth has passed.
    await sleep(250);
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(4000);
    await sleep(400);
    expect(received).toBe(4000);
  });
});
