import type { Migration } from './index.ts';
import { sealedAt } from '../sealing.ts';

/**
 * Seals every column that can hold personal data (UU PDP) as AES-256-GCM blobs: a
 * request's answers (emptied by a purge while the request's non-personal record stays)
 * and receipt documents. The outbox holds no personal data (sync reads a request's answers
 * from the request itself), so it stays as it is. Rows an older kiosk left in plain text
 * are sealed here; openDatabase then clears the old bytes from the file.
 *
 * The requests table is rebuilt without the unique index on tracking codes: codes are now
 * derived from the row id (see tracking-code.ts) and found through it, and a B-tree of
 * random keys would cost every submission a page. Older codes keep a partial index.
 */
const sealPersonalData: Migration = {
  name: '0005-seal-personal-data',
  // The old table is dropped while print jobs still point at it; checked before commit.
  rebuildsTables: true,
  up(db, { cipher }) {
    db.exec(`
      CREATE TABLE requests_sealed (
        id            INTEGER PRIMARY KEY,
        tracking_code TEXT NOT NULL,
        service_code  TEXT NOT NULL,
        language      TEXT NOT NULL CHECK (language IN ('id', 'en')),
        counter       TEXT NOT NULL,
        queue_day     TEXT NOT NULL,
        queue_number  INTEGER NOT NULL,
        requested_at  TEXT NOT NULL,
        -- Sealed answers; NULL once the retention period has ended and they were purged.
        answers       BLOB
      ) STRICT;
    `);
    const requests = db.prepare('SELECT * FROM requests').all() as Array<Record<string, string | number>>;
    const insert = db.prepare(
      `INSERT INTO requests_sealed (id, tracking_code, service_code, language, counter, queue_day, queue_number, requested_at, answers)
       VALUES (@id, @tracking_code, @service_code, @language, @counter, @queue_day, @queue_number, @requested_at, @sealed)`,
    );
    for (const r of requests) {
      insert.run({ ...r, sealed: cipher.seal(String(r.answers), sealedAt.answers(String(r.tracking_code))) });
    }
    db.exec(`
      DROP TABLE requests;
      ALTER TABLE requests_sealed RENAME TO requests;
      CREATE UNIQUE INDEX requests_legacy_code ON requests (tracking_code) WHERE length(tracking_code) = 9;
    `);

    sealReceipts(db, cipher);
  },
};

/** Replaces the receipt documents' text column by a sealed blob column of the same name. */
function sealReceipts(db: Parameters<Migration['up']>[0], cipher: Parameters<Migration['up']>[1]['cipher']): void {
  db.exec(`ALTER TABLE print_jobs ADD COLUMN sealed_document BLOB NOT NULL DEFAULT x''`);
  const jobs = db.prepare('SELECT id, request_id, document FROM print_jobs').all() as Array<{
    id: number;
    request_id: number;
    document: string;
  }>;
  const update = db.prepare('UPDATE print_jobs SET sealed_document = ? WHERE id = ?');
  for (const job of jobs) update.run(cipher.seal(job.document, sealedAt.receipt(job.request_id)), job.id);
  db.exec('ALTER TABLE print_jobs DROP COLUMN document');
  db.exec('ALTER TABLE print_jobs RENAME COLUMN sealed_document TO document');
}

export default sealPersonalData;
