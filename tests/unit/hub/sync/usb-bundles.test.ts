import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBoxKeys } from '../../../../sync/keys.ts';
import { sealKioskBundle } from '../../../../sync/kiosk-bundle.ts';
import { SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { STORE_KINDS } from '../harness/test-database.ts';
import { startTestHub, type TestHub } from '../harness/test-hub.ts';

describe.each(STORE_KINDS)('USB bundles on %s', (kind) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(kind, 'usb');
  });
  afterAll(() => hub?.close());

  async function upload(text: string) {
    const response = await fetch(`${hub.url}/api/v1/bundles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.admin.token}`, 'content-type': 'application/octet-stream' },
      body: text,
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  async function returnBundle(prefix: string): Promise<string> {
    const response = await fetch(`${hub.url}/api/v1/kiosks/${prefix}/return-bundle`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.admin.token}` },
    });
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`serambi-return-${prefix}-\\d+\\.json`));
    return response.text();
  }

  const held = async (prefix: string) =>
    (
      await hub.store.query<{ events: number; requests: number }>(
        `SELECT (SELECT count(*)::int FROM events JOIN kiosks USING (kiosk_id) WHERE prefix = $1) AS events,
                (SELECT count(*)::int FROM requests JOIN kiosks USING (kiosk_id) WHERE prefix = $1) AS requests`,
        [prefix],
      )
    )[0]!;

  it('carries a kiosk offline for weeks to the hub and the hub decisions back', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(40);
    const imported = await upload(kiosk.writeBundle());
    expect(imported).toMatchObject({
      status: 200,
      body: { kiosk: kiosk.prefix, fromSeq: 1, toSeq: kiosk.lastSeq, stored: kiosk.lastSeq, ackedSeq: kiosk.lastSeq },
    });
    const fleet = await hub.admin.call('GET', `/api/v1/kiosks/${kiosk.prefix}`);
    expect(fleet.body.health).toMatchObject({ via: 'usb', outboxBacklog: kiosk.lastSeq });

    const code = kiosk.events[0]!.data.trackingCode as string;
    await hub.admin.call('POST', `/api/v1/requests/${code}/status`, {
      status: 'ready',
      reason: 'done',
      note: { id: 'Siap', en: 'Ready' },
    });
    const back = await returnBundle(kiosk.prefix);
    kiosk.importReturnBundle(back);
    expect(kiosk.ackedSeq).toBe(kiosk.lastSeq);
    expect(kiosk.statuses.get(code)).toMatchObject({ status: 'ready' });

    // The same return bundle again, or an older one, is refused on the kiosk.
    expect(() => kiosk.importReturnBundle(back)).toThrow(
      'This return bundle was already imported; nothing was changed.',
    );
    const newer = await returnBundle(kiosk.prefix);
    kiosk.importReturnBundle(newer);
    expect(() => kiosk.importReturnBundle(back)).toThrow(/is older than the last one imported/);
  });

  it('refuses a bundle imported twice, and one whose events the hub already holds', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(5);
    const bundle = kiosk.writeBundle();
    expect((await upload(bundle)).status).toBe(200);
    expect(await upload(bundle)).toMatchObject({
      status: 422,
      body: {
        error: {
          code: 'bundle-refused',
          message: expect.stringMatching(/^This bundle was already imported on .*; nothing was added\.$/),
        },
      },
    });
    await kiosk.push();
    const stale = kiosk.writeBundle(0);
    expect((await upload(stale)).body.error.message).toBe(
      `The hub already holds every event in this bundle (up to seq ${kiosk.lastSeq} of kiosk ${kiosk.prefix}); nothing was added.`,
    );
  });

  it('refuses tampered, truncated and foreign bundles and writes nothing', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(8);
    const bundle = kiosk.writeBundle();
    const file = JSON.parse(bundle);

    const flipped = structuredClone(file);
    const c = flipped.ciphertext as string;
    flipped.ciphertext = c.slice(0, 100) + (c[100] === 'A' ? 'B' : 'A') + c.slice(101);
    const moreEvents = structuredClone(file);
    moreEvents.header.toSeq += 1;
    const otherHub = sealKioskBundle({
      kiosk: kiosk.prefix,
      kioskSigningKeys: kiosk.signing,
      hubBoxKey: generateBoxKeys().publicKey,
      events: kiosk.events,
      cursor: '',
      heartbeat: null,
    });
    const stranger = new SimKiosk(hub.url);
    Object.assign(stranger, { prefix: 'WWW', hub: kiosk.hub });
    stranger.events.push(...kiosk.events);
    const impostor = new SimKiosk(hub.url);
    Object.assign(impostor, { prefix: kiosk.prefix, hub: kiosk.hub });
    impostor.events.push(...kiosk.events);

    const refusals = [
      [JSON.stringify(flipped), /does not carry its writer's valid signature/],
      [JSON.stringify(moreEvents), /does not carry its writer's valid signature/],
      [
        bundle.slice(0, bundle.length / 2),
        /not a complete Serambi bundle \(it may have been cut short while copying\)/,
      ],
      ['', /not a complete Serambi bundle/],
      [otherHub, /was written for another hub/],
      [stranger.writeBundle(), /comes from kiosk WWW, which is not enrolled at this hub/],
      [impostor.writeBundle(), /does not carry its writer's valid signature/],
    ] as const;
    for (const [text, sentence] of refusals) {
      const answer = await upload(text);
      expect(answer.status).toBe(422);
      expect(answer.body.error.message).toMatch(sentence);
    }
    expect(await held(kiosk.prefix)).toEqual({ events: 0, requests: 0 });
    stranger.close();
    impostor.close();
  });

  it('refuses a return bundle meant for another kiosk', async () => {
    const one = await hub.enrolledKiosk();
    const two = await hub.enrolledKiosk();
    expect(() => two.importReturnBundle('{"header":')).toThrow(/not a complete Serambi bundle/);
    const forOne = await returnBundle(one.prefix);
    expect(() => two.importReturnBundle(forOne)).toThrow(
      `This return bundle is for kiosk ${one.prefix}, not this kiosk (${two.prefix}); take it to that kiosk.`,
    );
    expect(() => one.importReturnBundle(one.writeBundle())).toThrow(/written by a kiosk; import it at the hub/);
  });

  it('stores each event once when a bundle and the network carry the same events, in either order', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(20);
    const first = kiosk.writeBundle();
    expect((await upload(first)).body.stored).toBe(kiosk.lastSeq);
    await kiosk.push(); // the kiosk never got the return bundle: it sends everything again
    expect(kiosk.ackedSeq).toBe(kiosk.lastSeq);
    const before = kiosk.lastSeq;

    kiosk.file(10);
    await kiosk.push();
    const overlapping = kiosk.writeBundle(before - 5);
    expect((await upload(overlapping)).status).toBe(422); // all held already: stale
    kiosk.file(10);
    const partly = kiosk.writeBundle(before);
    const answer = await upload(partly);
    expect(answer.body).toMatchObject({ stored: kiosk.lastSeq - kiosk.ackedSeq, ackedSeq: kiosk.lastSeq });
    await kiosk.push();

    const requests = kiosk.events.filter((e) => e.kind === 'request.created').length;
    expect(await held(kiosk.prefix)).toEqual({ events: kiosk.lastSeq, requests });
  });
});
