import type { Migration } from './index.ts';
import type Database from 'better-sqlite3';
import { sealedAt } from '../sealing.ts';

/**
 * One row per request, its personal data sealed.
 *
 * - Answers are sealed with AES-256-GCM (UU PDP); a purge empties them and leaves the
 *   request's non-personal record. Rows an older kiosk left in plain text are sealed here,
 *   and openDatabase then clears the old bytes from the file.
 * - The request's receipt is printed from the row itself (its print_* columns) instead of a
 *   separate job with a copy of the document: the receipt is built again from the request
 *   when it prints, so no document, personal or not, is stored twice.
 * - Its event for the hub is the row itself too (seq), where an outbox row used to repeat
 *   it; the outbox keeps the other events, numbered in the same sequence.
 * - Tracking codes are made from the row id (see tracking-code.ts) and found through it, so
 *   they need no unique index; older sequence codes keep a partial one.
 * A submission thus writes one row and the counters, about half the pages it wrote before.
 */
const sealedRequests: Migration = {
  name: '0005-sealed-requests',
  rebuildsTables: true,
  up(db, context) {
    db.exec(`
      CREATE TABLE requests_v5 (
        id               INTEGER PRIMARY KEY,
        tracking_code    TEXT NOT NULL,
        service_code     TEXT NOT NULL,
        language         TEXT NOT NULL CHECK (language IN ('id', 'en')),
        counter          TEXT NOT NULL,
        queue_day        TEXT NOT NULL,
        queue_number     INTEGER NOT NULL,
        requested_at     TEXT NOT NULL,
        -- Its place in the kiosk's one sequence of events for the hub (shared with outbox.id).
        seq              INTEGER NOT NULL,
        -- Sealed answers; NULL once the retention period has ended and they were purged.
        answers          BLOB,
        -- Its receipt in the print queue (see main/printing/print-queue.ts).
        print_status     TEXT NOT NULL CHECK (print_status IN ('queued', 'printing', 'done', 'failed')),
        print_queued_at  TEXT NOT NULL,
        print_attempts   INTEGER NOT NULL DEFAULT 0,
        print_error      TEXT,
        -- When every byte of the current attempt had left the kiosk (see 0003-print-delivery).
        print_sent_at    TEXT,
        -- Why the next receipt prints as a copy (see 0004-print-copies); NULL: the original.
        print_copy       TEXT CHECK (print_copy IN ('uncertain', 'reprint')),
        printed_at       TEXT
      ) STRICT;
    `);
    const seqOf = requestSeqs(db);
    let nextSeq = Math.max(0, ...seqOf.values(), maxId(db, 'outbox')) + 1;
    const requests = db
      .prepare(
        `SELECT r.*, j.status, j.created_at AS queued_at, j.attempts, j.last_error, j.sent_at, j.copy_reason,
                (SELECT max(updated_at) FROM print_jobs WHERE request_id = r.id AND status = 'done') AS printed_at
         FROM requests r
         LEFT JOIN print_jobs j ON j.id = (SELECT max(id) FROM print_jobs WHERE request_id = r.id)`,
      )
      .all() as OldRequest[];
    const insert = db.prepare(
      `INSERT INTO requests_v5 (id, tracking_code, service_code, language, counter, queue_day, queue_number,
         requested_at, seq, answers, print_status, print_queued_at, print_attempts, print_error, print_sent_at,
         print_copy, printed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of requests) {
      insert.run(
        r.id,
        r.tracking_code,
        r.service_code,
        r.language,
        r.counter,
        r.queue_day,
        r.queue_number,
        r.requested_at,
        seqOf.get(r.tracking_code) ?? nextSeq++,
        context.cipher.seal(r.answers, sealedAt.answers(r.tracking_code)),
        r.status ?? 'done',
        r.queued_at ?? r.requested_at,
        r.attempts ?? 0,
        r.last_error,
        r.sent_at,
        r.copy_reason,
        r.printed_at,
      );
    }
    db.exec(`
      DELETE FROM outbox WHERE kind = 'request.created';
      DROP TABLE print_jobs;
      DROP TABLE requests;
      ALTER TABLE requests_v5 RENAME TO requests;
      CREATE UNIQUE INDEX requests_legacy_code ON requests (tracking_code) WHERE length(tracking_code) = 9;
      -- Failed receipts are few and never in a submission's way: a partial index counts them.
      CREATE INDEX requests_print_failed ON requests (id) WHERE print_status = 'failed';
      DELETE FROM counters WHERE name GLOB 'tracking/*';
    `);
    const setCounter = db.prepare('INSERT OR REPLACE INTO counters (name, last) VALUES (?, ?)');
    setCounter.run('sync/seq', nextSeq - 1);
    setCounter.run('print/from', firstUnfinished(db));
  },
};

interface OldRequest {
  id: number;
  tracking_code: string;
  service_code: string;
  language: string;
  answers: string;
  counter: string;
  queue_day: string;
  queue_number: number;
  requested_at: string;
  status: string | null;
  queued_at: string | null;
  attempts: number | null;
  last_error: string | null;
  sent_at: string | null;
  copy_reason: string | null;
  printed_at: string | null;
}

/** The sequence number each request's 'request.created' outbox event had: its place stays. */
function requestSeqs(db: Database.Database): Map<string, number> {
  const events = db.prepare(`SELECT id, payload FROM outbox WHERE kind = 'request.created'`).all() as Array<{
    id: number;
    payload: string;
  }>;
  return new Map(events.map((e) => [(JSON.parse(e.payload) as { trackingCode: string }).trackingCode, e.id]));
}

function maxId(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Where the print queue starts looking: the first receipt not yet printed or failed. */
function firstUnfinished(db: Database.Database): number {
  const row = db.prepare(`SELECT min(id) AS id FROM requests WHERE print_status IN ('queued', 'printing')`).get() as {
    id: number | null;
  };
  return row.id ?? maxId(db, 'requests') + 1;
}

export default sealedRequests;
