import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, SYNC_PATHS } from '../../../../sync/protocol.ts';
import { generateSigningKeys, type KeyPair } from '../../../../sync/keys.ts';
import { newNonce, signRequest } from '../../../../sync/request-signing.ts';
import type { SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { STORE_KINDS } from '../harness/test-database.ts';
import { startTestHub, type TestHub } from '../harness/test-hub.ts';

interface RawCall {
  method?: 'GET' | 'POST';
  path?: string;
  body?: Buffer;
  headers?: Record<string, string>;
  keys?: KeyPair;
  time?: string;
  nonce?: string;
  prefix?: string;
}

describe.each(STORE_KINDS)('bad kiosk calls on %s', (kind) => {
  let hub: TestHub;
  let kiosk: SimKiosk;
  beforeAll(async () => {
    hub = await startTestHub(kind, 'bad_input');
    kiosk = await hub.enrolledKiosk();
  });
  afterAll(() => hub?.close());

  /** A call signed as the test says, sent as bytes: nothing in it is corrected on the way. */
  async function send(call: RawCall): Promise<{ status: number; code: string; message: string }> {
    const method = call.method ?? 'POST';
    const path = call.path ?? SYNC_PATHS.events;
    const body = call.body ?? Buffer.alloc(0);
    const signed = signRequest(
      { method, path, kiosk: call.prefix ?? kiosk.prefix, body, time: call.time, nonce: call.nonce },
      call.keys ?? kiosk.signing,
    );
    const response = await fetch(hub.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...signed, ...call.headers },
      body: method === 'POST' ? new Uint8Array(body) : undefined,
    });
    const answer = (await response.json()) as { error: { code: string; message: string } };
    return { status: response.status, ...answer.error };
  }

  const batch = (events: unknown[]) => Buffer.from(JSON.stringify({ events }));
  const stored = async () =>
    (
      await hub.store.query<{ n: number }>(
        'SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM requests) AS n',
      )
    )[0]!.n;

  it('refuses an unsigned call', async () => {
    const response = await fetch(hub.url + SYNC_PATHS.events, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: {
        code: 'signature',
        message:
          'The call is not signed: it needs the Serambi-Kiosk, Serambi-Time, Serambi-Nonce and Serambi-Signature headers.',
      },
    });
  });

  it('refuses a call signed with a key the hub did not pin (a foreign kiosk)', async () => {
    kiosk.file(1);
    const answer = await send({ body: batch(kiosk.events), keys: generateSigningKeys() });
    expect(answer).toMatchObject({ status: 401, code: 'signature' });
    expect(answer.message).toMatch(/does not match kiosk .*'s key/);
  });

  it('refuses a kiosk the hub never enrolled', async () => {
    expect(await send({ prefix: 'WWW', body: batch([]) })).toMatchObject({
      status: 401,
      code: 'unknown-kiosk',
      message: "Kiosk WWW is not enrolled at this hub; enrol it with a code from the hub's admin.",
    });
  });

  it('refuses a call whose body was changed after signing', async () => {
    kiosk.file(1);
    const signedBody = batch(kiosk.events);
    const signed = signRequest(
      { method: 'POST', path: SYNC_PATHS.events, kiosk: kiosk.prefix, body: signedBody },
      kiosk.signing,
    );
    const response = await fetch(hub.url + SYNC_PATHS.events, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signed },
      body: new Uint8Array(batch(kiosk.events.slice(0, 1))),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a replayed call: the same nonce twice', async () => {
    const nonce = newNonce();
    const time = new Date().toISOString();
    const first = await send({ method: 'GET', path: SYNC_PATHS.feed, nonce, time });
    expect(first.status).toBe(200);
    expect(await send({ method: 'GET', path: SYNC_PATHS.feed, nonce, time })).toMatchObject({
      status: 401,
      code: 'replay',
    });
  });

  it('refuses a call more than five minutes off the hub clock, saying by how much', async () => {
    const time = new Date(Date.now() - 11 * 60_000).toISOString();
    expect(await send({ method: 'GET', path: SYNC_PATHS.feed, time })).toMatchObject({
      status: 401,
      code: 'clock-skew',
      message: expect.stringMatching(
        /clock is 11 minutes off the hub's, more than the 5 allowed; set the kiosk's date and time/,
      ),
    });
  });

  it('refuses a malformed batch: not JSON, the wrong shape, seqs out of order', async () => {
    expect(await send({ body: Buffer.from('{"events": [') })).toMatchObject({
      status: 400,
      message: 'The request body is not valid JSON.',
    });
    expect(await send({ body: Buffer.from('{"events": 3}') })).toMatchObject({ status: 422, code: 'batch-refused' });
    const events = [
      { seq: 2, kind: 'x.y', at: new Date().toISOString(), data: {} },
      { seq: 1, kind: 'x.y', at: new Date().toISOString(), data: {} },
    ];
    expect((await send({ body: batch(events) })).message).toBe(
      'Event seq 1 (x.y): "seq": comes after seq 2; send events in rising seq order, each once; nothing in the batch was stored.',
    );
  });

  it('refuses a whole batch for one invalid event, saying which, and stores nothing', async () => {
    const before = await stored();
    const fresh = await hub.enrolledKiosk();
    fresh.file(30);
    const events = structuredClone(fresh.events);
    delete (events[17]!.data as Record<string, unknown>).serviceCode;
    const answer = await send({ prefix: fresh.prefix, keys: fresh.signing, body: batch(events) });
    expect(answer).toMatchObject({ status: 422, code: 'batch-refused' });
    expect(answer.message).toMatch(
      /^Event seq 18 \(request\.created\): "data\.serviceCode": .*; nothing in the batch was stored\.$/,
    );
    expect(await stored()).toBe(before);
  });

  it('never repeats answers (personal data) in a refusal', async () => {
    const fresh = await hub.enrolledKiosk();
    fresh.file(1);
    const events = structuredClone(fresh.events);
    (events[0]!.data as { answers: Record<string, unknown> }).answers.nik = 3273014506900003;
    const answer = await send({ prefix: fresh.prefix, keys: fresh.signing, body: batch(events) });
    expect(answer.code).toBe('batch-refused');
    expect(JSON.stringify(answer)).not.toContain('3273014506900003');
  });

  it('refuses an event that differs from the one already stored with its seq', async () => {
    const fresh = await hub.enrolledKiosk();
    fresh.file(5);
    await fresh.push();
    const changed = structuredClone(fresh.events.slice(0, 3));
    (changed[2]!.data as { queueNumber: number }).queueNumber = 99;
    const answer = await send({ prefix: fresh.prefix, keys: fresh.signing, body: batch(changed) });
    expect(answer).toMatchObject({
      code: 'batch-refused',
      message: expect.stringMatching(/^Event seq 3 differs from the event/),
    });
  });

  it('refuses bodies larger than the hub takes, packed or unpacked', async () => {
    const tooBig = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    expect(await send({ body: tooBig })).toMatchObject({ status: 413, code: 'too-large' });
    // Small on the wire, enormous once unpacked.
    const bomb = gzipSync(
      Buffer.concat([Buffer.from('{"events":["'), Buffer.alloc(MAX_BODY_BYTES * 2, 0x61), Buffer.from('"]}')]),
    );
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES);
    expect(await send({ body: bomb, headers: { 'content-encoding': 'gzip' } })).toMatchObject({
      status: 413,
      code: 'too-large',
      message: 'The body unpacks to more than 4 MiB; send fewer events per batch.',
    });
  });

  it('refuses every call of a revoked kiosk', async () => {
    const fresh = await hub.enrolledKiosk();
    const revoked = await hub.admin.call('POST', `/api/v1/kiosks/${fresh.prefix}/revoke`, { reason: 'stolen' });
    expect(revoked.body.state).toBe('revoked');
    await expect(fresh.pull()).rejects.toMatchObject({
      status: 403,
      code: 'kiosk-revoked',
      message: expect.stringMatching(/\(stolen\); it can no longer sync/),
    });
  });
});
