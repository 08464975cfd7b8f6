/**
 * 100,000 outbox events from 20 simulated kiosks into PostgreSQL through the hub over
 * loopback HTTP (signed, gzip-packed batches), against raw multi-row INSERTs of the same
 * rows (events and their projected requests) into copies of the same tables in the same
 * database, with the same 20 concurrent writers.
 */
import pg from 'pg';
import { createAccount } from '../../hub/accounts/accounts.ts';
import { openPostgresStore } from '../../hub/store/postgres-store.ts';
import type { SyncEvent } from '../../sync/events.ts';
import { createDatabase } from '../fixtures/postgres.ts';
import { SimKiosk } from '../fixtures/sim-kiosk.ts';
import { AgencyClient } from '../unit/hub/harness/agency-client.ts';
import { startBenchHub } from './hub-process.ts';

const KIOSKS = 20;
const EVENTS_PER_KIOSK = 5_000;
const BATCH = 500;

export interface SyncRun {
  hubPerSecond: number;
  rawPerSecond: number;
  /** TCP bytes both ways per request.created synced, in batches of BATCH. */
  bytesPerRequest: number;
}

/** The rows the hub stores for a kiosk's events, as raw INSERTs would write them. */
async function rawInsert(client: pg.PoolClient, kioskId: number, events: SyncEvent[]): Promise<void> {
  for (let from = 0; from < events.length; from += BATCH) {
    const batch = events.slice(from, from + BATCH);
    const eventRows: unknown[] = [];
    const eventValues = batch.map((e, i) => {
      eventRows.push(kioskId, e.seq, e.kind, e.at, JSON.stringify(e.data), 'network');
      const p = i * 6;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6})`;
    });
    await client.query(
      `INSERT INTO raw_events (kiosk_id, seq, kind, at, data, via) VALUES ${eventValues.join(', ')}`,
      eventRows,
    );
    const requests = batch.filter((e) => e.kind === 'request.created');
    const requestRows: unknown[] = [];
    const requestValues = requests.map((e, i) => {
      const d = e.data as Record<string, unknown>;
      requestRows.push(
        kioskId,
        d.trackingCode,
        e.seq,
        d.serviceCode,
        d.catalogVersion,
        d.language,
        d.counter,
        d.queueDay,
        d.queueNumber,
        d.requestedAt,
        d.noticeVersion,
        d.assistedBy,
      );
      const p = i * 12;
      return `(${Array.from({ length: 12 }, (_, k) => `$${p + k + 1}`).join(', ')})`;
    });
    await client.query(
      `INSERT INTO raw_requests (kiosk_id, tracking_code, seq, service_code, catalog_version, language, counter,
         queue_day, queue_number, requested_at, notice_version, assisted_by) VALUES ${requestValues.join(', ')}`,
      requestRows,
    );
  }
}

export async function measureSyncThroughput(adminUrl: string, run: number): Promise<SyncRun> {
  const db = await createDatabase(adminUrl, `bench_sync_${run}`);
  const hub = await startBenchHub(db.url);
  const store = openPostgresStore(db.url, 2);
  const kiosks: SimKiosk[] = [];
  try {
    await store.transaction((tx) =>
      createAccount(tx, null, { username: 'admin', displayName: 'Admin', role: 'admin', password: 'kata-sandi-bench' }),
    );
    const admin = new AgencyClient(hub.url);
    await admin.signIn('admin', 'kata-sandi-bench');
    for (let i = 0; i < KIOSKS; i++) {
      const kiosk = new SimKiosk(hub.url);
      await kiosk.enrol((await admin.newKiosk(`Bench ${i}`)).code);
      // A kiosk files requests with a help call and a print failure now and then: 5,000 events in all.
      while (kiosk.lastSeq < EVENTS_PER_KIOSK) kiosk.file(1);
      kiosk.events.length = EVENTS_PER_KIOSK;
      kiosks.push(kiosk);
    }
    const before = kiosks.map((k) => k.wireBytes());
    const start = performance.now();
    await Promise.all(kiosks.map((k) => k.push(BATCH)));
    const hubSeconds = (performance.now() - start) / 1000;
    const bytes = kiosks.reduce((n, k, i) => n + k.wireBytes() - before[i]!, 0);
    const requests = kiosks.reduce((n, k) => n + k.events.filter((e) => e.kind === 'request.created').length, 0);

    await store.script(
      'CREATE TABLE raw_events (LIKE events INCLUDING ALL); CREATE TABLE raw_requests (LIKE requests INCLUDING ALL);',
    );
    const ids = await store.query<{ prefix: string; kiosk_id: number }>('SELECT prefix, kiosk_id FROM kiosks');
    const idOf = new Map(ids.map((r) => [r.prefix, r.kiosk_id]));
    const pool = new pg.Pool({ connectionString: db.url, max: KIOSKS });
    const clients = await Promise.all(kiosks.map(() => pool.connect()));
    const rawStart = performance.now();
    await Promise.all(kiosks.map((k, i) => rawInsert(clients[i]!, idOf.get(k.prefix)!, k.events)));
    const rawSeconds = (performance.now() - rawStart) / 1000;
    for (const client of clients) client.release();
    await pool.end();

    const total = KIOSKS * EVENTS_PER_KIOSK;
    return { hubPerSecond: total / hubSeconds, rawPerSecond: total / rawSeconds, bytesPerRequest: bytes / requests };
  } finally {
    for (const kiosk of kiosks) kiosk.close();
    await hub.stop();
    await store.close();
    await db.drop();
  }
}

/** Bytes per request when a kiosk syncs a few requests at a time, as a busy kiosk with a link does. */
export async function measureTrickleBytes(adminUrl: string): Promise<number> {
  const db = await createDatabase(adminUrl, 'bench_trickle');
  const hub = await startBenchHub(db.url);
  const store = openPostgresStore(db.url, 1);
  const kiosk = new SimKiosk(hub.url);
  try {
    await store.transaction((tx) =>
      createAccount(tx, null, { username: 'admin', displayName: 'Admin', role: 'admin', password: 'kata-sandi-bench' }),
    );
    const admin = new AgencyClient(hub.url);
    await admin.signIn('admin', 'kata-sandi-bench');
    await kiosk.enrol((await admin.newKiosk('Trickle')).code);
    const before = kiosk.wireBytes();
    let requests = 0;
    for (let i = 0; i < 50; i++) {
      kiosk.file(10);
      requests += 10;
      await kiosk.push();
    }
    return (kiosk.wireBytes() - before) / requests;
  } finally {
    kiosk.close();
    await hub.stop();
    await store.close();
    await db.drop();
  }
}
