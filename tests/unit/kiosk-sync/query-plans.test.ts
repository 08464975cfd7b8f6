/**
 * Sync's SQL reads forward from marks and by primary key: none of it may scan a whole table,
 * or syncing would slow down as a kiosk's requests pile up. Every statement the sync code
 * prepares while a kiosk enrols, sends, receives statuses, a catalog, announcements and
 * settings, exports and imports USB bundles, is checked with EXPLAIN QUERY PLAN.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackingCodes, type Kiosk } from '../../../main/open-kiosk.ts';
import { eventsAfter } from '../../../main/store/sync-repo.ts';
import { exportBundle, importReturnBundle } from '../../../main/sync/usb-bundles.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { queryPlan, recordPreparedSql } from '../../fixtures/sql-plans.ts';
import { startTestHub, type TestHub } from '../hub/harness/test-hub.ts';
import { returnBundle } from './harness/hub-bundles.ts';
import { call, kioskAt } from './harness/kiosk-at-hub.ts';

const SYNC_CODE = /main\/(sync\/|store\/(sync-repo|hub-status-repo)\.ts)/;

/** A SCAN step reads a whole table, unless it reads a partial index, which holds only the rows it names. */
function scansWholeTable(db: Database.Database, detail: string): boolean {
  const scan = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail);
  if (!scan || scan[1] === 'CONSTANT') return false;
  const indexes = db.pragma(`index_list(${scan[1]})`) as Array<{ name: string; partial: number }>;
  return !indexes.some((index) => index.name === scan[2] && index.partial === 1);
}

describe('the SQL of sync', () => {
  let prepared: ReturnType<typeof recordPreparedSql>;
  let hub: TestHub;
  let kiosk: Kiosk;

  beforeAll(async () => {
    prepared = recordPreparedSql((stack) => stack.some((frame) => SYNC_CODE.test(frame)));
    hub = await startTestHub('pglite', 'kiosk_plans');
    ({ kiosk } = await kioskAt(hub));
  });
  afterAll(async () => {
    prepared.stop();
    await kiosk?.close();
    await hub?.close();
  });

  it('never scans a whole table', async () => {
    const receipt = await call(kiosk, 'requests.submit', KK_UBAH);
    await call(kiosk, 'help.call', { screen: 'attract' });
    await kiosk.sync.runRound();
    const code = receipt.trackingCode.replace(/-/g, '');
    await hub.admin.call('POST', `/api/v1/requests/${code}/status`, { status: 'ready', reason: 'siap' });
    await hub.admin.call('POST', '/api/v1/catalog/versions', { catalog: miniCatalog, note: 'uji' });
    await hub.admin.call('PUT', '/api/v1/announcements', { items: [{ text: { id: 'Halo.', en: 'Hello.' } }] });
    await kiosk.sync.runRound();
    await call(kiosk, 'requests.status', { trackingCode: code });
    await call(kiosk, 'requests.submit', { ...KK_UBAH, catalogVersion: null });
    exportBundle(kiosk.db, tempDir('usb-drive'), null, new Date());
    const prefix = (await call(kiosk, 'kiosk.info')).kioskId;
    importReturnBundle(kiosk.db, (p) => trackingCodes(kiosk.db, p), await returnBundle(hub, prefix), new Date());
    await kiosk.sync.runRound();
    eventsAfter(kiosk.db, 0, 10);
    expect((await call(kiosk, 'sync.status')).lastError).toBeNull();

    expect(prepared.sql.size).toBeGreaterThan(10);
    const scans: string[] = [];
    for (const sql of prepared.sql) {
      for (const detail of queryPlan(kiosk.db, sql))
        if (scansWholeTable(kiosk.db, detail)) scans.push(`${detail}: ${sql}`);
    }
    expect(scans).toEqual([]);
  });
});
