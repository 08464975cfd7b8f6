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

/** A named counter's value, or undefined before it is first set. */
export function counterValue(db: Db, name: string): number | undefined {
  return statement(db, 'SELECT last FROM counters WHERE name = ?').pluck().get(name) as number | undefined;
}

/** Sets a named counter, for marks that move forward through a table (sync, purge, tallies, the print queue). */
export function setCounter(db: Db, name: string, value: number): void {
  statement(
    db,
    'INSERT INTO counters (name, last) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET last = excluded.last',
  ).run(name, value);
}

/**
 * The next number in the kiosk's one sequence of events for the hub: requests carry theirs
 * in their row, other events are outbox rows with it as their id. The hub acknowledges by
 * this number.
 */
export const nextEventSeq = (db: Db): number => nextNumber(db, 'sync/seq');
