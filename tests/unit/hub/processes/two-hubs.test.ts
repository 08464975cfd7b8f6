import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../../hub/accounts/accounts.ts';
import { SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { AgencyClient } from '../harness/agency-client.ts';
import { startHubProcess, type HubProcess } from '../harness/hub-process.ts';
import { emptyDatabase, type TestDatabase } from '../harness/test-database.ts';

// PGlite is one process by design; several hubs on one database is PostgreSQL's case.
describe('two hub processes on one PostgreSQL', () => {
  let db: TestDatabase;
  let hubs: HubProcess[];
  const kiosks: SimKiosk[] = [];
  let agentOnA: AgencyClient;
  let agentOnB: AgencyClient;

  beforeAll(async () => {
    db = await emptyDatabase('postgres', 'two_hubs');
    // Both start at once on an empty database: one migrates, the other waits for it.
    hubs = await Promise.all([startHubProcess({ DATABASE_URL: db.url! }), startHubProcess({ DATABASE_URL: db.url! })]);
    await db.store.transaction((tx) =>
      createAccount(tx, null, {
        username: 'admin',
        displayName: 'Admin',
        role: 'admin',
        password: 'kata-sandi-admin-uji',
      }),
    );
    agentOnA = new AgencyClient(hubs[0]!.url);
    agentOnB = new AgencyClient(hubs[1]!.url);
    await agentOnA.signIn('admin', 'kata-sandi-admin-uji');
    await agentOnB.signIn('admin', 'kata-sandi-admin-uji');
  });
  afterAll(async () => {
    for (const kiosk of kiosks) kiosk.close();
    for (const hub of hubs ?? []) await hub.stop();
    await db?.close();
  });

  it('shares keys, sessions and kiosks: enrol at one, sync at either, decide at either', async () => {
    for (let i = 0; i < 6; i++) {
      const { code } = await (i % 2 ? agentOnB : agentOnA).newKiosk(`Kios ${i}`);
      const kiosk = new SimKiosk(hubs[(i + 1) % 2]!.url);
      await kiosk.enrol(code);
      kiosks.push(kiosk);
    }
    expect(new Set(kiosks.map((k) => k.hub.signingKey)).size).toBe(1);
    // A session made on A works on B: sessions live in the database.
    const viaB = new AgencyClient(hubs[1]!.url, agentOnA.token);
    expect((await viaB.call('GET', '/api/v1/session')).body.username).toBe('admin');

    for (const [i, kiosk] of kiosks.entries()) {
      kiosk.file(30 + i);
      for (let step = 0; kiosk.ackedSeq < kiosk.lastSeq; step++) {
        kiosk.baseUrl = hubs[step % 2]!.url;
        await kiosk.push(7).catch(() => {});
      }
    }
    const codes = kiosks.map((k) => k.events.find((e) => e.kind === 'request.created')!.data.trackingCode as string);
    for (const [i, code] of codes.entries()) {
      const agent = i % 2 ? agentOnB : agentOnA;
      expect(
        (await agent.call('POST', `/api/v1/requests/${code}/status`, { status: 'processing', reason: 'checked' }))
          .status,
      ).toBe(200);
    }
    for (const [i, kiosk] of kiosks.entries()) {
      kiosk.baseUrl = hubs[i % 2]!.url;
      await kiosk.pull();
      expect(kiosk.statuses.get(codes[i]!)?.status).toBe('processing');
    }
    const fleet = await agentOnB.call('GET', '/api/v1/fleet');
    expect(fleet.body.summary).toMatchObject({ kiosks: 6, online: 6 });
  });

  it('stores each event once when a kiosk sends the same batch to both hubs at the same moment', async () => {
    const kiosk = kiosks[0]!;
    kiosk.file(200);
    const batch = { events: kiosk.events.slice(kiosk.ackedSeq) };
    const racers = hubs.map((hub) => {
      const twin = Object.assign(Object.create(kiosk) as SimKiosk, { baseUrl: hub.url });
      return twin.call('POST', '/sync/v1/events', batch) as Promise<{ ackedSeq: number; stored: number }>;
    });
    const answers = await Promise.all(racers);
    expect(answers.map((a) => a.ackedSeq)).toEqual([kiosk.lastSeq, kiosk.lastSeq]);
    expect(answers.map((a) => a.stored).sort((a, b) => a - b)).toEqual([0, batch.events.length]);
    const [row] = await db.store.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events JOIN kiosks USING (kiosk_id) WHERE prefix = $1',
      [kiosk.prefix],
    );
    expect(row!.n).toBe(kiosk.lastSeq);
  });
});
