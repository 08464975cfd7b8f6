import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/open-database.ts';
import { migrations } from '../../../main/store/migrations/index.ts';
import { requestsPerDay, tallyRequests } from '../../../main/store/stats-repo.ts';
import { databaseAtVersion } from '../../fixtures/old-database.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';

describe('migration 0010-staff-and-audit', () => {
  it('takes a version-9 file with requests and calls for staff to the current version, and counts the old requests', () => {
    const file = databaseAtVersion(
      9,
      `INSERT INTO requests (id, tracking_code, service_code, language, counter, queue_day, queue_number, requested_at,
         seq, answers, print_status, print_queued_at)
       VALUES (1, 'K3A22222222A', 'kk-ubah', 'id', 'A', '2026-03-01', 1, '2026-03-01T02:00:00Z', 1, NULL, 'done', '2026-03-01T02:00:00Z'),
              (2, 'K3A22222223A', 'kk-ubah', 'id', 'A', '2026-03-01', 2, '2026-03-01T02:05:00Z', 2, NULL, 'done', '2026-03-01T02:05:00Z'),
              (3, 'K3A22222224A', 'ktp-baru', 'en', 'B', '2026-03-02', 1, '2026-03-02T02:00:00Z', 3, NULL, 'failed', '2026-03-02T02:00:00Z');
       INSERT INTO help_requests (requested_at, screen, service_code) VALUES ('2026-03-01T02:01:00Z', 'services', NULL);`,
    );
    const db = openDatabase(file, testCipher());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT assisted_by FROM requests ORDER BY id').pluck().all()).toEqual([null, null, null]);
    expect(db.prepare('SELECT attended_by, handled_at FROM help_requests').get()).toEqual({
      attended_by: null,
      handled_at: null,
    });
    expect(tallyRequests(db)).toBe(3);
    expect(tallyRequests(db)).toBe(0);
    expect(requestsPerDay(db, '2026-03-01', '2026-03-02')).toEqual([
      { day: '2026-03-01', serviceCode: 'kk-ubah', counter: 'A', n: 2 },
      { day: '2026-03-02', serviceCode: 'ktp-baru', counter: 'B', n: 1 },
    ]);
    db.close();
  });
});
