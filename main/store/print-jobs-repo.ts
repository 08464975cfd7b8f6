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
  createdAt: string;
  /** Why the last attempt did not print, if one did not. */
  lastError: string | null;
}

interface PrintJobRow {
  id: number;
  request_id: number;
  document: string;
  status: PrintJobStatus;
  attempts: number;
  created_at: string;
  last_error: string | null;
}

const JOB_COLUMNS = 'id, request_id, document, status, attempts, created_at, last_error';

function toJob(row: PrintJobRow | undefined): PrintJob | undefined {
  return (
    row && {
      id: row.id,
      requestId: row.request_id,
      document: JSON.parse(row.document),
      status: row.status,
      attempts: row.attempts,
      createdAt: row.created_at,
      lastError: row.last_error,
    }
  );
}

export function insertPrintJob(db: Db, requestId: number, document: ReceiptDocument, at: string): number {
  const info = statement(
    db,
    `INSERT INTO print_jobs (request_id, document, status, created_at, updated_at) VALUES (?, ?, 'queued', ?, ?)`,
  ).run(requestId, JSON.stringify(document), at, at);
  return Number(info.lastInsertRowid);
}

export function nextQueuedJob(db: Db): PrintJob | undefined {
  return toJob(
    statement(db, `SELECT ${JOB_COLUMNS} FROM print_jobs WHERE status = 'queued' ORDER BY id LIMIT 1`).get() as
      PrintJobRow | undefined,
  );
}

/** A job whose every byte went to the printer, which has not yet said it is ready again. */
export function sentJob(db: Db): PrintJob | undefined {
  return toJob(
    statement(
      db,
      `SELECT ${JOB_COLUMNS} FROM print_jobs WHERE status = 'printing' AND sent_at IS NOT NULL ORDER BY id LIMIT 1`,
    ).get() as PrintJobRow | undefined,
  );
}

/** Written before the first byte goes out. */
export function markPrinting(db: Db, id: number, at: string): void {
  statement(
    db,
    `UPDATE print_jobs SET status = 'printing', sent_at = NULL, attempts = attempts + 1, updated_at = ? WHERE id = ?`,
  ).run(at, id);
}

/** Written the moment every byte has left the kiosk. */
export function markSent(db: Db, id: number, at: string): void {
  statement(db, `UPDATE print_jobs SET sent_at = ?, updated_at = ? WHERE id = ?`).run(at, at, id);
}

export function markDone(db: Db, id: number, at: string): void {
  statement(db, `UPDATE print_jobs SET status = 'done', updated_at = ? WHERE id = ?`).run(at, id);
}

/** The printer broke off: it holds at most a part of the receipt, so the whole receipt goes again. */
export function requeueJob(db: Db, id: number, at: string, error: string): void {
  statement(
    db,
    `UPDATE print_jobs SET status = 'queued', sent_at = NULL, last_error = ?, updated_at = ? WHERE id = ?`,
  ).run(error, at, id);
}

export function failJob(db: Db, id: number, at: string, reason: string): void {
  statement(db, `UPDATE print_jobs SET status = 'failed', last_error = ?, updated_at = ? WHERE id = ?`).run(
    reason,
    at,
    id,
  );
}

export function jobStatus(db: Db, id: number): PrintJobStatus | undefined {
  const row = statement(db, 'SELECT status FROM print_jobs WHERE id = ?').get(id) as
    { status: PrintJobStatus } | undefined;
  return row?.status;
}

/**
 * After a crash, a job left 'printing' before all its bytes were out sent the printer at
 * most a part without the cut: no receipt came out, so it goes back to the queue. One
 * whose bytes were all out stays 'printing' and sent (see print-queue.ts).
 */
export function requeueUnsentJobs(db: Db, at: string): number {
  return statement(
    db,
    `UPDATE print_jobs SET status = 'queued', updated_at = ? WHERE status = 'printing' AND sent_at IS NULL`,
  ).run(at).changes;
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
