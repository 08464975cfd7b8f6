/**
 * The kiosk's events for the hub and how far the hub has acknowledged them. The events are
 * the requests rows (each carries its seq) and the outbox rows (id = seq), one sequence.
 * Both are read forward from a mark, never by scanning a table: requests from the first
 * one not yet acknowledged ('sync/request-from'), outbox rows by their id.
 */
import { counterValue, EVENT_SEQ, setCounter } from './counters.ts';
import type { Answers } from '../../preload/contract.ts';
import type { SyncEvent } from '../../sync/events.ts';
import type { Db } from './open-database.ts';
import { complaintEvent } from './complaints-repo.ts';
import { sealedAt, unseal } from './sealing.ts';
import { statement } from './statements.ts';

const ACKED = 'sync/acked';
const REQUEST_MARK = 'sync/request-from';

const counter = (db: Db, name: string): number => counterValue(db, name) ?? 0;

/** The highest seq the hub holds every event up to, as it last said. */
export const ackedSeq = (db: Db): number => counter(db, ACKED);
/** The seq of the newest event the kiosk has made. */
export const lastSeq = (db: Db): number => counter(db, EVENT_SEQ);
/** Events the hub has not acknowledged yet. */
export const backlog = (db: Db): number => Math.max(0, lastSeq(db) - ackedSeq(db));

type RequestRow = {
  seq: number;
  tracking_code: string;
  service_code: string;
  catalog_version: string | null;
  language: 'id' | 'en';
  answers: Uint8Array | null;
  counter: string;
  queue_day: string;
  queue_number: number;
  requested_at: string;
  notice_version: string | null;
  assisted_by: string | null;
  kind: 'request' | 'complaint';
  complaint: string | null;
};

type OutboxRow = { id: number; kind: string; payload: string; created_at: string; sealed: Uint8Array | null };

function requestEvent(db: Db, row: RequestRow): SyncEvent {
  if (row.kind === 'complaint') return complaintEvent(db, row);
  const answers = row.answers ? unseal<Answers>(db, row.answers, sealedAt.answers(row.tracking_code)) : {};
  return {
    seq: row.seq,
    kind: 'request.created',
    at: row.requested_at,
    data: {
      trackingCode: row.tracking_code,
      serviceCode: row.service_code,
      catalogVersion: row.catalog_version,
      language: row.language,
      answers,
      counter: row.counter,
      queueDay: row.queue_day,
      queueNumber: row.queue_number,
      requestedAt: row.requested_at,
      noticeVersion: row.notice_version,
      assistedBy: row.assisted_by,
    },
  };
}

/** An outbox row as sent: its payload, with what was sealed for it (a survey's suggestion) put back. */
function outboxEvent(db: Db, row: OutboxRow): SyncEvent {
  const data = JSON.parse(row.payload) as Record<string, unknown>;
  const sealed = row.sealed ? unseal<Record<string, unknown>>(db, row.sealed, sealedAt.outbox(row.id)) : {};
  return { seq: row.id, kind: row.kind, at: row.created_at, data: { ...data, ...sealed } };
}

/**
 * Up to `limit` events after `afterSeq`, in seq order, answers unsealed: what the hub is
 * sent. From the acknowledged seq on, the mark bounds the read; only a check of the whole
 * sequence (tests) reads from the first request.
 */
export function eventsAfter(db: Db, afterSeq: number, limit: number): SyncEvent[] {
  const from = afterSeq >= ackedSeq(db) ? Math.max(1, counter(db, REQUEST_MARK)) : 1;
  const requests = statement(
    db,
    `SELECT seq, tracking_code, service_code, catalog_version, language, answers, counter, queue_day, queue_number,
            requested_at, notice_version, assisted_by, kind, complaint
     FROM requests WHERE id >= ? AND seq > ? ORDER BY id LIMIT ?`,
  ).all(from, afterSeq, limit) as RequestRow[];
  const others = statement(
    db,
    'SELECT id, kind, payload, created_at, sealed FROM outbox WHERE id > ? ORDER BY id LIMIT ?',
  ).all(afterSeq, limit) as OutboxRow[];
  const events: SyncEvent[] = [];
  let r = 0;
  let o = 0;
  while (events.length < limit && (r < requests.length || o < others.length)) {
    const request = requests[r];
    const other = others[o];
    if (request && (!other || request.seq < other.id)) {
      events.push(requestEvent(db, request));
      r++;
    } else {
      events.push(outboxEvent(db, other!));
      o++;
    }
  }
  return events;
}

/**
 * Records the hub's acknowledgement: requests up to it are synced (retention counts from
 * synced_at), outbox rows sent, and the marks move on. Only forward: an older answer
 * arriving late changes nothing.
 *
 * An acknowledgement beyond the kiosk's last seq means the hub holds events this kiosk no
 * longer has (its data was restored from an old copy): the sequence jumps past them, so
 * the kiosk's next events do not reuse seqs the hub holds for other events.
 */
export function acknowledge(db: Db, acked: number, at: string): void {
  db.transaction(() => {
    const before = ackedSeq(db);
    if (acked <= before) return;
    if (acked > lastSeq(db)) setCounter(db, EVENT_SEQ, acked);
    const from = Math.max(1, counter(db, REQUEST_MARK));
    const next =
      (statement(db, 'SELECT id FROM requests WHERE id >= ? AND seq > ? ORDER BY id LIMIT 1')
        .pluck()
        .get(from, acked) as number | undefined) ??
      (statement(db, 'SELECT coalesce(max(id), 0) + 1 FROM requests').pluck().get() as number);
    statement(db, 'UPDATE requests SET synced_at = ? WHERE id >= ? AND id < ?').run(at, from, next);
    statement(db, 'UPDATE outbox SET sent_at = ? WHERE id > ? AND id <= ?').run(at, before, acked);
    setCounter(db, ACKED, acked);
    setCounter(db, REQUEST_MARK, next);
  })();
}

/**
 * The hub holds less than it once acknowledged (it was restored from an older backup): the
 * kiosk goes back to the hub's position and sends again everything it still has after it.
 * Requests' seqs rise with their ids, so the new mark is found by halving, a few lookups.
 */
export function rewind(db: Db, acked: number): void {
  db.transaction(() => {
    if (acked >= ackedSeq(db)) return;
    const seqOf = statement(db, 'SELECT seq FROM requests WHERE id = ?').pluck();
    let low = 1;
    let high = Math.max(1, counter(db, REQUEST_MARK));
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const seq = seqOf.get(middle) as number | undefined;
      if (seq !== undefined && seq > acked) high = middle;
      else low = middle + 1;
    }
    setCounter(db, ACKED, acked);
    setCounter(db, REQUEST_MARK, low);
  })();
}
