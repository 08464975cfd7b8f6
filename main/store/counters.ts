import type { Db } from './open-database.ts';
import { statement } from './statements.ts';

/**
 * Takes the next number of a named counter (starting at 1). Every number the kiosk hands
 * out lives in the one small counters table, so a submission's numbers share a page.
 */
export function nextNumber(db: Db, name: string): number {
  return (
    statement(
      db,
      `INSERT INTO counters (name, last) VALUES (?, 1)
       ON CONFLICT (name) DO UPDATE SET last = last + 1 RETURNING last`,
    ).get(name) as { last: number }
  ).last;
}

/**
 * The next number in the kiosk's one sequence of events for the hub: requests carry theirs
 * in their row, other events are outbox rows with it as their id. The hub acknowledges by
 * this number.
 */
export const nextEventSeq = (db: Db): number => nextNumber(db, 'sync/seq');
