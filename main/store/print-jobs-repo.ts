import { statement } from './statements.ts';
import { seal, sealedAt, unseal } from './sealing.ts';
import type { ReceiptDocument } from '../../preload/contract.ts';
import type { Db } from './open-database.ts';

export type PrintJobStatus = 'queued' | 'printing' | 'done' | 'failed';
/** Why a job prints marked as a copy; null for the original (see migration 0004). */
export type CopyReason = 'uncertain' | 'reprint' | null;
export interface PrintJob {
  id: number;
  requestId: number;
  document: ReceiptDocument;
  status: PrintJobStatus;
  attempts: number;
  createdAt: string;
  /** Why the last attempt did not print, if one did not. */
  lastError: string | null;
  copyReason: CopyReason;
}

interface PrintJobRow {
  id: number;
  request_id: number;
  document: Uint8Array;
  status: PrintJobStatus;
  attempts: number;
  created_at: string;
  last_error: string | null;
  copy_reason: CopyReason;
}

const JOB_COLUMNS = 'id, request_id, document, status, attempts, created_at, last_error, copy_reason';

function toJob(db: Db, row: PrintJobRow | undefined): PrintJob | undefined {
  return (
    row && {
      id: row.id,
      requestId: row.request_id,
      document: unseal(db, row.document, sealedAt.receipt(row.request_id)),
      status: row.status,
      attempts: row.attempts,
      createdAt: row.created_at,
      lastError: row.last_error,
      copyReason: row.copy_reason,
    }
  );
}

export function insertPrintJob(
  db: Db,
  requestId: number,
  document: ReceiptDocument,
  at: string,
  copyReason: CopyReason = null,
): number {
  const info = statement(
    db,
    `INSERT INTO print_jobs (request_id, document, status, created_at, updated_at, copy_reason)
     VALUES (?, ?, 'queued', ?, ?, ?)`,
  ).run(requestId, seal(db, document, sealedAt.receipt(requestId)), at, at, copyReason);
  return Number(info.lastInsertRowid);
}

export function nextQueuedJob(db: Db): PrintJob | undefined {
  return toJob(
    db,
    statement(db, `SELECT ${JOB_COLUMNS} FROM print_jobs WHERE status = 'queued' ORDER BY id LIMIT 1`).get() as
      PrintJobRow | undefined,
  );
}

/** A job whose every byte went to the printer, which has not yet said it is ready again. */
export function sentJob(db: Db): PrintJob | undefined {
  return toJob(
    db,
    statement(
      db,
      `SELECT ${JOB_COLUMNS} FROM print_jobs WHERE status = 'printing' AND sent_at IS NOT NULL ORDER BY id LIMIT 1`,
    ).get() as PrintJobRow | undefined,
  );
}

/** Written (and synced) just before the first byte goes out. */
export function markPrinting(db: Db, id: number, at: string): void {
  statement(
    db,
    `UPDATE print_jobs SET status = 'printing', sent_at = NULL, attempts = attempts + 1, updated_at = ? WHERE id = ?`,
  ).run(at, id);
}

/**
 * Written the moment every byte has left the kiosk, without waiting for the disk: a crash
 * of the kiosk cannot lose a write the operating system has taken, and what a power cut
 * could lose is only this mark, after which the job prints again as a copy. Waiting for
 * the disk here would widen the window in which a crash leaves delivery unknown.
 */
export function markSent(db: Db, id: number, at: string): void {
  statement(db, 'PRAGMA synchronous = OFF').run();
  try {
    statement(db, `UPDATE print_jobs SET sent_at = ?, updated_at = ? WHERE id = ?`).run(at, at, id);
  } finally {
    statement(db, 'PRAGMA synchronous = FULL').run();
  }
}

export function markDone(db: Db, id: number, at: string): void {
  statement(db, `UPDATE print_jobs SET status = 'done', updated_at = ? WHERE id = ?`).run(at, id);
}

/**
 * The printer broke off: the whole receipt goes again. If every byte had already left, the
 * printer may have printed it before the link broke, so the next one is a copy.
 */
export function requeueJob(db: Db, id: number, at: string, error: string): void {
  statement(
    db,
    `UPDATE print_jobs SET status = 'queued', last_error = ?, updated_at = ?,
       copy_reason = CASE WHEN sent_at IS NOT NULL THEN coalesce(copy_reason, 'uncertain') ELSE copy_reason END,
       sent_at = NULL
     WHERE id = ?`,
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
 * After a crash, a job left 'printing' but not marked sent was caught between its two
 * marks: its bytes may or may not have reached the printer. It goes back to the queue, so
 * no request is left without a receipt, and prints as a copy, so two receipts never both
 * look like originals. One whose bytes were all out stays 'printing' and sent (see
 * print-queue.ts).
 */
export function requeueUnsentJobs(db: Db, at: string): number {
  return statement(
    db,
    `UPDATE print_jobs SET status = 'queued', updated_at = ?, copy_reason = coalesce(copy_reason, 'uncertain')
     WHERE status = 'printing' AND sent_at IS NULL`,
  ).run(at).changes;
}

/** The receipt as first printed for a request; a reprint prints exactly this again. */
export function originalReceipt(db: Db, requestId: number): ReceiptDocument | undefined {
  const row = statement(db, 'SELECT document FROM print_jobs WHERE request_id = ? ORDER BY id LIMIT 1').get(
    requestId,
  ) as { document: Uint8Array } | undefined;
  return row && unseal(db, row.document, sealedAt.receipt(requestId));
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
