import { statement } from './statements.ts';
import type { Db } from './open-database.ts';

export interface NewRequest {
  trackingCode: string;
  serviceCode: string;
  language: 'id' | 'en';
  answers: unknown;
  counter: string;
  queueDay: string;
  queueNumber: number;
  requestedAt: string;
}

export interface StoredRequest extends NewRequest {
  id: number;
}

function nextNumber(db: Db, name: string): number {
  return (
    statement(
      db,
      `INSERT INTO counters (name, last) VALUES (?, 1)
       ON CONFLICT (name) DO UPDATE SET last = last + 1 RETURNING last`,
    ).get(name) as { last: number }
  ).last;
}

/** Takes the next number of this kiosk's tracking sequence; call inside the submitting transaction. */
export function nextTrackingSequence(db: Db, prefix: string): number {
  return nextNumber(db, `tracking/${prefix}`);
}

const KEPT_QUEUE_DAYS = 7;

/**
 * Queue numbers start at 1 each day per counter. The counter row survives restarts, so no
 * number repeats within a day. A day's first number clears rows more than a week old,
 * which keeps the table to one page; the week is room for a clock set back or a time
 * zone changed without handing out a number twice.
 */
export function nextQueueNumber(db: Db, counter: string, day: string): number {
  const number = nextNumber(db, `queue/${day}/${counter}`);
  if (number === 1) {
    const oldest = new Date(Date.parse(`${day}T00:00:00Z`) - KEPT_QUEUE_DAYS * 86_400_000).toISOString().slice(0, 10);
    statement(db, `DELETE FROM counters WHERE name >= 'queue/' AND name < ?`).run(`queue/${oldest}`);
  }
  return number;
}

export function insertRequest(db: Db, r: NewRequest): number {
  const info = statement(
    db,
    `INSERT INTO requests (tracking_code, service_code, language, answers, counter, queue_day, queue_number, requested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.trackingCode,
    r.serviceCode,
    r.language,
    JSON.stringify(r.answers),
    r.counter,
    r.queueDay,
    r.queueNumber,
    r.requestedAt,
  );
  return Number(info.lastInsertRowid);
}

type RequestRow = {
  id: number;
  tracking_code: string;
  service_code: string;
  language: 'id' | 'en';
  answers: string;
  counter: string;
  queue_day: string;
  queue_number: number;
  requested_at: string;
};

export function findRequestByTrackingCode(db: Db, trackingCode: string): StoredRequest | undefined {
  const row = statement(db, 'SELECT * FROM requests WHERE tracking_code = ?').get(trackingCode) as
    RequestRow | undefined;
  return (
    row && {
      id: row.id,
      trackingCode: row.tracking_code,
      serviceCode: row.service_code,
      language: row.language,
      answers: JSON.parse(row.answers),
      counter: row.counter,
      queueDay: row.queue_day,
      queueNumber: row.queue_number,
      requestedAt: row.requested_at,
    }
  );
}

export function insertOutboxEvent(db: Db, kind: string, payload: unknown, createdAt: string): void {
  statement(db, 'INSERT INTO outbox (kind, payload, created_at) VALUES (?, ?, ?)').run(
    kind,
    JSON.stringify(payload),
    createdAt,
  );
}
