import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateTo } from '../../fixtures/old-database.ts';

const REQUEST = `INSERT INTO requests (id, tracking_code, service_code, language, answers, counter, queue_day, queue_number, requested_at)
  VALUES (1, 'K3A22222X', 'kk-ubah', 'id', '{}', 'A', '2026-11-27', 1, '2026-11-27T02:00:00Z');`;

// Next to the queue they serve; tests/unit/store/open-database.test.ts holds the other migrations' tests.
describe('migration 0003-print-delivery', () => {
  it('takes a version-2 file to version 3, keeping its jobs', () => {
    const file = databaseAtVersion(
      2,
      `${REQUEST}
      INSERT INTO print_jobs (request_id, document, status, attempts, created_at, updated_at)
        VALUES (1, '{}', 'done', 1, '2026-11-27T02:00:00Z', '2026-11-27T02:00:01Z'),
               (1, '{}', 'printing', 1, '2026-11-27T02:05:00Z', '2026-11-27T02:05:00Z');`,
    );
    const db = migrateTo(file, 3);
    expect(db.prepare('SELECT id, status, sent_at FROM print_jobs ORDER BY id').all()).toEqual([
      { id: 1, status: 'done', sent_at: null },
      { id: 2, status: 'printing', sent_at: null },
    ]);
    db.close();
  });
});

describe('migration 0004-print-copies', () => {
  it('takes a version-3 file to version 4: the jobs it had are originals', () => {
    const file = databaseAtVersion(
      3,
      `${REQUEST}
      INSERT INTO print_jobs (request_id, document, status, attempts, created_at, updated_at, sent_at)
        VALUES (1, '{}', 'done', 1, '2026-11-27T02:00:00Z', '2026-11-27T02:00:01Z', '2026-11-27T02:00:01Z'),
               (1, '{}', 'printing', 1, '2026-11-27T02:05:00Z', '2026-11-27T02:05:00Z', NULL);`,
    );
    const db = migrateTo(file, 4);
    expect(db.prepare('SELECT id, status, copy_reason FROM print_jobs ORDER BY id').all()).toEqual([
      { id: 1, status: 'done', copy_reason: null },
      { id: 2, status: 'printing', copy_reason: null },
    ]);
    expect(() => db.prepare(`UPDATE print_jobs SET copy_reason = 'whim'`).run()).toThrow(/CHECK constraint/);
    db.close();
  });
});
