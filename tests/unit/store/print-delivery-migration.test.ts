import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate.ts';
import { openDatabase } from '../../../main/store/open-database.ts';
import { requeueUnsentJobs } from '../../../main/store/print-jobs-repo.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';

// Next to the queue it serves; tests/unit/store/open-database.test.ts holds the other migrations' tests.
describe('migration 0003-print-delivery', () => {
  it('takes a version-2 file to version 3, keeping its jobs; one left printing is printed again', () => {
    const file = join(tempDir('db'), 'kiosk.sqlite');
    const v2 = new Database(file);
    migrate(v2, 2);
    v2.exec(`
      INSERT INTO requests (id, tracking_code, service_code, language, answers, counter, queue_day, queue_number, requested_at)
        VALUES (1, 'K3A22222X', 'kk-ubah', 'id', '{}', 'A', '2026-11-27', 1, '2026-11-27T02:00:00Z');
      INSERT INTO print_jobs (request_id, document, status, attempts, created_at, updated_at)
        VALUES (1, '{}', 'done', 1, '2026-11-27T02:00:00Z', '2026-11-27T02:00:01Z'),
               (1, '{}', 'printing', 1, '2026-11-27T02:05:00Z', '2026-11-27T02:05:00Z');
    `);
    v2.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT id, status, sent_at FROM print_jobs ORDER BY id').all()).toEqual([
      { id: 1, status: 'done', sent_at: null },
      { id: 2, status: 'printing', sent_at: null },
    ]);
    // Nothing says its bytes were all out, so after the upgrade it goes back to the queue.
    expect(requeueUnsentJobs(db, '2026-11-27T03:00:00Z')).toBe(1);
    db.close();
  });
});
