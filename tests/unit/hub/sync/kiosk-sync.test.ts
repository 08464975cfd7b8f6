import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubRefusal, SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { miniCatalog } from '../../../fixtures/mini-catalog.ts';
import { STORE_KINDS } from '../harness/test-database.ts';
import { publishMiniCatalog, startTestHub, type TestHub } from '../harness/test-hub.ts';

describe.each(STORE_KINDS)('kiosk sync on %s', (kind) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(kind, 'kiosk_sync');
    await publishMiniCatalog(hub);
  });
  afterAll(() => hub?.close());

  it('enrols a kiosk with a one-time code and gives it its prefix, the hub keys and the catalog', async () => {
    const { prefix, code, answer } = await hub.admin.newKiosk('Kios Lobi');
    expect(answer.body.enrolment.qrText).toContain(`code=${code}`);
    expect(answer.body.enrolment.qrSvg).toMatch(/^<svg/);
    const kiosk = new SimKiosk(hub.url);
    await kiosk.enrol(code);
    expect(kiosk.prefix).toBe(prefix);
    expect(kiosk.hub.signingKey).toBe(hub.keys.signing.publicKey);
    expect(kiosk.hub.fingerprint).toBe(answer.body.enrolment.hubFingerprint);
    expect(kiosk.catalogVersion).toBe('1');

    // The same kiosk asking again (its answer was lost) gets the same answer; anyone else is refused.
    await kiosk.enrol(code);
    expect(kiosk.prefix).toBe(prefix);
    const other = new SimKiosk(hub.url);
    await expect(other.enrol(code)).rejects.toThrow(/was used on .*ask the hub admin for a new one/);
    kiosk.close();
    other.close();
  });

  it('refuses enrolment codes that are unknown, withdrawn or expired, each with its reason', async () => {
    const kiosk = new SimKiosk(hub.url);
    await expect(kiosk.enrol('2222-3333-4444-5555')).rejects.toThrow(/not known at this hub/);
    await expect(kiosk.enrol('not a code')).rejects.toThrow(/must be 16 characters/);
    const { prefix, code } = await hub.admin.newKiosk();
    const fresh = await hub.admin.call('POST', `/api/v1/kiosks/${prefix}/enrolment-code`);
    expect(fresh.status).toBe(201);
    await expect(kiosk.enrol(code)).rejects.toThrow(/replaced by a newer one/);
    await hub.store.query(`UPDATE enrolment_codes SET expires_at = now() - interval '1 minute'`);
    await expect(kiosk.enrol(fresh.body.code)).rejects.toThrow(/expired on/);
    kiosk.close();
  });

  it('stores every event once, projects requests, and acknowledges the highest contiguous seq', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(120);
    await kiosk.push(50);
    expect(kiosk.ackedSeq).toBe(kiosk.lastSeq);
    const [counts] = await hub.store.query<{ events: number; requests: number; help: number; failures: number }>(
      `SELECT (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM requests) AS requests,
              (SELECT count(*)::int FROM help_calls) AS help, (SELECT count(*)::int FROM print_failures) AS failures`,
    );
    const kinds = (k: string) => kiosk.events.filter((e) => e.kind === k).length;
    expect(counts).toEqual({
      events: kiosk.lastSeq,
      requests: kinds('request.created'),
      help: kinds('help.called'),
      failures: kinds('print.failed'),
    });

    // The same batch again changes nothing and gets the same answer.
    const again = await kiosk.call('POST', '/sync/v1/events', { events: kiosk.events.slice(0, 40) });
    expect(again).toEqual({ ackedSeq: kiosk.lastSeq, stored: 0 });
  });

  it('holds events after a gap but acknowledges only up to the gap, then past it once it is filled', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(30);
    const later = await kiosk.call('POST', '/sync/v1/events', { events: kiosk.events.slice(20) });
    expect(later).toMatchObject({ ackedSeq: 0, stored: kiosk.lastSeq - 20 });
    const first = await kiosk.call('POST', '/sync/v1/events', { events: kiosk.events.slice(0, 10) });
    expect(first).toMatchObject({ ackedSeq: 10 });
    const gap = await kiosk.call('POST', '/sync/v1/events', { events: kiosk.events.slice(10, 20) });
    expect(gap).toMatchObject({ ackedSeq: kiosk.lastSeq, stored: 10 });
  });

  it('carries status changes, catalog versions, announcements and settings back through the feed', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(3);
    await kiosk.push();
    await kiosk.pull();
    expect(kiosk.catalogVersion).toBe('1');
    const [first, second] = kiosk.events
      .filter((e) => e.kind === 'request.created')
      .map((e) => e.data.trackingCode as string);
    const note = { id: 'Silakan ambil di loket A.', en: 'Please collect it at counter A.' };
    expect(
      (await hub.admin.call('POST', `/api/v1/requests/${first}/status`, { status: 'processing', reason: 'checked' }))
        .status,
    ).toBe(200);
    expect(
      (await hub.admin.call('POST', `/api/v1/requests/${first}/status`, { status: 'ready', reason: 'printed', note }))
        .status,
    ).toBe(200);
    expect(
      (
        await hub.admin.call('POST', `/api/v1/requests/${second}/status`, {
          status: 'rejected',
          reason: 'missing KK',
          note: { id: 'KK tidak dilampirkan.', en: 'The family card was missing.' },
        })
      ).status,
    ).toBe(200);
    const published = await hub.admin.call('POST', '/api/v1/catalog/versions', {
      catalog: miniCatalog,
      note: 'second',
    });
    expect(published.body.version).toBe(2);
    await hub.admin.call('PUT', '/api/v1/announcements', {
      items: [{ text: { id: 'Libur Jumat', en: 'Closed Friday' } }],
    });
    await hub.admin.call('PATCH', `/api/v1/kiosks/${kiosk.prefix}`, { settings: { heartbeatSeconds: 120 } });

    await kiosk.pull();
    expect(kiosk.statuses.get(first!)).toMatchObject({ status: 'ready', note });
    expect(kiosk.statuses.get(second!)).toMatchObject({ status: 'rejected' });
    expect(kiosk.catalogVersion).toBe('2');
    expect(kiosk.announcementsVersion).toBe(1);

    // A rollback is a change of the current version, so kiosks that have 2 get 1 back.
    expect((await hub.admin.call('PUT', '/api/v1/catalog/current', { version: 1 })).status).toBe(200);
    const cursorBefore = kiosk.cursor;
    await kiosk.pull();
    expect(kiosk.catalogVersion).toBe('1');
    expect(kiosk.cursor).not.toBe(cursorBefore);

    // Reading the feed again from an old cursor gives the same changes again: safe to apply twice.
    const replay = (await kiosk.call('GET', '/sync/v1/feed?cursor=')) as { statusChanges: unknown[] };
    expect(replay.statusChanges).toHaveLength(3);
  });

  it('pages the feed when more changes wait than one page holds', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(7);
    await kiosk.push();
    for (const e of kiosk.events.filter((e) => e.kind === 'request.created')) {
      await hub.admin.call('POST', `/api/v1/requests/${e.data.trackingCode}/status`, {
        status: 'processing',
        reason: 'r',
      });
    }
    const page = (await kiosk.call('GET', '/sync/v1/feed?cursor=&limit=3')) as {
      more: boolean;
      statusChanges: unknown[];
    };
    expect(page).toMatchObject({ more: true });
    expect(page.statusChanges).toHaveLength(3);
    await kiosk.pull();
    expect(kiosk.statuses.size).toBe(7);
  });

  it('tells a kiosk whose feed position is ahead of the hub to start again', async () => {
    const kiosk = await hub.enrolledKiosk();
    await expect(kiosk.call('GET', '/sync/v1/feed?cursor=v1.99.0.0.0')).rejects.toMatchObject({ code: 'cursor-ahead' });
    await expect(kiosk.call('GET', '/sync/v1/feed?cursor=garbage')).rejects.toThrow(/not one this hub gave out/);
  });

  it('keeps each kiosk health report in the fleet table', async () => {
    const kiosk = await hub.enrolledKiosk('Kios Fleet');
    kiosk.file(2);
    await kiosk.heartbeat();
    const fleet = await hub.admin.call('GET', '/api/v1/fleet');
    const row = fleet.body.kiosks.find((k: { prefix: string }) => k.prefix === kiosk.prefix);
    expect(row).toMatchObject({
      state: 'online',
      health: {
        appVersion: '0.1.0-sim',
        printer: { health: 'paperNearEnd' },
        outboxBacklog: kiosk.lastSeq,
        via: 'network',
      },
    });
    expect(fleet.body.summary.printerProblems).toBeGreaterThanOrEqual(1);
  });

  it('signs every answer to a verified call, so a changed answer is not trusted', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.hub.signingKey = hub.keys.box.publicKey.replace(/^./, 'A');
    await expect(kiosk.pull()).rejects.toThrow(/does not carry the hub's signature/);
    expect(kiosk.cursor).toBe('');
  });

  it('refuses a kiosk that sends another kiosk its tracking codes', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(1);
    (kiosk.events[0]!.data as { trackingCode: string }).trackingCode = 'XXX' + 'A'.repeat(9);
    await expect(kiosk.push()).rejects.toBeInstanceOf(HubRefusal);
  });
});
