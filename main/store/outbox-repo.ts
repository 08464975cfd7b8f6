import type { Db } from './open-database.ts';
import { nextEventSeq } from './counters.ts';
import { seal, sealedAt } from './sealing.ts';
import { statement } from './statements.ts';

/**
 * An event for the hub other than a new request (a help call, a receipt that failed),
 * numbered in the kiosk's one event sequence. The outbox never holds personal data in the
 * clear: what a citizen typed for it goes in `sealed`, fields merged into the payload when
 * the event is sent (and purged with the retention of the data it belongs to).
 */
export function insertOutboxEvent(
  db: Db,
  kind: string,
  payload: unknown,
  createdAt: string,
  sealed?: Record<string, unknown>,
): number {
  const seq = nextEventSeq(db);
  statement(db, 'INSERT INTO outbox (id, kind, payload, created_at, sealed) VALUES (?, ?, ?, ?, ?)').run(
    seq,
    kind,
    JSON.stringify(payload),
    createdAt,
    sealed ? seal(db, sealed, sealedAt.outbox(seq)) : null,
  );
  return seq;
}
