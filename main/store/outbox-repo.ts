import type { Db } from './open-database.ts';
import { nextEventSeq } from './counters.ts';
import { statement } from './statements.ts';

/**
 * An event for the hub other than a new request (a help call, a receipt that failed),
 * numbered in the kiosk's one event sequence. The outbox never holds personal data.
 */
export function insertOutboxEvent(db: Db, kind: string, payload: unknown, createdAt: string): number {
  const seq = nextEventSeq(db);
  statement(db, 'INSERT INTO outbox (id, kind, payload, created_at) VALUES (?, ?, ?, ?)').run(
    seq,
    kind,
    JSON.stringify(payload),
    createdAt,
  );
  return seq;
}
