/**
 * Kiosks sync through links that break at random points, while hub processes are killed
 * and restarted mid-sync and agents change statuses. Afterwards hub and kiosks must agree
 * exactly: every event stored once, every acknowledgement true, every status arrived.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from '../../../../hub/store/pglite-store.ts';
import type { Store } from '../../../../hub/store/store.ts';
import { HubRefusal, SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { AgencyClient } from '../harness/agency-client.ts';
import { startCuttingProxy, type Cut, type CuttingProxy } from '../harness/cutting-proxy.ts';
import { freshStoreSettings, runHubCommand, startHubProcess, type HubProcess } from '../harness/hub-process.ts';
import type { StoreKind, TestDatabase } from '../harness/test-database.ts';

const PASSWORD = 'kata-sandi-admin-uji';

/** A small seeded generator, so a failing run can be repeated with CHAOS_SEED. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CASES: { kind: StoreKind; hubs: number; rounds: number }[] = [
  { kind: 'postgres', hubs: 2, rounds: 160 },
  { kind: 'pglite', hubs: 1, rounds: 60 },
];

describe.each(CASES)(
  'chaos on $kind with $hubs hub process(es), $rounds rounds',
  ({ kind, hubs: hubCount, rounds }) => {
    const seed = Number(process.env.CHAOS_SEED) || Date.now() % 1_000_000;
    const rand = random(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
    let db: TestDatabase | null = null;
    let env: Record<string, string>;
    let hubs: HubProcess[] = [];
    let proxies: CuttingProxy[] = [];
    const kiosks: SimKiosk[] = [];
    let agent: AgencyClient;

    const plan = (): Cut => {
      const r = rand();
      if (r < 0.45) return { where: 'none' };
      if (r < 0.6) return { where: 'request', afterBytes: Math.floor(rand() * 1500) };
      // Cut as the answer starts: the hub has committed and the kiosk never reads the acknowledgement.
      if (r < 0.8) return { where: 'answer', afterBytes: 0 };
      return { where: 'answer', afterBytes: Math.floor(rand() * 600) };
    };

    beforeAll(async () => {
      ({ env, db } = await freshStoreSettings(kind, 'chaos'));
      await runHubCommand(['create-admin', 'admin'], { ...env, HUB_ADMIN_PASSWORD: PASSWORD });
      hubs = await Promise.all(Array.from({ length: hubCount }, () => startHubProcess(env)));
      proxies = await Promise.all(hubs.map((hub) => startCuttingProxy(hub.port, plan)));
      agent = new AgencyClient(hubs[0]!.url);
      await agent.signIn('admin', PASSWORD);
      for (let i = 0; i < 4; i++) {
        const { code } = await agent.newKiosk(`Kios ${i}`);
        const kiosk = new SimKiosk(hubs[0]!.url, { timeoutMs: 3000, keepAlive: false });
        await kiosk.enrol(code);
        kiosks.push(kiosk);
      }
    });
    afterAll(async () => {
      for (const kiosk of kiosks) kiosk.close();
      for (const proxy of proxies) await proxy.close();
      for (const hub of hubs) await hub.stop();
      await db?.close();
    });

    /** What a kiosk does until a sync succeeds: try again, on whichever hub the balancer picks. */
    async function syncUntilDone(kiosk: SimKiosk): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        kiosk.baseUrl = pick(proxies).url;
        try {
          await kiosk.push(1 + Math.floor(rand() * 6));
          await kiosk.pull();
          return;
        } catch (error) {
          // A refusal is the hub saying no to a well-formed call: never right here.
          if (error instanceof HubRefusal || attempt > 300)
            throw new Error(`seed ${seed}: ${(error as Error).message}`);
          if (attempt > 5) await new Promise((r) => setTimeout(r, 20));
        }
      }
    }

    async function killMidSync(round: number): Promise<void> {
      const victim = round % hubs.length;
      const kiosk = pick(kiosks);
      kiosk.file(20);
      kiosk.baseUrl = hubs[victim]!.url;
      const syncing = kiosk.push(3).catch(() => {});
      await new Promise((r) => setTimeout(r, rand() * 40));
      await hubs[victim]!.kill();
      await syncing;
      await hubs[victim]!.restart();
    }

    async function moveSomeStatuses(): Promise<void> {
      const list = await agent.call('GET', '/api/v1/requests?status=received,processing&limit=3');
      for (const request of list.body.requests ?? []) {
        const next = request.status === 'received' ? pick(['processing', 'ready', 'rejected']) : 'ready';
        const note = next === 'rejected' ? { id: 'Berkas kurang', en: 'Documents missing' } : null;
        await agent.call('POST', `/api/v1/requests/${request.trackingCode}/status`, {
          status: next,
          reason: 'chaos',
          note,
        });
      }
    }

    async function verify(store: Store): Promise<void> {
      for (const kiosk of kiosks) {
        const events = await store.query<{ seq: number; kind: string; at: Date; data: unknown }>(
          `SELECT seq, kind, at, data FROM events JOIN kiosks USING (kiosk_id) WHERE prefix = $1 ORDER BY seq`,
          [kiosk.prefix],
        );
        expect(events.length, `seed ${seed}`).toBe(kiosk.lastSeq);
        expect(events.map((e) => ({ seq: e.seq, kind: e.kind, at: e.at.toISOString(), data: e.data }))).toEqual(
          kiosk.events,
        );
        const [sync] = await store.query<{ acked_seq: number }>(
          'SELECT acked_seq FROM kiosk_sync JOIN kiosks USING (kiosk_id) WHERE prefix = $1',
          [kiosk.prefix],
        );
        expect(sync!.acked_seq).toBe(kiosk.lastSeq);
        expect(kiosk.ackedSeq).toBe(kiosk.lastSeq);
        const requests = await store.query<{ tracking_code: string; status: string }>(
          'SELECT tracking_code, status FROM requests JOIN kiosks USING (kiosk_id) WHERE prefix = $1',
          [kiosk.prefix],
        );
        expect(requests).toHaveLength(kiosk.events.filter((e) => e.kind === 'request.created').length);
        for (const request of requests) {
          expect(kiosk.statuses.get(request.tracking_code)?.status ?? 'received').toBe(request.status);
        }
      }
    }

    it('ends with hub and kiosks in exact agreement', { timeout: 300_000 }, async () => {
      for (let round = 1; round <= rounds; round++) {
        if (round % 20 === 0) await killMidSync(round);
        const kiosk = pick(kiosks);
        kiosk.file(1 + Math.floor(rand() * 8));
        await syncUntilDone(kiosk);
        if (round % 5 === 0) await moveSomeStatuses();
      }
      const cuts = proxies.reduce((n, p) => n + p.cuts.request + p.cuts.answer, 0);
      expect(cuts, 'the links were cut').toBeGreaterThan(rounds / 2);
      for (const kiosk of kiosks) {
        kiosk.baseUrl = hubs[0]!.url;
        await kiosk.push();
        await kiosk.pull();
      }
      if (db) {
        await verify(db.store);
      } else {
        for (const hub of hubs) await hub.stop();
        const store = await openPgliteStore(env.HUB_DATA_DIR!);
        try {
          await verify(store);
        } finally {
          await store.close();
        }
        for (const hub of hubs) await hub.restart();
      }
    });
  },
);
