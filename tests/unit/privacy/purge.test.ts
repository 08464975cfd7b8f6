import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../../preload/contract.ts';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import { recordRequest } from '../../../main/requests/submit-request.ts';
import { purgeExpired } from '../../../main/privacy/purge.ts';
import { requestAnswers, requestById } from '../../../main/store/requests-repo.ts';
import { miniCatalog, testService } from '../../fixtures/mini-catalog.ts';
import { testCipher, testKiosk } from '../../fixtures/test-cipher.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';

const DAY = 86_400_000;
const NOW = new Date('2026-11-29T03:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const kiosk = testKiosk();

// 'satu' keeps personal data 7 days after sync (the default); 'kilat' not at all.
const catalog: Catalog = {
  ...miniCatalog,
  services: [
    miniCatalog.services[0]!,
    testService('kilat', 'B', miniCatalog.services[0]!.fields, {
      retention: { daysAfterSync: 0, unsyncedAlertDays: 3 },
    }),
  ],
};

function kioskDb(): { db: Db; file: string } {
  const file = join(tempDir('purge'), 'serambi.sqlite');
  return { db: openDatabase(file, testCipher()), file };
}

function submit(db: Db, service: string, name: string, at: string): number {
  const s = catalog.services.find((x) => x.service_code === service)!;
  return recordRequest(db, catalog, kiosk, s, 'id', { nama: name, nik: '3273015708850002', hp: '' }, new Date(at))
    .jobId;
}

const synced = (db: Db, id: number, at: string) =>
  db.prepare('UPDATE requests SET synced_at = ? WHERE id = ?').run(at, id);
const sealedBytes = (db: Db, id: number) =>
  Buffer.from(db.prepare('SELECT answers FROM requests WHERE id = ?').pluck().get(id) as Uint8Array);

describe('the retention purge', () => {
  it('empties the answers its retention has run out for, so their bytes are gone from the file, and keeps the record', () => {
    const { db, file } = kioskDb();
    const old = submit(db, 'satu', 'SITI LAMA', daysAgo(20));
    const recent = submit(db, 'satu', 'SITI BARU', daysAgo(2));
    synced(db, old, daysAgo(8));
    synced(db, recent, daysAgo(1));
    const gone = sealedBytes(db, old);

    const report = purgeExpired(db, catalog, NOW);
    expect(report.purged).toBe(1);
    expect(requestAnswers(db, requestById(db, old)!)).toBeNull();
    expect(requestAnswers(db, requestById(db, recent)!)).toMatchObject({ nama: 'SITI BARU' });
    expect(requestById(db, old)).toMatchObject({ serviceCode: 'satu', requestedAt: daysAgo(20) });
    expect(db.prepare('SELECT purged_at FROM requests WHERE id = ?').pluck().get(old)).toBe(NOW.toISOString());

    // Not a byte of the sealed answers is left, in the file or in its WAL.
    for (const part of [file, `${file}-wal`]) {
      const bytes = readFileSync(part);
      expect(bytes.includes(gone.subarray(1, 33)), part).toBe(false);
    }
    // The search itself finds sealed bytes that are there: the other request's are.
    expect(readFileSync(file).includes(sealedBytes(db, recent).subarray(1, 33))).toBe(true);
    db.close();
  });

  it('follows each service’s own retention, and never touches what the hub does not have yet', () => {
    const { db } = kioskDb();
    const unsynced = submit(db, 'satu', 'A', daysAgo(400));
    const quick = submit(db, 'kilat', 'B', daysAgo(1));
    synced(db, quick, daysAgo(0));
    // A synced request after an unsynced one is not reached: requests reach the hub in order.
    expect(purgeExpired(db, catalog, NOW).purged).toBe(0);
    synced(db, unsynced, NOW.toISOString());
    expect(purgeExpired(db, catalog, NOW).purged).toBe(1);
    expect(requestAnswers(db, requestById(db, quick)!)).toBeNull();
    expect(requestAnswers(db, requestById(db, unsynced)!)).not.toBeNull();
    db.close();
  });

  it('raises the alarm when the oldest request the hub lacks has waited longer than its service allows', () => {
    const { db } = kioskDb();
    const first = submit(db, 'kilat', 'A', daysAgo(2));
    expect(purgeExpired(db, catalog, NOW)).toMatchObject({
      oldestUnsynced: { requestedAt: daysAgo(2) },
      syncOverdueSince: null,
    });
    expect(purgeExpired(db, catalog, new Date(NOW.getTime() + 2 * DAY)).syncOverdueSince).toBe(
      new Date(Date.parse(daysAgo(2)) + 3 * DAY).toISOString(),
    );
    synced(db, first, NOW.toISOString());
    expect(purgeExpired(db, catalog, NOW)).toMatchObject({ oldestUnsynced: null, syncOverdueSince: null });
    db.close();
  });

  it('moves on from the requests it has purged, so each pass looks only at what is left', () => {
    const { db } = kioskDb();
    for (let i = 0; i < 5; i++) synced(db, submit(db, 'kilat', `W${i}`, daysAgo(1)), daysAgo(1));
    purgeExpired(db, catalog, NOW);
    expect(db.prepare(`SELECT last FROM counters WHERE name = 'purge/from'`).pluck().get()).toBe(6);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM requests WHERE id >= ? ORDER BY id LIMIT ?`)
      .all(6, 10) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INTEGER PRIMARY KEY/);
    db.close();
  });
});
