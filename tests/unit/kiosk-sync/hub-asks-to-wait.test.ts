/**
 * A hub at its rate limit, or a proxy in front of an overloaded one, answers 429 or 503
 * before the call is verified, so without the hub's signature. The operator reads that the
 * kiosk was asked to wait, in the hub's words, and the next try waits as long as asked.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataFolder } from '../../../main/open-kiosk.ts';
import { bareEngine } from './harness/bare-engine.ts';
import { useHubWithKiosks } from './harness/kiosk-at-hub.ts';

const SAID = 'Too many attempts from this address; wait 24 seconds and try again.';

describe('a hub that asks the kiosk to wait', () => {
  const run = useHubWithKiosks('pglite', 'asks_to_wait');
  let answer: { status: number; headers: Record<string, string>; body: string };
  let busy: http.Server;
  let busyUrl: string;
  beforeAll(async () => {
    busy = http.createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(answer.status, answer.headers).end(answer.body));
    });
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyUrl = `http://127.0.0.1:${(busy.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('says so in one sentence and waits as long as it was asked before trying again', async () => {
    const { kiosk, config } = await run.enrolled();
    await kiosk.close();
    const { db, lock } = await openDataFolder(config);
    const engine = bareEngine(db, config.dataDir, busyUrl, { timing: { backoffFirstMs: 1000, backoffMaxMs: 60_000 } });
    const waitsFor = () => Date.parse(engine.status().nextAttemptAt!) - Date.now();
    try {
      answer = {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '24' },
        body: JSON.stringify({ error: { code: 'too-many-requests', message: SAID } }),
      };
      await engine.runRound();
      expect(engine.status().lastError).toBe(
        `The hub at ${busyUrl} asked the kiosk to wait 24 s before calling again (HTTP 429: "${SAID}").`,
      );
      // The first backoff would be a second at most.
      expect(waitsFor()).toBeGreaterThan(20_000);
      expect(waitsFor()).toBeLessThanOrEqual(24_000);

      // A proxy's bare 503 names no wait: the kiosk backs off as after any failure.
      answer = { status: 503, headers: { 'content-type': 'text/html' }, body: '<h1>503 Service Unavailable</h1>' };
      await engine.runRound();
      expect(engine.status().lastError).toBe(
        `The hub at ${busyUrl} asked the kiosk to wait before calling again (HTTP 503).`,
      );
      expect(waitsFor()).toBeLessThanOrEqual(2000);
    } finally {
      await engine.stop();
      db.close();
      lock.release();
    }
  });
});
