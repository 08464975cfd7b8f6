import { statement } from './statements.ts';
import type { Db } from './open-database.ts';
import type { Answers } from '../../preload/contract.ts';
import { seal, sealedAt, unseal } from './sealing.ts';
import { counterValue, EVENT_SEQ, nextNumber, takeNumbers } from './counters.ts';

/** What is kept of every request: nothing personal, so it stays after a purge. */
export interface RequestRecord {
  trackingCode: string;
  serviceCode: string;
  language: 'id' | 'en';
  counter: string;
  queueDay: string;
  queueNumber: number;
  requestedAt: string;
  /** The officer who filed it with the citizen, "Name (staff number)"; null: the citizen alone. */
  assistedBy: string | null;
}

export interface NewRequest extends RequestRecord {
  /** Personal data, sealed for this request's tracking code (sealAnswers). */
  sealedAnswers: Buffer;
  /** The privacy notice shown before the personal questions, if any were asked. */
  noticeVersion: string | null;
  /** Yes or no to each optional extra that asked first. */
  consents: Record<string, boolean>;
}

export interface StoredRequest extends RequestRecord {
  id: number;
  /** When a receipt for it last came out of the printer; null until one has. */
  printedAt: string | null;
}

/** Requests and complaints share one numbering: a number makes the tracking code. */
const REQUEST_NUMBERS = 'requests/number';

/** The number the next request will have, for answers sealed ahead of Send; only a transaction takes it. */
export const upcomingRequestNumber = (db: Db): number => (counterValue(db, REQUEST_NUMBERS) ?? 0) + 1;

/** Takes the next request number, inside the transaction that stores the request. */
export const takeRequestNumber = (db: Db): number => nextNumber(db, REQUEST_NUMBERS);

const KEPT_QUEUE_DAYS = 7;

/** A service request's numbers: its own, its place in the counter's queue that day, and in the events for the hub. */
export interface SubmissionNumbers {
  id: number;
  queueNumber: number;
  seq: number;
}

/**
 * Takes a service request's three numbers in one statement, inside the submitting
 * transaction. Queue numbers start at 1 each day per counter. The counter row survives
 * restarts, so no number repeats within a day. A day's first number clears rows more than
 * a week old, which keeps the table to one page; the week is room for a clock set back or
 * a time zone changed without handing out a number twice.
 */
export function takeSubmissionNumbers(db: Db, counter: string, day: string): SubmissionNumbers {
  const [id, queueNumber, seq] = takeNumbers(db, [REQUEST_NUMBERS, `queue/${day}/${counter}`, EVENT_SEQ]) as [
    number,
    number,
    number,
  ];
  if (queueNumber === 1) {
    const oldest = new Date(Date.parse(`${day}T00:00:00Z`) - KEPT_QUEUE_DAYS * 86_400_000).toISOString().slice(0, 10);
    statement(db, `DELETE FROM counters WHERE name >= 'queue/' AND name < ?`).run(`queue/${oldest}`);
  }
  return { id, queueNumber, seq };
}

/** A request's answers as its row keeps them: sealed, and bound to its tracking code. */
export function sealAnswers(db: Db, answers: Answers, trackingCode: string): Buffer {
  return seal(db, answers, sealedAt.answers(trackingCode));
}

/** The request, its sealed answers, its place in the event sequence and its receipt's place in the print queue: one row. */
export function insertRequest(db: Db, id: number, seq: number, r: NewRequest): void {
  statement(
    db,
    `INSERT INTO requests (id, tracking_code, service_code, language, counter, queue_day, queue_number, requested_at,
       seq, answers, print_status, print_queued_at, notice_version, consents, assisted_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
  ).run(
    id,
    r.trackingCode,
    r.serviceCode,
    r.language,
    r.counter,
    r.queueDay,
    r.queueNumber,
    r.requestedAt,
    seq,
    r.sealedAnswers,
    r.requestedAt,
    r.noticeVersion,
    Object.keys(r.consents).length > 0 ? JSON.stringify(r.consents) : null,
    r.assistedBy,
  );
}

type RequestRow = {
  id: number;
  tracking_code: string;
  service_code: string;
  language: 'id' | 'en';
  counter: string;
  queue_day: string;
  queue_number: number;
  requested_at: string;
  printed_at: string | null;
  assisted_by: string | null;
};

const RECORD_COLUMNS =
  'id, tracking_code, service_code, language, counter, queue_day, queue_number, requested_at, printed_at, assisted_by';

function toRequest(row: RequestRow | undefined): StoredRequest | undefined {
  return (
    row && {
      id: row.id,
      trackingCode: row.tracking_code,
      serviceCode: row.service_code,
      language: row.language,
      counter: row.counter,
      queueDay: row.queue_day,
      queueNumber: row.queue_number,
      requestedAt: row.requested_at,
      printedAt: row.printed_at,
      assistedBy: row.assisted_by,
    }
  );
}

export function requestById(db: Db, id: number): StoredRequest | undefined {
  return toRequest(
    statement(db, `SELECT ${RECORD_COLUMNS} FROM requests WHERE id = ?`).get(id) as RequestRow | undefined,
  );
}

/** The request with this number, if its code is this one (a number is only unique with its prefix). */
export function findRequest(db: Db, id: number, trackingCode: string): StoredRequest | undefined {
  const request = requestById(db, id);
  return request?.trackingCode === trackingCode ? request : undefined;
}

/** A request with an older kiosk's sequence code, through the partial index that holds only those. */
export function findRequestByLegacyCode(db: Db, trackingCode: string): StoredRequest | undefined {
  return toRequest(
    statement(db, `SELECT ${RECORD_COLUMNS} FROM requests WHERE tracking_code = ? AND length(tracking_code) = 9`).get(
      trackingCode,
    ) as RequestRow | undefined,
  );
}

/** A request's answers, or null once its personal data has been purged. */
export function requestAnswers(db: Db, request: StoredRequest): Answers | null {
  const sealed = statement(db, 'SELECT answers FROM requests WHERE id = ?')
    .pluck()
    .get(request.id) as Uint8Array | null;
  return sealed ? unseal<Answers>(db, sealed, sealedAt.answers(request.trackingCode)) : null;
}
