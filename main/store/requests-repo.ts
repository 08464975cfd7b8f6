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

/** Takes the next number of a local sequence; call inside the submitting transaction. */
export function nextTrackingSequence(db: Db, prefix: string): number {
  const row = statement(
    db,
    `INSERT INTO tracking_sequence (prefix, last) VALUES (?, 1)
       ON CONFLICT (prefix) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(prefix) as { last: number };
  return row.last;
}

/** Queue numbers start at 1 each day per counter; the row survives restarts, so none repeats. */
export function nextQueueNumber(db: Db, counter: string, day: string): number {
  const row = statement(
    db,
    `INSERT INTO queue_counters (counter, day, last) VALUES (?, ?, 1)
       ON CONFLICT (counter, day) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(counter, day) as { last: number };
  return row.last;
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
