import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { dispatch } from '../../../main/api/dispatch.ts';
import { openKiosk } from '../../../main/open-kiosk.ts';
import { purgeExpired } from '../../../main/privacy/purge.ts';
import { failJob } from '../../../main/store/print-jobs-repo.ts';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { startVirtualPrinter } from '../../fixtures/virtual-printer.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';

// Every statement the kiosk prepares while it works, recorded as it is prepared; not the
// migrations' (each runs once, on an older file) nor this test's own.
const prepared = new Set<string>();
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: Database.Database, sql: string) {
  const stack = (new Error().stack ?? '').split('\n');
  const caller = stack[2] ?? '';
  if (!stack.some((frame) => frame.includes('/migrations/')) && !caller.includes('query-plans.test')) {
    prepared.add(sql);
  }
  return prepare.call(this, sql);
} as typeof prepare;
afterAll(() => {
  Database.prototype.prepare = prepare;
});

/**
 * Scans a plan may show: the ones that cannot grow with the data. `SCAN ... USING ...
 * INDEX requests_print_failed` reads a partial index that holds only failed receipts.
 */
const BOUNDED = [/USING (COVERING )?INDEX requests_print_failed/, /^SCAN CONSTANT ROW/];

/** Writes and pragmas have no plan worth reading; a migration runs once. */
const planned = (sql: string) => /^\s*(SELECT|UPDATE|DELETE|WITH|INSERT[\s\S]*SELECT)/i.test(sql);

describe('the kiosk’s SQL', () => {
  it('never scans a whole table: every statement it runs finds its rows through a key or an index', async () => {
    const printer = await startVirtualPrinter();
    const kiosk = await openKiosk(testConfig({ KIOSK_PRINTER: printer.url }), { printWaitMs: 2000 });
    try {
      const submitted = (await dispatch(kiosk.api, 'requests.submit', KK_UBAH)) as {
        ok: true;
        value: { trackingCode: string };
      };
      const code = submitted.value.trackingCode;
      for (const [method, input] of [
        ['kiosk.info', {}],
        ['catalog.get', {}],
        ['requests.checkAnswer', { serviceCode: 'kk-ubah', field: 'nik', value: '3273011708850001' }],
        ['requests.status', { trackingCode: code }],
        ['requests.status', { trackingCode: 'K3A-22223-X' }],
        ['help.call', { screen: 'services' }],
        ['devices.status', {}],
        ['printing.reprint', { trackingCode: code }],
        ['printing.testPrint', {}],
      ] as const) {
        expect(await dispatch(kiosk.api, method, input), method).toMatchObject({ ok: expect.any(Boolean) });
      }
      await printer.waitForCuts(3, 5000);
      failJob(kiosk.db, 1, new Date().toISOString(), 'test');
      kiosk.db.prepare('UPDATE requests SET synced_at = ?').run('2026-01-01T00:00:00Z');
      purgeExpired(kiosk.db, loadCatalog(), new Date());

      const scans: string[] = [];
      for (const sql of [...prepared].filter(planned)) {
        const params = Array((sql.match(/\?/g) ?? []).length).fill(null);
        let plan: Array<{ detail: string }>;
        try {
          plan = kiosk.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as typeof plan;
        } catch (error) {
          throw new Error(`${sql}: ${String(error)}`);
        }
        for (const { detail } of plan) {
          if (/^SCAN /.test(detail) && !BOUNDED.some((ok) => ok.test(detail))) scans.push(`${detail}  <-  ${sql}`);
        }
      }
      expect(prepared.size).toBeGreaterThan(15);
      expect(scans).toEqual([]);
    } finally {
      await kiosk.close();
      await printer.close();
    }
  });
});
