import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch.ts';
import { openKiosk, type Kiosk } from '../../../main/open-kiosk.ts';
import { hashPin } from '../../../main/staff/pin-hash.ts';
import { pinPepper } from '../../../main/staff/sign-in.ts';
import { insertStaff } from '../../../main/store/staff-repo.ts';
import { purgeExpired } from '../../../main/privacy/purge.ts';
import { failJob } from '../../../main/store/print-jobs-repo.ts';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { startVirtualPrinter } from '../../fixtures/virtual-printer.ts';
import { queryPlan, recordPreparedSql } from '../../fixtures/sql-plans.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';

// Every statement the kiosk prepares while it works, recorded as it is prepared; not the
// migrations' (each runs once, on an older file) nor this test's own.
const prepared = recordPreparedSql(
  (stack) => !stack.some((frame) => frame.includes('/migrations/')) && !(stack[2] ?? '').includes('query-plans.test'),
);
afterAll(prepared.stop);

/**
 * Scans a plan may show: the ones that cannot grow with the data. `SCAN ... USING ...
 * INDEX requests_print_failed` reads a partial index that holds only failed receipts,
 * requests_print_unfinished only those still to print, and help_requests_open only calls
 * for staff nobody has attended; staff_accounts holds a
 * kiosk's staff, tens of rows. A subquery's rows are whatever its own plan (checked as
 * well) gives.
 */
const BOUNDED = [
  /USING (COVERING )?INDEX (requests_print_failed|requests_print_unfinished|help_requests_open)/,
  /^SCAN CONSTANT ROW/,
  /^SCAN staff_accounts/,
  /^SCAN \(subquery-\d+\)$/,
];

/** Writes and pragmas have no plan worth reading; a migration runs once. */
const planned = (sql: string) => /^\s*(SELECT|UPDATE|DELETE|WITH|INSERT[\s\S]*SELECT)/i.test(sql);

/** An operator signs in and goes through every screen of the console; an officer files with a citizen. */
async function staffAtWork(kiosk: Kiosk): Promise<void> {
  insertStaff(kiosk.db, {
    staffNumber: '1001',
    name: 'Operator',
    role: 'operator',
    badge: 'STAFF-1',
    source: 'local',
    createdAt: '2026-03-01T00:00:00Z',
    pin: await hashPin('135790', pinPepper(kiosk.db)),
  });
  await dispatch(kiosk.api, 'staff.check', { who: { badge: 'STAFF-1' } });
  await dispatch(kiosk.api, 'staff.signIn', { who: { staffNumber: '1001' }, pin: '000000' });
  const signedIn = await dispatch(kiosk.api, 'staff.signIn', { who: { badge: 'STAFF-1' }, pin: '135790' });
  const token = (signedIn as { value: { session: { token: string } } }).value.session.token;
  const help = (await dispatch(kiosk.api, 'help.call', { screen: 'services' })) as { value: { id: number } };
  for (const [method, input] of [
    ['requests.submit', { ...KK_UBAH, staffToken: token }],
    ['staff.touch', { token }],
    ['staff.helpCalls', { token }],
    ['staff.attendHelp', { token, id: help.value.id }],
    ['console.devices', { token }],
    ['console.sync', { token }],
    ['console.settings', { token }],
    ['console.stats', { token, from: '2026-01-01', to: '2026-12-31' }],
    ['console.audit', { token, before: null }],
    ['console.audit', { token, before: 3 }],
    ['console.accounts', { token }],
    [
      'console.addAccount',
      { token, staffNumber: '1002', name: 'Officer', role: 'officer', badge: null, pin: '246802' },
    ],
    ['console.training', { token, on: true }],
    ['console.training', { token, on: false }],
  ] as const) {
    expect(await dispatch(kiosk.api, method, input), method).toMatchObject({ ok: true });
  }
  expect(await dispatch(kiosk.api, 'staff.signOut', { token, idle: false })).toMatchObject({ ok: true });
}

describe('the kiosk’s SQL', () => {
  it('never scans a whole table: every statement it runs finds its rows through a key or an index', async () => {
    const printer = await startVirtualPrinter();
    const kiosk = await openKiosk(testConfig({ KIOSK_PRINTER: printer.url, KIOSK_BADGE_PREFIX: 'STAFF-' }), {
      printWaitMs: 2000,
    });
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
      await staffAtWork(kiosk);
      await printer.waitForCuts(3, 5000);
      failJob(kiosk.db, 1, new Date().toISOString(), 'test');
      kiosk.db.prepare('UPDATE requests SET synced_at = ?').run('2026-01-01T00:00:00Z');
      purgeExpired(kiosk.db, loadCatalog(), new Date());

      const scans: string[] = [];
      for (const sql of [...prepared.sql].filter(planned)) {
        for (const detail of queryPlan(kiosk.db, sql)) {
          if (/^SCAN /.test(detail) && !BOUNDED.some((ok) => ok.test(detail))) scans.push(`${detail}  <-  ${sql}`);
        }
      }
      expect(prepared.sql.size).toBeGreaterThan(15);
      expect(scans).toEqual([]);
    } finally {
      await kiosk.close();
      await printer.close();
    }
  });
});
