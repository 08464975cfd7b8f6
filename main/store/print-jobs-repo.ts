/**
 * The print queue's jobs: each request's receipt, kept in the request's own print_*
 * columns (migration 0005). A job's id is its request's id, so jobs print in the order
 * their requests were acknowledged.
 *
 * The queue finds its work through a partial index that holds only the receipts not yet
 * finished (migration 0012), so a step costs the same with a million stored requests, and
 * a reprint of a receipt from years ago is found as fast as today's. (A mark read forward
 * from, as before, moved back to such a receipt and left every step reading all the rows
 * after it.) SQLite uses a partial index only when a query repeats its condition, hence
 * UNFINISHED in every query below.
 */
import type { Db } from './open-database.ts';
import { statement } from './statements.ts';
import { insertOutboxEvent } from './outbox-repo.ts';

export type PrintJobStatus = 'queued' | 'printing' | 'done' | 'failed';
/** Why a receipt prints marked as a copy; null for the original (see migration 0004). */
export type CopyReason = 'uncertain' | 'reprint' | null;

export interface PrintJob {
  /** The request's id. */
  id: number;
  status: PrintJobStatus;
  attempts: number;
  /** When it was queued: when its request was made, or when staff asked for it again. */
  queuedAt: string;
  /** Why the last attempt did not print, if one did not. */
  lastError: string | null;
  copyReason: CopyReason;
}

interface PrintJobRow {
  id: number;
  print_status: PrintJobStatus;
  print_attempts: number;
  print_queued_at: string;
  print_error: string | null;
  print_copy: CopyReason;
}

const JOB_COLUMNS = 'id, print_status, print_attempts, print_queued_at, print_error, print_copy';
/** The condition of the partial index requests_print_unfinished. */
const UNFINISHED = `print_status IN ('queued', 'printing')`;

function toJob(row: PrintJobRow | undefined): PrintJob | undefined {
  return (
    row && {
      id: row.id,
      status: row.print_status,
      attempts: row.print_attempts,
      queuedAt: row.print_queued_at,
      lastError: row.print_error,
      copyReason: row.print_copy,
    }
  );
}

export function nextQueuedJob(db: Db): PrintJob | undefined {
  return toJob(
    statement(
      db,
      `SELECT ${JOB_COLUMNS} FROM requests WHERE ${UNFINISHED} AND print_status = 'queued' ORDER BY id LIMIT 1`,
    ).get() as PrintJobRow | undefined,
  );
}

/** A job whose every byte went to the printer, which has not yet said it is ready again. */
export function sentJob(db: Db): PrintJob | undefined {
  return toJob(
    statement(
      db,
      `SELECT ${JOB_COLUMNS} FROM requests
       WHERE ${UNFINISHED} AND print_status = 'printing' AND print_sent_at IS NOT NULL ORDER BY id LIMIT 1`,
    ).get() as PrintJobRow | undefined,
  );
}

/** Written (and synced) just before the first byte goes out. */
export function markPrinting(db: Db, id: number): void {
  statement(
    db,
    `UPDATE requests SET print_status = 'printing', print_sent_at = NULL, print_attempts = print_attempts + 1
     WHERE id = ?`,
  ).run(id);
}

/**
 * Written the moment every byte has left the kiosk, without waiting for the disk: a crash
 * of the kiosk cannot lose a write the operating system has taken, and what a power cut
 * could lose is only this mark, after which the receipt prints again as a copy. Waiting
 * for the disk here would widen the window in which a crash leaves delivery unknown.
 */
export function markSent(db: Db, id: number, at: string): void {
  withoutWaitingForDisk(db, () => statement(db, `UPDATE requests SET print_sent_at = ? WHERE id = ?`).run(at, id));
}

/**
 * Not waited for on disk either: a power cut that loses it leaves the job sent, and a sent
 * job is only confirmed with the printer after a restart, never printed again. The wait
 * would cost the kiosk's main thread one disk sync for every receipt.
 */
export function markDone(db: Db, id: number, at: string): void {
  withoutWaitingForDisk(db, () =>
    statement(db, `UPDATE requests SET print_status = 'done', printed_at = ? WHERE id = ?`).run(at, id),
  );
}

/**
 * Commits what `write` does without syncing it; every other write on the connection still
 * syncs. NORMAL rather than OFF: a checkpoint that happens to run with this commit still
 * syncs the database before the WAL is reused, so a power cut loses no earlier commit.
 * Inside a caller's transaction the write is part of it, and is synced with it.
 */
function withoutWaitingForDisk(db: Db, write: () => unknown): void {
  if (db.inTransaction) {
    write();
    return;
  }
  statement(db, 'PRAGMA synchronous = NORMAL').run();
  try {
    write();
  } finally {
    statement(db, 'PRAGMA synchronous = FULL').run();
  }
}

/**
 * The printer broke off: the whole receipt goes again. If every byte had already left, the
 * printer may have printed it before the link broke, so the next one is a copy.
 */
export function requeueJob(db: Db, id: number, error: string): void {
  statement(
    db,
    `UPDATE requests SET print_status = 'queued', print_error = ?,
       print_copy = CASE WHEN print_sent_at IS NOT NULL THEN coalesce(print_copy, 'uncertain') ELSE print_copy END,
       print_sent_at = NULL
     WHERE id = ?`,
  ).run(error, id);
}

/** The receipt will not print (its queue day is over): recorded with the reason, and reported to the hub. */
export function failJob(db: Db, id: number, at: string, reason: string): void {
  db.transaction(() => {
    const { tracking_code: trackingCode } = statement(
      db,
      `UPDATE requests SET print_status = 'failed', print_error = ? WHERE id = ? RETURNING tracking_code`,
    ).get(reason, id) as { tracking_code: string };
    insertOutboxEvent(db, 'print.failed', { trackingCode, failedAt: at, reason }, at);
  })();
}

export function jobStatus(db: Db, id: number): PrintJobStatus | undefined {
  const row = statement(db, 'SELECT print_status FROM requests WHERE id = ?').get(id) as
    { print_status: PrintJobStatus } | undefined;
  return row?.print_status;
}

/**
 * After a crash, a receipt left 'printing' but not marked sent was caught between its two
 * marks: its bytes may or may not have reached the printer. It goes back to the queue, so
 * no request is left without a receipt, and prints as a copy, so two receipts never both
 * look like originals. One whose bytes were all out stays 'printing' and sent (see
 * print-queue.ts).
 */
export function requeueUnsentJobs(db: Db): number {
  return statement(
    db,
    `UPDATE requests SET print_status = 'queued', print_copy = coalesce(print_copy, 'uncertain')
     WHERE ${UNFINISHED} AND print_status = 'printing' AND print_sent_at IS NULL`,
  ).run().changes;
}

/**
 * Staff asked for a receipt again: it goes back to the queue as a copy. One still waiting
 * to print is left as it is: the original comes out when the printer can print it.
 * Returns whether a copy was queued.
 */
export function queueReprint(db: Db, id: number, at: string): boolean {
  return (
    statement(
      db,
      `UPDATE requests SET print_status = 'queued', print_copy = 'reprint', print_queued_at = ?,
         print_attempts = 0, print_error = NULL, print_sent_at = NULL
       WHERE id = ? AND print_status IN ('done', 'failed')`,
    ).run(at, id).changes > 0
  );
}

export function jobCounts(db: Db): { queued: number; failed: number } {
  const queued = statement(db, `SELECT count(*) AS n FROM requests WHERE ${UNFINISHED}`).get() as { n: number };
  const failed = statement(db, `SELECT count(*) AS n FROM requests WHERE print_status = 'failed'`).get() as {
    n: number;
  };
  return { queued: queued.n, failed: failed.n };
}

export interface PrintJobListed {
  trackingCode: string;
  status: 'queued' | 'printing' | 'failed';
  queuedAt: string;
  reason: string | null;
}

/**
 * Receipts still to print and the newest that failed, each through the partial index that
 * holds only those, with the last problem of each: the operator's list.
 */
export function unfinishedJobs(db: Db, limit: number): PrintJobListed[] {
  const rows = [
    ...(statement(
      db,
      `SELECT tracking_code, print_status, print_queued_at, print_error FROM requests
       WHERE ${UNFINISHED} ORDER BY id LIMIT ?`,
    ).all(limit) as JobListRow[]),
    ...(statement(
      db,
      `SELECT tracking_code, print_status, print_queued_at, print_error FROM requests
       WHERE print_status = 'failed' ORDER BY id DESC LIMIT ?`,
    ).all(limit) as JobListRow[]),
  ];
  return rows.map((r) => ({
    trackingCode: r.tracking_code,
    status: r.print_status,
    queuedAt: r.print_queued_at,
    reason: r.print_error,
  }));
}

interface JobListRow {
  tracking_code: string;
  print_status: PrintJobListed['status'];
  print_queued_at: string;
  print_error: string | null;
}
