import { statement } from './statements.ts';
import type { ReceiptDocument } from '../../preload/contract.ts';
import type { Db } from './open-database.ts';

export type PrintJobStatus = 'queued' | 'printing' | 'done' | 'failed';
export interface PrintJob {
  id: number;
  requestId: number;
  document: ReceiptDocument;
  status: PrintJobStatus;
  attempts: number;
}

export function insertPrintJob(db: Db, requestId: number, document: ReceiptDocument, at: string): number {
  const info = statement(
    db,
    `INSERT INTO print_jobs (request_id, document, status, created_at, updated_at) VALUES (?, ?, 'queued', ?, ?)`,
  ).run(requestId, JSON.stringify(document), at, at);
  return Number(info.lastInsertRowid);
}

export function nextQueuedJob(db: Db): PrintJob | undefined {
  const row = statement(
    db,
    `SELECT id, request_id, document, status, attempts FROM print_jobs WHERE status = 'queued' ORDER BY id LIMIT 1`,
  ).get() as { id: number; request_id: number; document: string; status: PrintJobStatus; attempts: number } | undefined;
  return (
    row && {
      id: row.id,
      requestId: row.request_id,
      document: JSON.parse(row.document),
      status: row.status,
      attempts: row.attempts,
    }
  );
}

export function setJobStatus(
  db: Db,
  id: number,
  status: PrintJobStatus,
  at: string,
  error: string | null = null,
): void {
  statement(
    db,
    `UPDATE print_jobs SET status = ?, updated_at = ?, last_error = ?,
       attempts = attempts + (CASE WHEN ? = 'printing' THEN 1 ELSE 0 END)
     WHERE id = ?`,
  ).run(status, at, error, status, id);
}

export function jobStatus(db: Db, id: number): PrintJobStatus | undefined {
  const row = statement(db, 'SELECT status FROM print_jobs WHERE id = ?').get(id) as
    { status: PrintJobStatus } | undefined;
  return row?.status;
}

/**
 * A job left 'printing' by a crash may or may not have reached paper. Until the printer's
 * own status can tell (a later step), it goes back to the queue: a duplicate receipt is
 * better than a citizen without one.
 */
export function requeueInterruptedJobs(db: Db, at: string): number {
  return statement(db, `UPDATE print_jobs SET status = 'queued', updated_at = ? WHERE status = 'printing'`).run(at)
    .changes;
}

/** The receipt as first printed for a request; a reprint prints exactly this again. */
export function originalReceipt(db: Db, requestId: number): ReceiptDocument | undefined {
  const row = statement(db, 'SELECT document FROM print_jobs WHERE request_id = ? ORDER BY id LIMIT 1').get(
    requestId,
  ) as { document: string } | undefined;
  return row && JSON.parse(row.document);
}

export function receiptPrinted(db: Db, requestId: number): boolean {
  return !!statement(db, `SELECT 1 FROM print_jobs WHERE request_id = ? AND status = 'done' LIMIT 1`).get(requestId);
}

export function jobCounts(db: Db): { queued: number; failed: number } {
  return statement(
    db,
    `SELECT count(*) FILTER (WHERE status IN ('queued', 'printing')) AS queued,
            count(*) FILTER (WHERE status = 'failed') AS failed
     FROM print_jobs`,
  ).get() as { queued: number; failed: number };
}
